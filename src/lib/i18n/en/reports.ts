import type { Messages } from '../vi.ts';

export const reports = {
  reportsTitle: 'Progress reports',
  intro:
    'Households by stage in each commune at the end of a chosen day, rebuilt from the recorded history, for the periodic reports the plans require.',
  area: 'Province or commune code',
  date: 'Figures as at the end of',
  spreadsheet: 'Download spreadsheet (.xlsx)',
  pdfButton: 'Download PDF',
  reportTitle: (area: string, date: string) => `Progress in eliminating temporary housing: ${area}, as at ${date}`,
  generated: (moment: string) => `Made by the portal at ${moment}`,
  columnCode: 'Commune code',
  columnCommune: 'Commune',
  columnInScope: 'Households (without withdrawn)',
  columnPercent: 'Completed',
  columnAmount: 'Support (đồng)',
  total: 'Total',
  problem: {
    areaInvalid: 'The unit is a current province code (2 digits) or commune code (5 digits).',
    areaNotYours: 'This unit is outside your area: you get reports only within the area you were given.',
    dateInvalid: 'The date must be a valid date, not in the future.',
  },
} satisfies Messages['reports'];

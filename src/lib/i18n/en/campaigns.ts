import type { Messages } from '../vi.ts';

export const campaigns = {
  title: 'Implementation plans',
  issuer: 'Issued by',
  document: 'Document',
  numberMissing: 'The number is blank in the published text',
  basis: 'Legal basis',
  period: 'Period',
  demoAmounts: 'Support amounts shown are demo figures.',
  milestoneKindLabel: {
    start: 'Start',
    documents: 'Implementing documents due',
    report: 'Reporting deadline',
    supervision: 'Supervision',
    dossier: 'Commendation dossier deadline',
    target: 'Goal',
    summing_up: 'Summing-up',
  },
  recognitionLevelLabel: {
    state: 'State level',
    province: 'Province level',
    department: 'Departments and organisations',
    district: 'District or town level',
    commune: 'Commune level',
  },
} satisfies Messages['campaigns'];

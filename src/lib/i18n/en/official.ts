import type { Messages } from '../vi.ts';

type Cell = { row?: string | number | bigint; column?: string | number | bigint; value?: string | number | bigint };
const where = ({ row, column, value }: Cell) => `Row ${row}, column “${column}”, value “${value}”`;

export const official = {
  importTitle: 'Import published figures',
  importIntro:
    'Upload a CSV file with the columns of national-reports.csv (as_of, area, kind, …, publisher, source, note). Each row keeps its publisher and source; a row imported before is not added again.',
  file: 'CSV file',
  upload: 'Import',
  imported: (added, already) => `Added ${added} rows; ${already} were already there.`,
  problem: {
    unreadable: () => 'The file cannot be read: it must be a UTF-8 CSV file.',
    noRows: () => 'The file has no rows of figures.',
    tooManyRows: ({ maximum }) => `The file has more than ${maximum} rows.`,
    tooLarge: () => 'The file is larger than 2 MB.',
    missingColumn: ({ column }) => `Column “${column}” is missing.`,
    date: (cell) => `${where(cell)}: a date is written YYYY-MM-DD.`,
    area: (cell) =>
      `${where(cell)}: the area is “national” or a province code (2 digits) of the era in force on as_of.`,
    kind: (cell) => `${where(cell)}: the kind is “reported” (a count reached) or “target” (a plan).`,
    count: (cell) => `${where(cell)}: a count is a whole number of digits only, or empty.`,
    money: (cell) => `${where(cell)}: money is in billions of đồng, with a decimal point and at most 3 decimals.`,
    required: (cell) => `${where(cell)}: must not be empty.`,
    tooLong: (cell) => `${where(cell)}: too long.`,
    areaNotYours: (cell) => `${where(cell)}: area “${cell.value}” is outside the area you were given.`,
  },
  reportedTitle: 'Official figures as published',
  reportedIntro:
    'Figures published by the press and government news sites, each with its publisher, date and source. They are not this portal’s data and are never added into the figures recorded here.',
  recordedHere: 'Recorded on this portal',
  officiallyReported: 'Officially reported',
  asOf: 'Figures as at',
  area: 'Area',
  national: 'Nationwide',
  kindLabel: { reported: 'Reached', target: 'Target (plan)' },
  homesTotal: 'Homes in all',
  completed: 'Inaugurated, handed over',
  underWay: 'Started, under construction',
  publisher: 'Publisher',
  source: 'Source',
  note: 'Note from the source',
  notStated: 'not stated by the source',
  noReports: 'No official figures for this area yet.',
  formerProvince: (name) => `${name} (before 1/7/2025)`,
  estimateTitle: 'Completion estimate at the current pace',
  estimateOwn:
    'The portal’s own computation, not an official figure: homes remaining divided by the average completed per month over the last 3 months with records.',
  estimate: (month, perMonth, remaining) =>
    `About ${month}: ${remaining} homes remaining, ${perMonth} a month on average.`,
  estimateDone: 'Every home on the list is completed.',
  notEnoughData: 'Not enough data for an estimate (at least 2 months with homes completed are needed).',
  chartOfficial: 'Homes completed as officially reported',
  supportLevelsTitle: 'Support levels of the programmes',
  supportLevelsIntro:
    'The support per house by programme, as the source states it. Local top-ups, if any, are entered by the operating authority with their source.',
  programme: 'Programme',
  supportType: 'Kind',
  amount: 'Per house',
  legalBasis: 'Basis',
  basisDate: 'Date',
  programmeLabel: {
    meritorious: 'Housing support for people with meritorious service and martyrs’ relatives',
    target_programmes:
      'National target programmes (sustainable poverty reduction; ethnic-minority and mountainous areas)',
    campaign: 'The temporary-housing elimination movement (other poor and near-poor households)',
  },
  levelMark: (n) => `Programme level: see note ${n}`,
} satisfies Messages['official'];

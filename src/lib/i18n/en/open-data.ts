import type { Messages } from '../vi.ts';

export const openData = {
  title: 'Open data',
  intro:
    'The portal’s figures are published as CSV (opens in Excel), JSON and GeoJSON files at stable addresses. Each file says when its figures were computed.',
  files: 'Files',
  provinces: 'progress by province and city',
  provincesPre2025: 'progress by province before 1 July 2025 (where households were recorded)',
  communes: 'progress by commune of one province (for example Hà Tĩnh, code 42)',
  households: 'the list of supported households of one commune (for example Đức Thọ, code 18229)',
  parameters:
    'Parameters: era=2025 (default) or era=pre2025 for the units before 1 July 2025; campaign=<campaign id> for one campaign only, for example campaign=duc-tho-2025.',
  progressColumns: 'Columns of the progress files',
  householdColumns: 'Columns of the household lists',
  column: 'Column',
  type: 'Type',
  meaning: 'Meaning',
  link: 'Open data',
  dictionary: 'column dictionary',
} satisfies Messages['openData'];

import type { Messages } from '../vi.ts';
import { privacy } from './privacy.ts';

const village = 'Village or residential group';
const inVillage = (problem: keyof typeof privacy.publicTextProblem) =>
  `Column “${village}”: ${privacy.publicTextProblem[problem]}`;

export const imports = {
  title: 'Import a household list from Excel',
  intro:
    'Download the Excel template, fill in one household per row, and upload it. The portal checks every row and shows a preview; only when every row is right can it be saved, all at once.',
  template: 'Download the household list template (.xlsx)',
  campaign: 'Plan',
  file: 'Excel file (.xlsx, up to 5 MB and 5,000 households)',
  upload: 'Upload and check',
  link: 'Import a household list from Excel',
  previewTitle: (file: string) => `Preview: ${file}`,
  summary: (rows: number, withProblems: number) =>
    withProblems === 0
      ? `${rows} households, no problems. Check them, then press Save.`
      : `${rows} households, ${withProblems} rows with problems: correct them in the Excel file and upload it again. Nothing is saved.`,
  save: (rows: number) => `Save ${rows} households`,
  saved: (rows: number) => `${rows} households saved to the public list.`,
  line: 'Row',
  problems: 'Problems',
  findings: 'Does not fit the criteria (can be saved; it will be flagged)',
  uploadAgain: 'Upload another file',
  householdSheetColumn: {
    code: 'Household code',
    commune: 'Commune code',
    village,
    name: 'Householder’s name (only initials are kept)',
    category: 'Beneficiary group',
    supportType: 'Kind of support',
    programme: 'Programme',
    amount: 'Support amount (đồng)',
    identifiedOn: 'Date identified (dd/mm/yyyy)',
    approvedOn: 'Date approved (if any)',
  },
  sheetProblem: {
    notASpreadsheet: 'This is not a readable Excel (.xlsx) file. Use the portal’s template.',
    empty: 'The file has no households: fill them in from row 2 of the template.',
    wrongColumns:
      'The columns are not the template’s: the first row must be its headers, in order. Download the template again.',
    tooManyRows: 'The file has more than 5,000 households: split it by commune or village.',
    tooLarge: 'The file is too large: 5 MB at most.',
    campaignUnknown: 'Choose the plan.',
    alreadySaved: 'This list has been saved already.',
  },
  rowProblem: {
    codeInvalid: 'A household code has letters, digits and hyphens only (3–40 characters).',
    codeRepeated: 'The household code appears twice in the file.',
    codeTaken: 'A household with this code is already listed.',
    communeInvalid: 'A commune code has 5 digits.',
    communeUnknown: 'No commune has this code.',
    notYourCommune: 'This commune is outside your area.',
    villageMissing: 'The village is missing (100 characters at most).',
    nameMissing: 'The householder’s name is missing.',
    categoryUnknown: 'Unknown beneficiary group.',
    supportTypeUnknown: 'The kind of support must be new build or repair.',
    programmeUnknown: 'Unknown programme.',
    amountInvalid: 'The amount must be whole đồng.',
    dateInvalid: 'The date is not dd/mm/yyyy.',
    dateInFuture: 'The date is in the future.',
    approvedBeforeIdentified: 'Approved before it was identified.',
    textHasPhoneNumber: inVillage('textHasPhoneNumber'),
    textHasIdNumber: inVillage('textHasIdNumber'),
    textHasBankAccount: inVillage('textHasBankAccount'),
    textHasAddress: inVillage('textHasAddress'),
    textHasEmail: inVillage('textHasEmail'),
    textHasHiddenCharacters: inVillage('textHasHiddenCharacters'),
    textHasBrokenCharacters: inVillage('textHasBrokenCharacters'),
  },
} satisfies Messages['imports'];

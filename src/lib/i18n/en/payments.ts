import type { Messages } from '../vi.ts';

type Found = Readonly<Record<string, string | number | bigint>>;
const at = (found: Found) => `row ${found.row}, column “${found.column}”: “${found.value}”`;

export const payments = {
  statementsTitle: 'The fund’s bank statements',
  statementsIntro:
    'Upload the fund account’s statement (CSV or Excel .xlsx, as the bank exports it). Each transaction is imported once; credits whose description carries a pledge reference are matched at once, the rest wait to be matched below.',
  statementsBank: 'Bank',
  statementsFile: 'Statement file (.csv up to 50 MB, .xlsx up to 2 MB)',
  statementsUpload: 'Import statement',
  statementsImported: (added: number, already: number, matched: number, waiting: number) =>
    `Imported: ${added} new credits (${already} imported before), ${matched} matched at once, ${waiting} waiting to be matched.`,
  statementsImportedConflicts: (conflicts: number) =>
    `${conflicts} transactions imported before now have another amount, date or description: kept apart for a treasurer to see, counted nowhere.`,
  statementsImportedRefunds: (refunds: number) =>
    `${refunds} debits returned a credit received before (their description names its transaction): recorded as refunds, and what was received drops by them.`,
  statementsRefundsRefused: (refused: number) =>
    `${refused} debits name a credit received before but were not recorded as refunds (larger than what is left of it, or recorded before with another amount); their ids are in this import's entry of the audit log, for a treasurer to look into.`,
  statementsUnreadable: (reason: string) => `The statement was not imported (no row was written): ${reason}.`,
  statementProblem: {
    notCsv: (found: Found) => `the file is not readable CSV (from row ${found.row})`,
    columnCount: (found: Found) =>
      `row ${found.row} has ${found.found} fields under a header of ${found.expected}: a comma in a description may have shifted the amounts`,
    notXlsx: () => 'the file is not a readable Excel (.xlsx) file',
    wrongLayout: (found: Found) => `not a ${found.bank} statement: missing column(s) ${found.columns}`,
    amountNotNumber: (found: Found) => `${at(found)} is not an amount`,
    amountFractional: (found: Found) => `${at(found)} has a fraction of a đồng; amounts must be whole đồng`,
    amountSeparators: (found: Found) =>
      `${at(found)} has separators this bank does not write amounts with, so how many đồng is unclear`,
    amountCurrency: (found: Found) => `${at(found)} is not in Vietnamese đồng`,
    amountSign: (found: Found) =>
      `${at(found)} has a sign against its column, so whether money came in or went out is unclear`,
    amountTooLarge: (found: Found) =>
      `${at(found)} is above the most the portal records for one amount (1,000 billion đồng)`,
    amountBoth: (found: Found) => `row ${found.row} has amounts in both the credit and the debit column`,
    amountNone: (found: Found) => `row ${found.row} has no amount in either the credit or the debit column`,
    transactionIdMissing: (found: Found) => `row ${found.row} has no transaction id in column “${found.column}”`,
    dateInvalid: (found: Found) => `${at(found)} is not a date like 25/09/2025 14:30`,
    nulCharacter: (found: Found) => `${at(found)} holds a NUL character, which cannot be kept`,
  },
  statementsFileTooLarge: (limits: Found) =>
    `The statement file is too large: CSV up to ${limits.csv} MB, Excel (.xlsx) up to ${limits.xlsx} MB. Export a larger statement as CSV, or split it by dates.`,
  statementsFileMissing: 'Choose a statement file.',
  statementsQueue: 'Credits waiting to be matched',
  statementsQueueEmpty: 'No credit is waiting to be matched.',
  statementsQueueShown: (shown: number, total: number) =>
    `The ${shown} oldest of ${total} credits waiting to be matched.`,
  statementsConflicts: 'Transactions exported again, changed',
  statementsConflictsIntro:
    'The bank exported these transactions again with another amount, date or description than the one imported. The new version is kept as imported, matched to nothing and counted in no total; the version imported first stays as it was. Check them with the bank.',
  statementsConflictsShown: (shown: number, total: number) => `The ${shown} newest of ${total}.`,
  statementsTransaction: 'Transaction',
  statementsKeptVersion: 'Imported first',
  statementsArrivedVersion: 'Exported again',
  statementsArrivedFrom: (file: string, when: string) => `file ${file}, imported ${when}`,
  statementsBookedAt: 'Booked',
  statementsAmount: 'Amount',
  statementsDescription: 'Transfer description',
  statementsMatchTo: 'Pledge reference',
  statementsMatch: 'Match',
  statementsMatchLabel: (transaction: string) => `Pledge reference for transaction ${transaction}`,
  statementsMatched: 'Matched: the money counts for the pledge and shows on public pages.',
  matchProblem: {
    referenceInvalid: 'A pledge reference is CT and 8 characters, e.g. CT7K9Q2XMA.',
    rowUnknown: 'This credit is not in any statement.',
    alreadyMatched: 'This credit is matched already.',
    pledgeUnknown: 'No pledge (not cancelled) has this reference.',
    notMoney: 'This pledge is of materials or workdays, not money.',
    notTreasurer: 'Only fund treasurers match credits.',
    notYourFund: 'This pledge is for a fund outside your area: its own treasurer matches it.',
  },
} satisfies Messages['payments'];

import type { Messages } from '../vi.ts';

export const payments = {
  statementsTitle: 'The fund’s bank statements',
  statementsIntro:
    'Upload the fund account’s statement (CSV or Excel .xlsx, as the bank exports it). Each transaction is imported once; credits whose description carries a pledge reference are matched at once, the rest wait to be matched below.',
  statementsBank: 'Bank',
  statementsFile: 'Statement file (.csv or .xlsx, up to 10 MB)',
  statementsUpload: 'Import statement',
  statementsImported: (added: number, already: number, matched: number, waiting: number) =>
    `Imported: ${added} new credits (${already} imported before), ${matched} matched at once, ${waiting} waiting to be matched.`,
  statementsUnreadable: (reason: string) => `The statement could not be read: ${reason}.`,
  statementsTooLarge: (megabytes: string) =>
    `The statement file is larger than ${megabytes} MB: split the statement by period.`,
  statementsFileMissing: 'Choose a statement file.',
  statementsQueue: 'Credits waiting to be matched',
  statementsQueueEmpty: 'No credit is waiting to be matched.',
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
  },
} satisfies Messages['payments'];

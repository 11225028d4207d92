import { readStatement, type StatementBank, type StatementCredit } from '../../../src/lib/payments/bank-statement.ts';

/** The credits of a CSV statement the test wrote itself: one it cannot read is a mistake in the test. */
export function statementCredits(bank: StatementBank, csv: string): StatementCredit[] {
  const read = readStatement(bank, csv);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value.credits;
}

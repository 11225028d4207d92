import type { StatementBank, StatementCredit } from '../../../src/lib/payments/bank-statement.ts';
import { readWholeStatement } from '../../support/statement-file.ts';

/** The credits of a CSV statement the test wrote itself: one it cannot read is a mistake in the test. */
export async function statementCredits(bank: StatementBank, csv: string): Promise<StatementCredit[]> {
  const read = await readWholeStatement(bank, csv);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value.credits;
}

import {
  readStatementLines,
  type StatementBank,
  type StatementCredit,
  type StatementDebit,
  type StatementProblem,
} from '../../src/lib/payments/bank-statement.ts';
import { ok, type Result } from '../../src/lib/forms/result.ts';

/** A whole statement file read at once: its credits and debits, or why it is refused. Small files only. */
export async function readWholeStatement(
  bank: StatementBank,
  contents: string | Uint8Array,
): Promise<Result<{ credits: StatementCredit[]; debits: StatementDebit[] }, StatementProblem>> {
  const credits: StatementCredit[] = [];
  const debits: StatementDebit[] = [];
  for await (const line of readStatementLines(bank, new Blob([contents as BlobPart]))) {
    if ('ok' in line) return line;
    const { kind, ...read } = line;
    if (kind === 'credit') credits.push(read as StatementCredit);
    else debits.push(read);
  }
  return ok({ credits, debits });
}

import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { readMatchReference, type MatchProblem } from './manual-match.ts';
import { canSomewhere } from '../officials/roles.ts';
import type { Database } from '../../../db/client.ts';
import { payments, pledges, statementImports, statementRows } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { bookPayment } from '../ledger/gift-booking-store.ts';
import type { Actor } from '../households/stage-store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';

export type StatementRow = typeof statementRows.$inferSelect;
type StatementImport = typeof statementImports.$inferSelect;

/** Credits no pledge was found for yet, oldest first: the treasurer's queue. */
export async function listUnmatchedStatementRows(db: Database): Promise<StatementRow[]> {
  const rows = await db
    .select({ row: statementRows })
    .from(statementRows)
    .leftJoin(payments, eq(payments.statementRowId, statementRows.id))
    .where(isNull(payments.id))
    .orderBy(asc(statementRows.bookedAt), asc(statementRows.id));
  return rows.map(({ row }) => row);
}

/**
 * Pays a money pledge with a credit from the queue, once (a statement row pays at most one
 * pledge, enforced by the database); audited, and public totals follow at once.
 */
export async function matchStatementRow(
  db: Database,
  rowId: number,
  reference: string,
  actor: Actor,
): Promise<Result<void, MatchProblem>> {
  if (!canSomewhere(actor.grants, 'manage_fund')) return refused('notTreasurer');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(statementRows).where(eq(statementRows.id, rowId));
    if (!row) return refused('rowUnknown');
    const [pledge] = await tx
      .select({ id: pledges.id, kind: pledges.kind })
      .from(pledges)
      .where(and(eq(pledges.reference, reference), isNull(pledges.cancelledAt)));
    if (!pledge) return refused('pledgeUnknown');
    if (pledge.kind !== 'money') return refused('notMoney');
    const inserted = await tx
      .insert(payments)
      .values({
        pledgeId: pledge.id,
        channel: 'bank_transfer',
        statementRowId: row.id,
        amount: row.amount,
        receivedAt: row.bookedAt,
      })
      .onConflictDoNothing({ target: payments.statementRowId })
      .returning({ id: payments.id });
    if (inserted.length === 0) return refused('alreadyMatched');
    await bookPayment(tx, inserted[0]!.id);
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'statement_row_matched',
      subject: `statement_row:${row.id}`,
      after: { bank: row.bank, transaction: row.transactionId, amount: String(row.amount), pledge: reference },
    });
    await markPublicDataChanged(tx);
    return ok();
  });
}

/** The queue's form submitted for one credit (`row`, `reference`): read, then matched as above. */
export async function submitMatch(
  db: Database,
  fields: Record<string, unknown>,
  actor: Actor,
): Promise<Result<void, MatchProblem>> {
  const read = readMatchReference(fields.reference ?? '');
  return read.ok ? matchStatementRow(db, Number(fields.row), read.value, actor) : read;
}

/** The bank of the latest statement imported, to offer it first: a fund's account is usually at one bank. */
export async function lastStatementBank(db: Database): Promise<StatementImport['bank'] | undefined> {
  const [last] = await db
    .select({ bank: statementImports.bank })
    .from(statementImports)
    .orderBy(desc(statementImports.id))
    .limit(1);
  return last?.bank;
}

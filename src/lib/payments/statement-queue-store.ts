import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { readMatchReference, type MatchProblem } from './manual-match.ts';
import { recordPayment } from './store.ts';
import { can, canSomewhere } from '../officials/roles.ts';
import { areaOfPlace } from '../officials/area-store.ts';
import type { Database } from '../../../db/client.ts';
import { payments, pledges, statementConflicts, statementImports, statementRows } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import type { Actor } from '../households/stage-store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';

/** The treasurer's queue: credits no pledge was found for, conflicts kept apart, and matching by hand. */

export type StatementRow = typeof statementRows.$inferSelect;
type StatementImport = typeof statementImports.$inferSelect;

/** Rows of a list the treasurer's page shows at once, and how many there are in all. */
export interface Listed<T> {
  rows: T[];
  total: number;
}

/** Credits no pledge was found for yet, the oldest `limit` of them first: the treasurer's queue. */
export async function listUnmatchedStatementRows(db: Database, limit: number): Promise<Listed<StatementRow>> {
  const unmatched = isNull(payments.id);
  const [rows, [all]] = await Promise.all([
    db
      .select({ row: statementRows })
      .from(statementRows)
      .leftJoin(payments, eq(payments.statementRowId, statementRows.id))
      .where(unmatched)
      .orderBy(asc(statementRows.bookedAt), asc(statementRows.id))
      .limit(limit),
    db
      .select({ total: count() })
      .from(statementRows)
      .leftJoin(payments, eq(payments.statementRowId, statementRows.id))
      .where(unmatched),
  ]);
  return { rows: rows.map(({ row }) => row), total: all!.total };
}

/** A bank transaction kept once and exported again changed: both versions, and where the second came from. */
export interface StatementConflict {
  id: number;
  kept: StatementRow;
  arrived: { bookedAt: Date; amount: bigint; description: string };
  importedAt: Date;
  fileName: string;
}

/** Changed re-exports, newest first (`limit` of them), for treasurers to see beside what was kept. */
export async function listStatementConflicts(db: Database, limit: number): Promise<Listed<StatementConflict>> {
  const [rows, [all]] = await Promise.all([
    db
      .select({
        id: statementConflicts.id,
        kept: statementRows,
        arrived: {
          bookedAt: statementConflicts.bookedAt,
          amount: statementConflicts.amount,
          description: statementConflicts.description,
        },
        importedAt: statementImports.importedAt,
        fileName: statementImports.fileName,
      })
      .from(statementConflicts)
      .innerJoin(statementRows, eq(statementRows.id, statementConflicts.statementRowId))
      .innerJoin(statementImports, eq(statementImports.id, statementConflicts.importId))
      .orderBy(desc(statementConflicts.id))
      .limit(limit),
    db.select({ total: count() }).from(statementConflicts),
  ]);
  return { rows, total: all!.total };
}

/**
 * Pays a money pledge with a credit from the queue, once (a statement row pays at most one
 * pledge, enforced by the database), if the official is the treasurer of the pledge's fund (its
 * commune's or province's, or the whole country's); audited, and public totals follow at once.
 */
export async function matchStatementRow(
  db: Database,
  rowId: number,
  reference: string,
  actor: Actor,
): Promise<Result<void, MatchProblem>> {
  if (!canSomewhere(actor.grants, 'manage_fund')) return refused('notTreasurer');
  // Row ids are positive 32-bit integers; anything else (a missing, typed or huge id) names no row.
  if (!Number.isInteger(rowId) || rowId < 1 || rowId > 2_147_483_647) return refused('rowUnknown');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(statementRows).where(eq(statementRows.id, rowId));
    if (!row) return refused('rowUnknown');
    const [pledge] = await tx
      .select({ id: pledges.id, kind: pledges.kind, targetKind: pledges.targetKind, targetCode: pledges.targetCode })
      .from(pledges)
      .where(and(eq(pledges.reference, reference), isNull(pledges.cancelledAt)));
    if (!pledge) return refused('pledgeUnknown');
    if (pledge.kind !== 'money') return refused('notMoney');
    // The credit becomes the gift of the fund the pledge is for: that fund's treasurer matches it.
    if (!can(actor.grants, 'manage_fund', await areaOfPlace(tx, pledge.targetKind, pledge.targetCode)))
      return refused('notYourFund');
    const paid = await recordPayment(tx, {
      pledgeId: pledge.id,
      channel: 'bank_transfer',
      statementRowId: row.id,
      amount: row.amount,
      receivedAt: row.bookedAt,
    });
    if (paid === undefined) return refused('alreadyMatched');
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

import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import {
  readStatementFile,
  statementBanks,
  type StatementBank,
  type StatementCredit,
  type StatementProblem,
} from './bank-statement.ts';
import { readMatchReference, type MatchProblem } from './manual-match.ts';
import { pledgePaidBy, referencesIn } from './matching.ts';
import { recordPayment } from './store.ts';
import { canSomewhere } from '../officials/roles.ts';
import type { Database } from '../../../db/client.ts';
import { payments, pledges, statementImports, statementRows } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import type { Actor } from '../households/stage-store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';

/** Bank statements: credits kept as imported, matched to pledges by reference or by a treasurer. */

export interface StatementImportResult {
  importId: number;
  /** Credits seen for the first time. */
  added: number;
  /** Credits already imported before (the same bank transaction): kept once. */
  alreadyImported: number;
  /** New credits matched to a money pledge by the reference in their description. */
  matched: number;
  /** New credits waiting for a treasurer to match them by hand, by statement row id. */
  unmatched: number[];
}

/**
 * Imports a statement's credits in one transaction: raw rows kept as imported, a bank
 * transaction never imported twice, and each new credit paid to the money pledge whose reference
 * its description carries. The rest wait in the queue of unmatched rows.
 */
export async function importStatement(
  db: Database,
  statement: {
    bank: StatementBank;
    fileName: string;
    sha256: string;
    credits: StatementCredit[];
    /** The treasurer who uploaded it; null (or left out) for the command on the server. */
    importedBy?: number | null;
  },
): Promise<StatementImportResult> {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(statementImports)
      .values({ bank: statement.bank, fileName: statement.fileName, sha256: statement.sha256 })
      .returning({ id: statementImports.id });
    const added = statement.credits.length
      ? await tx
          .insert(statementRows)
          .values(
            statement.credits.map((credit) => ({
              importId: batch!.id,
              bank: statement.bank,
              transactionId: credit.transactionId,
              bookedAt: credit.bookedAt,
              amount: credit.amount,
              description: credit.description,
              raw: credit.raw,
            })),
          )
          .onConflictDoNothing({ target: [statementRows.bank, statementRows.transactionId] })
          .returning()
      : [];

    const candidates = referencesIn(added.map((row) => row.description));
    const payable = candidates.length
      ? await tx
          .select({ id: pledges.id, reference: pledges.reference })
          .from(pledges)
          .where(and(inArray(pledges.reference, candidates), eq(pledges.kind, 'money'), isNull(pledges.cancelledAt)))
      : [];
    const pledgeOf = new Map(payable.map((p) => [p.reference, p.id]));
    const unmatched: number[] = [];
    let matched = 0;
    for (const row of added) {
      const pledgeId = pledgePaidBy(row.description, pledgeOf);
      if (pledgeId === undefined) {
        unmatched.push(row.id);
        continue;
      }
      await recordPayment(tx, {
        pledgeId,
        channel: 'bank_transfer',
        statementRowId: row.id,
        amount: row.amount,
        receivedAt: row.bookedAt,
      });
      matched++;
    }
    if (matched > 0) await markPublicDataChanged(tx);
    await recordAuditEvent(tx, {
      officialId: statement.importedBy ?? null,
      action: 'statement_imported',
      subject: `statement_import:${batch!.id}`,
      after: { bank: statement.bank, file: statement.fileName, sha256: statement.sha256, added: added.length, matched },
    });
    return {
      importId: batch!.id,
      added: added.length,
      alreadyImported: statement.credits.length - added.length,
      matched,
      unmatched,
    };
  });
}

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
  // Row ids are positive 32-bit integers; anything else (a missing, typed or huge id) names no row.
  if (!Number.isInteger(rowId) || rowId < 1 || rowId > 2_147_483_647) return refused('rowUnknown');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(statementRows).where(eq(statementRows.id, rowId));
    if (!row) return refused('rowUnknown');
    const [pledge] = await tx
      .select({ id: pledges.id, kind: pledges.kind })
      .from(pledges)
      .where(and(eq(pledges.reference, reference), isNull(pledges.cancelledAt)));
    if (!pledge) return refused('pledgeUnknown');
    if (pledge.kind !== 'money') return refused('notMoney');
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

/** Why an uploaded statement is not imported: no bank or file chosen, a file too large or that cannot be read. */
export type StatementUploadProblem = 'fileMissing' | 'fileTooLarge' | StatementProblem;

/** Larger statement files are refused before they are read. */
export const maximumStatementBytes = 10 * 1024 * 1024;

/**
 * The treasurer's statement form submitted (`bank`, `file`): the file read as its bank exports it,
 * then imported as `importStatement` does. Problems belong to the field `file`.
 */
export async function uploadStatement(
  db: Database,
  fields: Record<string, unknown>,
  importedBy: number,
): Promise<Result<StatementImportResult, StatementUploadProblem>> {
  const bank = statementBanks.find((name) => name === fields.bank);
  const file = fields.file;
  if (!bank || !(file instanceof File)) return refused('fileMissing', { field: 'file' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readStatementFile(bank, bytes);
  if (!read.ok) return { ok: false, problems: read.problems.map((problem) => ({ ...problem, field: 'file' })) };
  return ok(
    await importStatement(db, {
      bank,
      fileName: file.name.slice(0, 200),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      credits: read.value.credits,
      importedBy,
    }),
  );
}

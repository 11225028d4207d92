import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import {
  checkStatement,
  fileChunks,
  readStatementLines,
  statementBanks,
  statementFileKind,
  type StatementBank,
  type StatementCredit,
  type StatementDebit,
  type StatementProblem,
} from './bank-statement.ts';
import { pledgePaidBy, referencesIn } from './matching.ts';
import { recordPayment } from './store.ts';
import { recordRefund } from './refund-store.ts';
import type { Database, Transaction } from '../../../db/client.ts';
import { payments, pledges, statementConflicts, statementImports, statementRows } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';

/**
 * Bank statements imported: credits kept as imported, each bank transaction once, changed ones kept
 * as conflicts, credits paid to the pledge their reference names, debits returning a credit booked
 * as refunds. The queue a treasurer works from is statement-queue-store.ts.
 */

export interface StatementImportResult {
  importId: number;
  /** Credits seen for the first time. */
  added: number;
  /** Credits already imported before, exactly so (the same bank transaction): kept once. */
  alreadyImported: number;
  /**
   * Credits of a bank transaction already kept, arriving with another amount, date or description:
   * each kept as a conflict for a treasurer to see, paying nothing and counted in no total.
   */
  conflicts: number;
  /** New credits matched to a money pledge by the reference in their description. */
  matched: number;
  /** New credits waiting for a treasurer to match them by hand. */
  unmatched: number;
  /** Debits that returned a booked credit to its payer: recorded as refunds of its payment. */
  refunds: number;
  /**
   * Debits naming a booked credit but not booked: more than is left of it to return, or recorded
   * before with another amount. Named in the import's audit event, for a treasurer to look into.
   */
  refundsRefused: string[];
}

// Any fixed number: one statement import at a time, across every server. Two imports sharing
// transactions would otherwise each wait for the rows the other inserted first: a deadlock.
const statementImportLockKey = 5_392_028;
/** Credits written per statement: far below Postgres's 65,535 parameters, at 8 per row. */
const rowsPerBatch = 1000;

/**
 * Imports a statement's credits in one transaction, all or nothing, however many: raw rows kept
 * as imported, a bank transaction never imported twice, a changed one kept as a conflict, and
 * each new credit paid to the money pledge whose reference its description carries. The rest
 * wait in the queue of unmatched rows. Credits are written in batches as they come, so that a
 * statement read as it streams is never held in memory whole.
 */
export async function importStatement(
  db: Database,
  statement: {
    bank: StatementBank;
    fileName: string;
    sha256: string;
    credits: Iterable<StatementCredit> | AsyncIterable<StatementCredit>;
    /** Its debits: those returning a credit booked before become refunds (`refundsFromDebits`). */
    debits?: readonly StatementDebit[];
    /** The treasurer who uploaded it; null (or left out) for the command on the server. */
    importedBy?: number | null;
  },
): Promise<StatementImportResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${statementImportLockKey})`);
    const [batch] = await tx
      .insert(statementImports)
      .values({ bank: statement.bank, fileName: statement.fileName, sha256: statement.sha256 })
      .returning({ id: statementImports.id });
    const result: StatementImportResult = {
      importId: batch!.id,
      added: 0,
      alreadyImported: 0,
      conflicts: 0,
      matched: 0,
      unmatched: 0,
      refunds: 0,
      refundsRefused: [],
    };
    let credits: StatementCredit[] = [];
    for await (const credit of statement.credits) {
      credits.push(credit);
      if (credits.length < rowsPerBatch) continue;
      await importBatch(tx, statement.bank, result, credits);
      credits = [];
    }
    await importBatch(tx, statement.bank, result, credits);
    await refundsFromDebits(tx, statement.bank, statement.debits ?? [], result);
    if (result.matched > 0) await markPublicDataChanged(tx);
    const { added, alreadyImported, conflicts, matched, refunds, refundsRefused } = result;
    await recordAuditEvent(tx, {
      officialId: statement.importedBy ?? null,
      action: 'statement_imported',
      subject: `statement_import:${batch!.id}`,
      after: {
        bank: statement.bank,
        file: statement.fileName,
        sha256: statement.sha256,
        added,
        alreadyImported,
        conflicts,
        matched,
        refunds,
        // Kept here, for treasurers and auditors to find again: debits naming a credit, not booked.
        refundsRefused,
      },
    });
    return result;
  });
}

/** Bank transaction ids are long codes (FT25268123456, VTB2004): shorter words of a debit's description are not taken for one. */
const shortestTransactionId = 6;

/**
 * A debit is the bank returning a credit when its description names that credit's transaction id
 * (as banks write "HOAN TRA GD FT25268123456"), the credit paid a pledge, and the debit is not more
 * than is left of that payment: then it is recorded as a refund of the payment, once per debit.
 * Other debits are the fund's own spending, recorded through allocations and payments to homes.
 */
async function refundsFromDebits(
  tx: Transaction,
  bank: StatementBank,
  debits: readonly StatementDebit[],
  result: StatementImportResult,
): Promise<void> {
  const wordsOf = (debit: StatementDebit) =>
    [...new Set(debit.description.toUpperCase().split(/[^0-9A-Z]+/))].filter(
      (word) => word.length >= shortestTransactionId,
    );
  for (let start = 0; start < debits.length; start += rowsPerBatch) {
    const batch = debits.slice(start, start + rowsPerBatch);
    const words = [...new Set(batch.flatMap(wordsOf))];
    if (words.length === 0) continue;
    const paid = await tx
      .select({ transactionId: statementRows.transactionId, paymentId: payments.id })
      .from(statementRows)
      .innerJoin(payments, eq(payments.statementRowId, statementRows.id))
      .where(and(eq(statementRows.bank, bank), inArray(sql`upper(${statementRows.transactionId})`, words)));
    const paymentOf = new Map(paid.map((row) => [row.transactionId.toUpperCase(), row.paymentId]));
    for (const debit of batch) {
      const named = wordsOf(debit).filter((word) => paymentOf.has(word));
      // A debit naming two credits says nothing certain about either.
      if (named.length !== 1) continue;
      const refund = await recordRefund(tx, paymentOf.get(named[0]!)!, {
        amount: debit.amount,
        refundedAt: debit.bookedAt,
        bank,
        bankTransactionId: debit.transactionId,
      });
      if (!refund.ok) result.refundsRefused.push(debit.transactionId);
      else if (refund.value.recorded) result.refunds++;
    }
  }
}

/** Rows as `execute` gives them: an array (postgres.js), or under `rows` (PGlite). */
function rowsOf<Row>(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}

/** What tells two versions of a bank transaction apart, and what matching needs: no more is read back. */
const comparedColumns = {
  id: statementRows.id,
  transactionId: statementRows.transactionId,
  bookedAt: statementRows.bookedAt,
  amount: statementRows.amount,
  description: statementRows.description,
};

/** Writes one batch of a statement's credits, adding what it did to `result`. */
async function importBatch(
  tx: Transaction,
  bank: StatementBank,
  result: StatementImportResult,
  credits: StatementCredit[],
): Promise<void> {
  if (credits.length === 0) return;
  // The batch goes as one JSON parameter, not eight a row: Drizzle's builder spent half the
  // import's time on a thousand rows' parameters, and Postgres takes at most 65,535 of them.
  const batch = JSON.stringify(
    credits.map((credit) => ({
      transaction_id: credit.transactionId,
      booked_at: credit.bookedAt.toISOString(),
      amount: String(credit.amount),
      description: credit.description,
      raw: credit.raw,
    })),
  );
  const inserted = await tx.execute(sql`
    insert into statement_rows (import_id, bank, transaction_id, booked_at, amount, description, raw)
    select ${result.importId}, ${bank}, t.transaction_id, t.booked_at, t.amount, t.description, t.raw
    from rows from (jsonb_to_recordset(${batch}::jsonb)
      as (transaction_id text, booked_at timestamptz, amount bigint, description text, raw jsonb))
      with ordinality as t(transaction_id, booked_at, amount, description, raw, position)
    order by t.position
    on conflict (bank, transaction_id) do nothing
    returning id, transaction_id, (extract(epoch from booked_at) * 1000)::bigint as booked_ms, amount, description`);
  const added = rowsOf<Record<string, unknown>>(inserted).map((row) => ({
    id: Number(row.id),
    transactionId: String(row.transaction_id),
    bookedAt: new Date(Number(row.booked_ms)),
    amount: BigInt(String(row.amount)),
    description: String(row.description),
  }));
  result.added += added.length;

  // A credit not added was kept before (or earlier in this file): the same, or a changed version.
  // Of an id given twice in one batch, the first was added and the later one came again.
  const addedIds = new Set(added.map((row) => row.transactionId));
  const firstOf = new Map<string, number>();
  for (const [index, credit] of credits.entries())
    if (!firstOf.has(credit.transactionId)) firstOf.set(credit.transactionId, index);
  const again = credits.filter(
    (credit, index) => !addedIds.has(credit.transactionId) || firstOf.get(credit.transactionId) !== index,
  );
  if (again.length > 0) {
    const kept = await tx
      .select(comparedColumns)
      .from(statementRows)
      .where(
        and(
          eq(statementRows.bank, bank),
          sql`${statementRows.transactionId} = any(array(select jsonb_array_elements_text(${JSON.stringify(again.map((credit) => credit.transactionId))}::jsonb)))`,
        ),
      );
    const keptOf = new Map(kept.map((row) => [row.transactionId, row]));
    const changed = again.flatMap((credit) => {
      const first = keptOf.get(credit.transactionId)!;
      const same =
        first.amount === credit.amount &&
        first.bookedAt.getTime() === credit.bookedAt.getTime() &&
        first.description === credit.description;
      return same ? [] : [{ first, credit }];
    });
    result.alreadyImported += again.length - changed.length;
    result.conflicts += changed.length;
    if (changed.length > 0)
      await tx
        .insert(statementConflicts)
        .values(
          changed.map(({ first, credit }) => ({
            importId: result.importId,
            statementRowId: first.id,
            bookedAt: credit.bookedAt,
            amount: credit.amount,
            description: credit.description,
            raw: credit.raw,
            version: versionOf(credit),
          })),
        )
        .onConflictDoNothing({ target: [statementConflicts.statementRowId, statementConflicts.version] });
  }

  const candidates = referencesIn(added.map((row) => row.description));
  const payable = candidates.length
    ? await tx
        .select({ id: pledges.id, reference: pledges.reference })
        .from(pledges)
        .where(and(inArray(pledges.reference, candidates), eq(pledges.kind, 'money'), isNull(pledges.cancelledAt)))
    : [];
  const pledgeOf = new Map(payable.map((p) => [p.reference, p.id]));
  for (const row of added) {
    const pledgeId = pledgePaidBy(row.description, pledgeOf);
    if (pledgeId === undefined) {
      result.unmatched++;
      continue;
    }
    await recordPayment(tx, {
      pledgeId,
      channel: 'bank_transfer',
      statementRowId: row.id,
      amount: row.amount,
      receivedAt: row.bookedAt,
    });
    result.matched++;
  }
}

/** What tells two versions of a bank transaction apart: its date, amount and description. */
function versionOf(credit: StatementCredit): string {
  return createHash('sha256')
    .update(JSON.stringify([credit.bookedAt.toISOString(), String(credit.amount), credit.description]))
    .digest('hex');
}

/** Why an uploaded statement is not imported: no bank or file chosen, a file too large, or one that cannot be read. */
export type StatementUploadProblem = 'fileMissing' | 'fileTooLarge' | StatementProblem;

/**
 * The largest statement file accepted, by kind (the portal's own settings). A CSV is read as it
 * streams, whatever its length: 50 MB, some 400,000 transactions of 125 bytes (200,000 credits
 * are 24 MB, imported with the server under 400 MB: tests/e2e/statement-memory.spec.ts). A
 * workbook is unpacked whole to be read, some 2.5 KB of memory a row: 2 MB, about 65,000
 * transactions (95,000 took the server to 393 MB); export a larger statement as CSV.
 */
export const statementFileLimits = { csv: 50 * 1024 * 1024, xlsx: 2 * 1024 * 1024 } as const;
/** The largest statement file of any kind: larger uploads are refused before they are read. */
export const maximumStatementBytes = Math.max(...Object.values(statementFileLimits));

/**
 * Imports a statement file as its bank exports it: read through once to check every row, so that
 * a row that cannot be read refuses the whole file before anything is written; then read again,
 * as it streams, into `importStatement`. Its debits are given back for the caller to use.
 */
export async function importStatementFile(
  db: Database,
  statement: { bank: StatementBank; file: Blob; fileName: string; importedBy?: number | null },
): Promise<Result<StatementImportResult & { debits: StatementDebit[] }, StatementProblem>> {
  const { bank, file } = statement;
  const checked = await checkStatement(bank, file);
  if (!checked.ok) return checked;
  const hash = createHash('sha256');
  for await (const chunk of fileChunks(file)) hash.update(chunk);
  const imported = await importStatement(db, {
    bank,
    fileName: statement.fileName,
    sha256: hash.digest('hex'),
    credits: creditsOf(readStatementLines(bank, file)),
    debits: checked.value.debits,
    importedBy: statement.importedBy,
  });
  return ok({ ...imported, debits: checked.value.debits });
}

/** The credits of a file already checked: it reads the same the second time. */
async function* creditsOf(lines: ReturnType<typeof readStatementLines>): AsyncGenerator<StatementCredit> {
  for await (const line of lines) {
    if ('ok' in line) throw new Error('A statement checked a moment ago no longer reads');
    if (line.kind === 'credit') {
      const { kind: _credit, ...credit } = line;
      yield credit;
    }
  }
}

/**
 * The treasurer's statement form submitted (`bank`, `file`): a file within its kind's limit,
 * imported as `importStatementFile` does. Problems belong to the field `file`.
 */
export async function uploadStatement(
  db: Database,
  fields: Record<string, unknown>,
  importedBy: number,
): Promise<Result<StatementImportResult, StatementUploadProblem>> {
  const bank = statementBanks.find((name) => name === fields.bank);
  const file = fields.file;
  if (!bank || !(file instanceof File)) return refused('fileMissing', { field: 'file' });
  if (file.size > statementFileLimits[await statementFileKind(file)])
    return refused('fileTooLarge', { field: 'file', values: statementFileMegabytes });
  const imported = await importStatementFile(db, { bank, file, fileName: file.name.slice(0, 200), importedBy });
  if (!imported.ok) return { ok: false, problems: imported.problems.map((problem) => ({ ...problem, field: 'file' })) };
  const { debits: _debits, ...result } = imported.value;
  return ok(result);
}

/** The limits in megabytes, as a refusal names them. */
export const statementFileMegabytes = {
  csv: statementFileLimits.csv / 1024 / 1024,
  xlsx: statementFileLimits.xlsx / 1024 / 1024,
};

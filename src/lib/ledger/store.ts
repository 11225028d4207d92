import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { dong } from './accounts.ts';
import {
  bookOf,
  drawnAccounts,
  imbalances,
  overdraftOf,
  type LedgerEntry,
  type LedgerTransactionKind,
} from './postings.ts';
import { chainHash, chainStart, checkChain, type ChainCheck } from '../security/hash-chain.ts';
import type { Queryable, Transaction } from '../../../db/client.ts';
import { ledgerBalances, ledgerEntries, ledgerTransactions } from '../../../db/schema/index.ts';
import { ok, refused, type Result } from '../forms/result.ts';

// Any fixed number: one writer at a time extends the ledger's chain, across every server.
const ledgerChainLockKey = 5_392_026;

export interface Posting {
  kind: LedgerTransactionKind;
  /** The business date (YYYY-MM-DD, Asia/Ho_Chi_Minh). */
  occurredOn: string;
  description: string;
  entries: LedgerEntry[];
  paymentId?: number | null;
  deliveryId?: number | null;
  allocationId?: number | null;
  documentNumber?: string | null;
  reversesSequence?: number | null;
  recordedBy?: number | null;
  /**
   * Set for a refund only: it records money the bank or Stripe has already given back, so it is
   * booked even when the fund spent that money meanwhile, and the reconciliation check reports
   * the account overdrawn until it is covered.
   */
  givenBack?: true;
}

/**
 * Waits until no other transaction is writing to the ledger, and keeps it so until this one ends:
 * a check made after it (what a fund holds, what a payment has left to refund) stays true.
 */
export async function lockLedger(tx: Transaction): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ledgerChainLockKey})`);
}

/** What is hashed for a transaction: its fields and its entries, amounts as decimal strings. */
function chainContent(
  row: Omit<typeof ledgerTransactions.$inferSelect, 'previousHash' | 'hash'>,
  entries: LedgerEntry[],
) {
  return {
    ...row,
    recordedAt: row.recordedAt.toISOString(),
    entries: entries.map((entry) => ({ account: entry.account, unit: entry.unit, amount: String(entry.amount) })),
  };
}

/**
 * Posts one balanced transaction, next in the chain. Accounts that hold money (funds, homes'
 * allocations) are checked under the chain's lock, so two postings at once cannot together
 * overspend one; a posting that would is refused (`overspent`, with the account, what it holds
 * and what was needed) and nothing is written. Call it inside the transaction that records what
 * it books.
 */
export async function postLedgerTransaction(
  tx: Transaction,
  posting: Posting,
): Promise<Result<{ sequence: number }, 'overspent'>> {
  if (imbalances(posting.entries).size > 0) throw new Error(`Unbalanced ${posting.kind} posting`);
  await lockLedger(tx);

  const drawn = drawnAccounts(posting.entries);
  if (drawn.size > 0 && !posting.givenBack) {
    const balances = await tx
      .select({ account: ledgerBalances.account, debits: ledgerBalances.debits, credits: ledgerBalances.credits })
      .from(ledgerBalances)
      .where(and(eq(ledgerBalances.unit, dong), inArray(ledgerBalances.account, [...drawn.keys()])));
    const held = new Map(balances.map((row) => [row.account, row.debits - row.credits]));
    const overdraft = overdraftOf(drawn, (account) => held.get(account) ?? 0n);
    if (overdraft) return refused('overspent', { values: { ...overdraft } });
  }

  const [last] = await tx
    .select({ sequence: ledgerTransactions.sequence, hash: ledgerTransactions.hash })
    .from(ledgerTransactions)
    .orderBy(desc(ledgerTransactions.sequence))
    .limit(1);
  const row = {
    sequence: (last?.sequence ?? 0) + 1,
    kind: posting.kind,
    book: bookOf(posting.entries),
    occurredOn: posting.occurredOn,
    recordedAt: new Date(),
    description: posting.description,
    paymentId: posting.paymentId ?? null,
    deliveryId: posting.deliveryId ?? null,
    allocationId: posting.allocationId ?? null,
    documentNumber: posting.documentNumber ?? null,
    reversesSequence: posting.reversesSequence ?? null,
    recordedBy: posting.recordedBy ?? null,
  };
  const previousHash = last?.hash ?? chainStart;
  await tx.insert(ledgerTransactions).values({
    ...row,
    previousHash,
    hash: chainHash(previousHash, chainContent(row, posting.entries)),
  });
  await tx
    .insert(ledgerEntries)
    .values(posting.entries.map((entry) => ({ ...entry, transactionSequence: row.sequence })));
  for (const entry of posting.entries) {
    const debit = entry.amount > 0n ? entry.amount : 0n;
    const credit = entry.amount < 0n ? -entry.amount : 0n;
    await tx
      .insert(ledgerBalances)
      .values({ account: entry.account, unit: entry.unit, debits: debit, credits: credit })
      .onConflictDoUpdate({
        target: [ledgerBalances.account, ledgerBalances.unit],
        set: {
          debits: sql`${ledgerBalances.debits} + ${debit}`,
          credits: sql`${ledgerBalances.credits} + ${credit}`,
        },
      });
  }
  return ok({ sequence: row.sequence });
}

export interface AccountBalance {
  account: string;
  unit: string;
  debits: bigint;
  credits: bigint;
}

/** Debits and credits so far of the named accounts (those never used are left out). */
export async function accountBalances(db: Queryable, accounts: string[]): Promise<AccountBalance[]> {
  if (accounts.length === 0) return [];
  return db.select().from(ledgerBalances).where(inArray(ledgerBalances.account, accounts));
}

/** The entries of some transactions, in the order they were written, by transaction. */
export async function entriesOfTransactions(db: Queryable, sequences: number[]): Promise<Map<number, LedgerEntry[]>> {
  if (sequences.length === 0) return new Map();
  const entries = await db
    .select({
      sequence: ledgerEntries.transactionSequence,
      account: ledgerEntries.account,
      unit: ledgerEntries.unit,
      amount: ledgerEntries.amount,
    })
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.transactionSequence, sequences))
    .orderBy(asc(ledgerEntries.id));
  const grouped = new Map<number, LedgerEntry[]>();
  for (const { sequence, ...entry } of entries) grouped.set(sequence, [...(grouped.get(sequence) ?? []), entry]);
  return grouped;
}

/** Transactions after a sequence as their chain links: content exactly as hashed, with both hashes. */
export async function ledgerChainRecords(
  db: Queryable,
  after: number,
  limit: number,
): Promise<(ReturnType<typeof chainContent> & { previousHash: string; hash: string })[]> {
  const batch = await db
    .select()
    .from(ledgerTransactions)
    .where(gt(ledgerTransactions.sequence, after))
    .orderBy(asc(ledgerTransactions.sequence))
    .limit(limit);
  if (batch.length === 0) return [];
  const entriesOf = await entriesOfTransactions(
    db,
    batch.map((row) => row.sequence),
  );
  return batch.map(({ previousHash, hash, ...row }) => ({
    ...chainContent(row, entriesOf.get(row.sequence) ?? []),
    previousHash,
    hash,
  }));
}

/** Re-computes every link of the ledger's chain from the stored transactions and entries, a thousand at a time. */
/** The hash the ledger's chain holds at `sequence`, or undefined when there is no such record. */
export async function ledgerHashAt(db: Queryable, sequence: number): Promise<string | undefined> {
  const [row] = await db
    .select({ hash: ledgerTransactions.hash })
    .from(ledgerTransactions)
    .where(eq(ledgerTransactions.sequence, sequence));
  return row?.hash;
}

export async function checkLedgerChain(db: Queryable): Promise<ChainCheck> {
  let from = { sequence: 0, hash: chainStart };
  let records = 0;
  for (;;) {
    const batch = await ledgerChainRecords(db, from.sequence, 1000);
    if (batch.length === 0) return { ok: true, records, head: from.hash };
    const result = checkChain(batch, from);
    if (!result.ok) return result;
    records += result.records;
    from = { sequence: batch.at(-1)!.sequence, hash: result.head };
  }
}

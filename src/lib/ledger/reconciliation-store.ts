import { desc, sql } from 'drizzle-orm';
import { reconcile, type LedgerFacts } from './reconciliation.ts';
import { chainStart } from '../security/hash-chain.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import { auditEvents, ledgerChecks, ledgerTransactions } from '../../../db/schema/index.ts';
import { checkAuditChain } from '../audit/store.ts';
import { checkLedgerChain } from './store.ts';
import { accountPrefix, dong } from './accounts.ts';

export type LedgerCheck = typeof ledgerChecks.$inferSelect;

async function one<Row>(db: Queryable, query: ReturnType<typeof sql>): Promise<Row> {
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return (Array.isArray(result) ? result : result.rows)[0]!;
}

async function list(db: Queryable, query: ReturnType<typeof sql>): Promise<string[]> {
  const result = (await db.execute(query)) as unknown as { name: string }[] | { rows: { name: string }[] };
  return (Array.isArray(result) ? result : result.rows).map((row) => row.name);
}

/** Measures everything the reconciliation check judges, each from the records themselves. */
async function measure(db: Queryable): Promise<LedgerFacts> {
  const counts = await one<Record<string, string | number>>(
    db,
    sql`select
      (select count(*) from (select 1 from ledger_entries group by transaction_sequence, unit having sum(amount) <> 0) u) as unbalanced,
      (select coalesce(sum(amount), 0) from payments) - (select coalesce(sum(amount), 0) from payment_refunds) as payments_total,
      (select coalesce(-sum(amount), 0) from ledger_entries where account like ${`${accountPrefix('donations')}%`} and unit = ${dong}) as donations_booked,
      (select count(*) from payments p where not exists (select 1 from ledger_transactions t where t.payment_id = p.id)) as payments_unbooked,
      (select count(*) from deliveries d where not exists (select 1 from ledger_transactions t where t.delivery_id = d.id)) as deliveries_unbooked,
      (select count(*) from payments p where not exists (select 1 from receipts r where r.payment_id = p.id))
        + (select count(*) from deliveries d where not exists (select 1 from receipts r where r.delivery_id = d.id)) as without_receipt`,
  );
  return {
    unbalanced: Number(counts.unbalanced),
    paymentsTotal: BigInt(counts.payments_total!),
    donationsBooked: BigInt(counts.donations_booked!),
    paymentsUnbooked: Number(counts.payments_unbooked),
    deliveriesUnbooked: Number(counts.deliveries_unbooked),
    withoutReceipt: Number(counts.without_receipt),
    balanceMismatches: await list(
      db,
      sql`select coalesce(b.account, e.account) || ' ' || coalesce(b.unit, e.unit) as name
          from ledger_balances b
          full join (select account, unit, sum(greatest(amount, 0)) as debits, sum(greatest(-amount, 0)) as credits
                     from ledger_entries group by account, unit) e on e.account = b.account and e.unit = b.unit
          where b.debits is distinct from e.debits or b.credits is distinct from e.credits
          order by 1 limit 20`,
    ),
    receiptGaps: await list(
      db,
      sql`select issuer as name from receipts group by issuer having count(*) <> max(number) or min(number) <> 1 order by 1`,
    ),
    overdrawn: await list(
      db,
      sql`select account as name from ledger_balances
          where (account like ${`${accountPrefix('fund')}%`} or account like ${`${accountPrefix('household')}%`}) and debits < credits order by 1 limit 20`,
    ),
    spentMismatches: await list(
      db,
      sql`select coalesce(s.commune_code, p.commune_code) as name
          from spent_totals s
          full join (select h.commune_code, sum(b.debits - b.credits) as amount
                     from ledger_balances b join households h on b.account = ${accountPrefix('paid')}::text || h.public_code
                     group by h.commune_code) p on p.commune_code = s.commune_code
          where coalesce(s.amount, 0) <> coalesce(p.amount, 0)
          order by 1 limit 20`,
    ),
    ledgerChain: await checkLedgerChain(db),
    auditChain: await checkAuditChain(db),
  };
}

// Any fixed number: one reconciliation run at a time, across every server.
const reconciliationLockKey = 5_392_027;

/**
 * Runs the reconciliation check and keeps its result with both chains' heads, for /ledger to
 * publish. Servers run it on a schedule; a run already in progress elsewhere is not repeated.
 */
export async function runLedgerCheck(db: Database): Promise<LedgerCheck | undefined> {
  return db.transaction(async (tx) => {
    const locked = await one<{ locked: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${reconciliationLockKey}) as locked`,
    );
    if (!locked.locked) return undefined;
    const findings = reconcile(await measure(tx));
    const [ledger] = await tx
      .select({ sequence: ledgerTransactions.sequence, hash: ledgerTransactions.hash })
      .from(ledgerTransactions)
      .orderBy(desc(ledgerTransactions.sequence))
      .limit(1);
    const [audit] = await tx
      .select({ sequence: auditEvents.sequence, hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.sequence))
      .limit(1);
    const [run] = await tx
      .insert(ledgerChecks)
      .values({
        ranAt: new Date(),
        ok: findings.length === 0,
        findings,
        ledgerSequence: ledger?.sequence ?? 0,
        ledgerHead: ledger?.hash ?? chainStart,
        auditSequence: audit?.sequence ?? 0,
        auditHead: audit?.hash ?? chainStart,
      })
      .returning();
    return run;
  });
}

/** The latest reconciliation runs, newest first, as published. */
export async function recentLedgerChecks(db: Queryable, limit: number): Promise<LedgerCheck[]> {
  return db.select().from(ledgerChecks).orderBy(desc(ledgerChecks.id)).limit(limit);
}

/** The latest reconciliation run, as published. */
export async function latestLedgerCheck(db: Queryable): Promise<LedgerCheck | undefined> {
  const [run] = await recentLedgerChecks(db, 1);
  return run;
}

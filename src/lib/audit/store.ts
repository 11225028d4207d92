import { asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import type { AuditAction } from './audit-actions.ts';
import { chainHash, chainStart, checkChain, type ChainCheck } from '../security/hash-chain.ts';
import type { Database, Queryable, Transaction } from '../../../db/client.ts';
import { auditEvents, officials } from '../../../db/schema/index.ts';

// Any fixed number: one writer at a time extends the chain, across every server.
const auditChainLockKey = 5_392_025;

export interface AuditEntry {
  /** Null when a command on the server made the change. */
  officialId: number | null;
  action: AuditAction;
  subject: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends an event to the audit log, linked to the previous one. Call it inside the
 * transaction that makes the change, so that no change is kept without its record.
 */
export async function recordAuditEvent(tx: Transaction, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${auditChainLockKey})`);
  const [last] = await tx
    .select({ sequence: auditEvents.sequence, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.sequence))
    .limit(1);
  const content = {
    sequence: (last?.sequence ?? 0) + 1,
    occurredAt: new Date().toISOString(),
    officialId: entry.officialId,
    action: entry.action,
    subject: entry.subject,
    // Through JSON, as jsonb will give them back: what is hashed is what is stored.
    before: entry.before === undefined ? null : (JSON.parse(JSON.stringify(entry.before)) as unknown),
    after: entry.after === undefined ? null : (JSON.parse(JSON.stringify(entry.after)) as unknown),
  };
  const previousHash = last?.hash ?? chainStart;
  await tx.insert(auditEvents).values({
    ...content,
    occurredAt: new Date(content.occurredAt),
    previousHash,
    hash: chainHash(previousHash, content),
  });
}

export interface AuditEventRow {
  sequence: number;
  occurredAt: Date;
  officialName: string | null;
  action: AuditAction;
  subject: string;
  before: unknown;
  after: unknown;
  hash: string;
}

/** A page of the audit log, newest first. */
export async function listAuditEvents(
  db: Database,
  page: { offset: number; limit: number },
): Promise<{ events: AuditEventRow[]; total: number }> {
  const events = await db
    .select({
      sequence: auditEvents.sequence,
      occurredAt: auditEvents.occurredAt,
      officialName: officials.name,
      action: auditEvents.action,
      subject: auditEvents.subject,
      before: auditEvents.before,
      after: auditEvents.after,
      hash: auditEvents.hash,
    })
    .from(auditEvents)
    .leftJoin(officials, eq(officials.id, auditEvents.officialId))
    .orderBy(desc(auditEvents.sequence))
    .offset(page.offset)
    .limit(page.limit);
  const [total] = await db.select({ n: count() }).from(auditEvents);
  return { events, total: total!.n };
}

/** Re-computes every link of the chain from the stored events, a thousand at a time. */
/** The hash the audit log's chain holds at `sequence`, or undefined when there is no such event. */
export async function auditHashAt(db: Queryable, sequence: number): Promise<string | undefined> {
  const [row] = await db.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.sequence, sequence));
  return row?.hash;
}

export async function checkAuditChain(db: Queryable): Promise<ChainCheck> {
  let from = { sequence: 0, hash: chainStart };
  let events = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.sequence, from.sequence))
      .orderBy(asc(auditEvents.sequence))
      .limit(1000);
    const result = checkChain(
      batch.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
      from,
    );
    if (!result.ok) return result;
    events += result.records;
    if (batch.length === 0) return { ok: true, records: events, head: from.hash };
    from = { sequence: batch.at(-1)!.sequence, hash: result.head };
  }
}

import { createHash } from 'node:crypto';

/**
 * The audit log is a hash chain: each event's hash covers its content and the previous event's
 * hash, so changing or removing any past event changes every hash after it. Whoever saved a
 * published head can check that history up to it was not rewritten.
 */

/** The hash before the first event. */
export const chainStart = '0'.repeat(64);

export interface AuditEventContent {
  sequence: number;
  occurredAt: string;
  officialId: number | null;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function chainHash(previousHash: string, event: AuditEventContent): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonicalJson(event)).digest('hex');
}

export type ChainCheck = { ok: true; events: number; head: string } | { ok: false; sequence: number; problem: string };

/**
 * Walks events in order and says where the chain breaks: a gap in the numbering, a link that
 * does not point at the previous hash, or content that no longer matches its hash.
 */
export function checkChain(
  events: Iterable<AuditEventContent & { previousHash: string; hash: string }>,
  from: { sequence: number; hash: string } = { sequence: 0, hash: chainStart },
): ChainCheck {
  let expected = from;
  let count = 0;
  for (const event of events) {
    const { previousHash, hash, ...content } = event;
    if (content.sequence !== expected.sequence + 1)
      return { ok: false, sequence: content.sequence, problem: `expected event ${expected.sequence + 1} next` };
    if (previousHash !== expected.hash)
      return { ok: false, sequence: content.sequence, problem: 'does not link to the previous event' };
    if (chainHash(previousHash, content) !== hash)
      return { ok: false, sequence: content.sequence, problem: 'content does not match its hash' };
    expected = { sequence: content.sequence, hash };
    count++;
  }
  return { ok: true, events: count, head: expected.hash };
}

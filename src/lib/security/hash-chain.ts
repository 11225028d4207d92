import { createHash } from 'node:crypto';

/**
 * The audit log and the ledger are hash chains: each record's hash covers its content and the
 * previous record's hash, so changing or removing any past record changes every hash after it.
 * Whoever saved a published head can check that history up to it was not rewritten.
 */

/** The hash before the first record. */
export const chainStart = '0'.repeat(64);

/** A record's content as hashed: numbered from 1 without gaps, and plain JSON otherwise. */
export interface ChainedContent {
  sequence: number;
}

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function chainHash(previousHash: string, record: ChainedContent): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonicalJson(record)).digest('hex');
}

export type ChainCheck = { ok: true; records: number; head: string } | { ok: false; sequence: number; problem: string };

/**
 * Walks records in order and says where the chain breaks: a gap in the numbering, a link that
 * does not point at the previous hash, or content that no longer matches its hash.
 */
export function checkChain(
  records: Iterable<ChainedContent & { previousHash: string; hash: string }>,
  from: { sequence: number; hash: string } = { sequence: 0, hash: chainStart },
): ChainCheck {
  let expected = from;
  let count = 0;
  for (const record of records) {
    const { previousHash, hash, ...content } = record;
    if (content.sequence !== expected.sequence + 1)
      return { ok: false, sequence: content.sequence, problem: `expected record ${expected.sequence + 1} next` };
    if (previousHash !== expected.hash)
      return { ok: false, sequence: content.sequence, problem: 'does not link to the previous record' };
    if (chainHash(previousHash, content) !== hash)
      return { ok: false, sequence: content.sequence, problem: 'content does not match its hash' };
    expected = { sequence: content.sequence, hash };
    count++;
  }
  return { ok: true, records: count, head: expected.hash };
}

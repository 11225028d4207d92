import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, chainStart, checkChain } from '../../src/lib/security/hash-chain.ts';

function chainOf(contents: Record<string, unknown>[]) {
  let previousHash = chainStart;
  return contents.map((content, i) => {
    const event = { ...content, sequence: i + 1 };
    const hash = chainHash(previousHash, event);
    const linked = { ...event, previousHash, hash };
    previousHash = hash;
    return linked;
  });
}

const events = chainOf([
  {
    occurredAt: '2026-11-25T01:00:00.000Z',
    officialId: null,
    action: 'official_created',
    subject: 'official:1',
    before: null,
    after: { email: 'a@x.vn' },
  },
  {
    occurredAt: '2026-11-25T02:00:00.000Z',
    officialId: 1,
    action: 'household_stage_recorded',
    subject: 'household:BG24-07336-001',
    before: { stage: 'started' },
    after: { stage: 'completed' },
  },
  {
    occurredAt: '2026-11-25T03:00:00.000Z',
    officialId: 2,
    action: 'household_stage_recorded',
    subject: 'household:BG24-07336-001',
    before: { stage: 'completed' },
    after: { stage: 'validated' },
  },
]);

describe('the audit hash chain', () => {
  it('hashes the same content the same way whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('accepts an intact chain and names its head', () => {
    expect(checkChain(events)).toEqual({ ok: true, records: 3, head: events[2]!.hash });
  });

  it('finds an event whose content was changed', () => {
    const altered = events.map((e) => (e.sequence === 2 ? { ...e, after: { stage: 'validated' } } : e));
    expect(checkChain(altered)).toEqual({ ok: false, sequence: 2, problem: 'content does not match its hash' });
  });

  it('finds an event that was removed', () => {
    expect(checkChain([events[0]!, events[2]!])).toMatchObject({ ok: false, sequence: 3 });
  });

  it('finds a rewritten history even when every hash was recomputed', () => {
    const contents = events.map(({ sequence: _s, previousHash: _p, hash: _h, ...content }) => content);
    const rewritten = chainOf(contents.map((c, i) => (i === 1 ? { ...c, after: { stage: 'handed_over' } } : c)));
    // Recomputed hashes hang together: the chain alone cannot show the rewrite…
    expect(checkChain(rewritten)).toEqual({ ok: true, records: 3, head: rewritten[2]!.hash });
    // …but a head saved before it no longer matches: that is what publishing the head is for.
    expect(rewritten[2]!.hash).not.toBe(events[2]!.hash);
    // Every record from the rewritten one on has another hash; the one before it is untouched.
    expect(rewritten.map((e, i) => e.hash === events[i]!.hash)).toEqual([true, false, false]);
    // Checked on from a saved record after the rewrite, the chain breaks right there.
    expect(checkChain(rewritten.slice(2), { sequence: 2, hash: events[1]!.hash })).toEqual({
      ok: false,
      sequence: 3,
      problem: 'does not link to the previous record',
    });
  });

  it('continues from a known event, for checking in batches', () => {
    expect(checkChain(events.slice(1), { sequence: 1, hash: events[0]!.hash })).toMatchObject({ ok: true, records: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { generateDemoGifts } from '../../src/lib/pledges/demo-gifts.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';

describe('demo gifts', () => {
  const places = [
    { commune: '07420', homes: ['BG24-07420-001', 'BG24-07420-002'] },
    { commune: '07423', homes: [] },
  ];

  it('are the same every time, valid pledges from donors whose names say they are invented', () => {
    const gifts = generateDemoGifts(places);
    expect(gifts).toEqual(generateDemoGifts(places));
    expect(gifts).toHaveLength(40);
    for (const gift of gifts) {
      expect(gift.fields.donorName!.toLowerCase()).toContain('minh họa');
      expect(readPledgeForm(gift.fields)).toMatchObject({ ok: true });
      expect(gift.received > 0n && gift.received <= BigInt(gift.fields.amount!)).toBe(true);
    }
    expect(new Set(gifts.map((gift) => gift.paymentId)).size).toBe(40);
    // Gifts to homes go to the homes given, and there are some.
    const toHomes = gifts.filter((gift) => gift.fields.targetKind === 'household');
    expect(toHomes.length).toBeGreaterThan(0);
    for (const gift of toHomes) expect(places[0]!.homes).toContain(gift.fields.targetCode);
  });

  it('are none without a place to give to', () => {
    expect(generateDemoGifts([])).toEqual([]);
  });
});

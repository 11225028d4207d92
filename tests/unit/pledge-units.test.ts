import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeGift } from '../../src/lib/pledges/describe-gift.ts';
import { formatExactDecimal, otherUnits, parseQuantity } from '../../src/lib/pledges/material-units.ts';
import { machineryCitation } from '../../src/lib/pledges/vocabulary.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';

describe('material units', () => {
  it('reads quantities as each language writes them, and nothing else', () => {
    expect(parseQuantity('vi', '1.500')).toEqual({ digits: 1500n, scale: 0 });
    expect(parseQuantity('vi', '2,75')).toEqual({ digits: 275n, scale: 2 });
    expect(parseQuantity('en', '1,500.5')).toEqual({ digits: 15005n, scale: 1 });
    for (const bad of ['', '0', '-3', '1,2345', 'abc', '1.50', '1e3'])
      expect(parseQuantity('vi', bad), bad).toBeUndefined();
  });

  it('tells a stored quantity in the other unit where it comes out exact', () => {
    expect(otherUnits('cement', 30n)).toEqual([
      { unit: 'tonne', quantity: { digits: 15n, scale: 1 }, portalSetting: false },
    ]);
    expect(otherUnits('roofing', 61n)).toEqual([
      { unit: 'sheet', quantity: { digits: 305n, scale: 1 }, portalSetting: true },
    ]);
    expect(otherUnits('sand', 4n)).toEqual([]);
    expect(formatExactDecimal('vi', { digits: 15005n, scale: 1 })).toBe('1.500,5');
    expect(formatExactDecimal('en', { digits: 15n, scale: 1 })).toBe('1.5');
  });

  it('shows cement in bags and tonnes, and labels the portal’s own sheet conversion', () => {
    const gift = {
      kind: 'material',
      material: 'cement',
      quantity: 40,
      materialDescription: null,
      skill: null,
    } as const;
    expect(describeGift(messagesFor('vi'), 'vi', gift)).toBe('40 × Xi măng (bao 50 kg) = 2 tấn');
    expect(describeGift(messagesFor('en'), 'en', gift)).toBe('40 × Cement (50 kg bags) = 2 tonnes');
    const roofing = describeGift(messagesFor('vi'), 'vi', { ...gift, material: 'roofing', quantity: 60 });
    expect(roofing).toContain('= 30 tấm');
    expect(roofing).toContain('Quy đổi do cổng thông tin tự đặt');
    const machinery = describeGift(messagesFor('vi'), 'vi', {
      kind: 'machinery',
      quantity: 3,
      material: null,
      materialDescription: null,
      skill: null,
      machine: 'excavator',
      machineDescription: null,
    });
    expect(machinery).toBe('3 ca máy · Máy xúc, máy đào');
  });

  it('quotes machinery as a kind of gift from the Văn Quan plan, word for word', () => {
    const plan = readFileSync(`../shared/plans/${machineryCitation.file}`, 'utf8').replace(/\s+/g, ' ');
    expect(plan).toContain(machineryCitation.quote);
    expect(machineryCitation.quote).toContain('máy móc');
  });
});

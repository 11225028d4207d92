import { describe, expect, it } from 'vitest';
import { readHouseholdEditForm } from '../../src/lib/households/household-edit.ts';
import { amountFromNumber, amountFromText, maximumAmount, parseWholeDong } from '../../src/lib/money/whole-dong.ts';

describe('whole đồng as people write them', () => {
  it('reads dots, commas or spaces between thousands, and a currency after', () => {
    expect(parseWholeDong('60.000.000')).toBe(60_000_000n);
    expect(parseWholeDong('60,000,000 đ')).toBe(60_000_000n);
    expect(parseWholeDong(' 60 000 000 VND ')).toBe(60_000_000n);
    expect(parseWholeDong('60000000₫')).toBe(60_000_000n);
  });

  it('refuses decimals, negative amounts, misplaced separators and words', () => {
    for (const text of ['5000,5', '-5', '6.00.000', '', 'sáu mươi triệu', '1e9'])
      expect(parseWholeDong(text)).toBeUndefined();
  });
});

describe('amounts from outside, checked at the boundary', () => {
  const problem = (result: { ok: boolean; problems?: { code: string }[] }) =>
    result.ok ? 'ok' : result.problems![0]!.code;

  it('take positive whole đồng up to the maximum, as a number or as text', () => {
    expect(amountFromNumber(1_200_000)).toEqual({ ok: true, value: 1_200_000n });
    expect(amountFromNumber(Number(maximumAmount))).toEqual({ ok: true, value: maximumAmount });
    expect(amountFromText('1.200.000 đ')).toEqual({ ok: true, value: 1_200_000n });
  });

  it('refuse zero, below zero, fractions, non-numbers and figures above the maximum, saying which', () => {
    for (const [value, code] of [
      [0, 'amountNotPositive'],
      [-5000, 'amountNotPositive'],
      [12.5, 'amountNotWholeDong'],
      [Number.NaN, 'amountNotWholeDong'],
      [Number.POSITIVE_INFINITY, 'amountNotWholeDong'],
      ['5000', 'amountNotWholeDong'],
      [null, 'amountNotWholeDong'],
      [1e30, 'amountTooLarge'],
      [Number(maximumAmount) + 1, 'amountTooLarge'],
    ] as const)
      expect(problem(amountFromNumber(value)), String(value)).toBe(code);
    for (const [text, code] of [
      ['0', 'amountNotPositive'],
      ['-5.000', 'amountNotWholeDong'],
      ['5000,5', 'amountNotWholeDong'],
      ['1.000.000.000.001', 'amountTooLarge'],
    ] as const)
      expect(problem(amountFromText(text)), text).toBe(code);
  });
});

describe("an official's correction of a household", () => {
  const fields = {
    village: 'Thôn 3',
    category: 'near_poor',
    supportType: 'repair',
    supportProgramme: 'temporary_housing_elimination',
    supportAmount: '30.000.000',
  };

  it('reads the corrected record', () => {
    expect(readHouseholdEditForm(fields)).toEqual({ ok: true, value: { ...fields, supportAmount: 30_000_000n } });
  });

  it('names the field of each problem', () => {
    expect(readHouseholdEditForm({ ...fields, village: ' ', category: 'rich', supportAmount: 'ba mươi' })).toEqual({
      ok: false,
      problems: [
        { code: 'villageMissing', field: 'village' },
        { code: 'categoryUnknown', field: 'category' },
        { code: 'amountInvalid', field: 'supportAmount' },
      ],
    });
  });
});

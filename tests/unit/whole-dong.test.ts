import { describe, expect, it } from 'vitest';
import { readHouseholdEditForm } from '../../src/lib/households/household-edit.ts';
import { parseWholeDong } from '../../src/lib/money/whole-dong.ts';

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

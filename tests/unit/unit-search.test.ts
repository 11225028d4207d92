import { describe, expect, it } from 'vitest';
import { distinctLabels, gradeMatch, rankOf } from '../../src/lib/units/unit-search.ts';

const hoaBinhVanQuan = { name: 'Hòa Bình', fullName: 'Xã Hòa Bình', context: ['Huyện Văn Quan', 'Tỉnh Lạng Sơn'] };
const vanQuan = { name: 'Văn Quan', fullName: 'Huyện Văn Quan', context: ['', 'Tỉnh Lạng Sơn'] };

describe('matching a search to a unit', () => {
  it('matches a name typed with or without diacritics, exactly, by its start, or inside it', () => {
    expect(gradeMatch('hoa binh', hoaBinhVanQuan)).toEqual({ grade: 'exact', viaContext: false });
    expect(gradeMatch('Xã Hòa Bình', hoaBinhVanQuan)).toEqual({ grade: 'exact', viaContext: false });
    expect(gradeMatch('hoa bi', hoaBinhVanQuan)).toEqual({ grade: 'prefix', viaContext: false });
    expect(gradeMatch('binh', hoaBinhVanQuan)).toEqual({ grade: 'contains', viaContext: false });
  });

  it('accepts the district or province before or after the name', () => {
    expect(gradeMatch('Hoa Binh Van Quan', hoaBinhVanQuan)).toEqual({ grade: 'exact', viaContext: true });
    expect(gradeMatch('lang son hoa binh', hoaBinhVanQuan)).toEqual({ grade: 'exact', viaContext: true });
    expect(gradeMatch('van quan lang son', vanQuan)).toEqual({ grade: 'exact', viaContext: true });
    expect(gradeMatch('hoa binh, huyện văn q', hoaBinhVanQuan)).toEqual({ grade: 'exact', viaContext: true });
  });

  it('refuses a name that only contains a word when the rest is read as its place', () => {
    const truongTho = { name: 'Trường Thọ', fullName: 'Phường Trường Thọ', context: ['Thành phố Đức Hòa', ''] };
    expect(gradeMatch('duc tho', truongTho)).toBeUndefined();
    expect(gradeMatch('hoa binh cao bang', hoaBinhVanQuan)).toBeUndefined();
  });

  it('ranks by grade, then name-only matches, then today’s units, then level', () => {
    const exact = { grade: 'exact', viaContext: false } as const;
    const viaPlace = { grade: 'exact', viaContext: true } as const;
    const prefix = { grade: 'prefix', viaContext: false } as const;
    expect(rankOf(exact, false, 'commune')).toBeLessThan(rankOf(viaPlace, true, 'province'));
    expect(rankOf(viaPlace, false, 'commune')).toBeLessThan(rankOf(prefix, true, 'province'));
    expect(rankOf(exact, true, 'commune')).toBeLessThan(rankOf(exact, false, 'province'));
    expect(rankOf(exact, true, 'province')).toBeLessThan(rankOf(exact, true, 'commune'));
  });

  it('gives a code only to labels that would otherwise read the same', () => {
    const items = [
      { label: 'Xã Hòa Bình', code: '1' },
      { label: 'Xã Hòa Bình', code: '2' },
      { label: 'Xã An Bình', code: '3' },
    ];
    expect(
      distinctLabels(
        items,
        (i) => i.label,
        (i) => i.code,
      ),
    ).toEqual(['Xã Hòa Bình (1)', 'Xã Hòa Bình (2)', 'Xã An Bình']);
  });
});

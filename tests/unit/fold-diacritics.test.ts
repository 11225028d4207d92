import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/lib/units/fold-diacritics.ts';

describe('foldDiacritics', () => {
  it('removes Vietnamese tone marks and vowel marks', () => {
    expect(foldDiacritics('Phường Ba Đình')).toBe('phuong ba dinh');
    expect(foldDiacritics('Xã Đức Thọ')).toBe('xa duc tho');
    expect(foldDiacritics('Mường Lay')).toBe('muong lay');
  });

  it('turns đ and Đ into d, which Unicode decomposition alone does not', () => {
    expect(foldDiacritics('Đặc khu Hoàng Sa')).toBe('dac khu hoang sa');
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldDiacritics('Thọ'.normalize('NFD'))).toBe(foldDiacritics('Thọ'.normalize('NFC')));
  });

  it('collapses runs of spaces and trims', () => {
    expect(foldDiacritics('  Bắc   Kạn ')).toBe('bac kan');
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDong,
  formatList,
  formatNumber,
  formatPartialDate,
  formatPercent,
} from '../../src/lib/i18n/format.ts';

describe('formatting for people', () => {
  it('writes whole đồng with the separators each language expects', () => {
    // A no-break space keeps the symbol on the amount's line.
    expect(formatDong('vi', 60_000_000n)).toBe('60.000.000\u00a0₫');
    expect(formatDong('en', 60_000_000n)).toBe('₫60,000,000');
  });

  it('keeps đồng exact beyond what a float can hold', () => {
    expect(formatDong('vi', 9_007_199_254_740_993n)).toBe('9.007.199.254.740.993\u00a0₫');
  });

  it('shows a moment in Vietnam’s time zone, whatever the server’s', () => {
    // 17:30 UTC on 30 June is already 1 July in Hà Nội.
    const text = formatDateTime('vi', new Date('2025-06-30T17:30:00Z'));
    expect(text).toContain('00:30');
    expect(text).toContain('1/7/2025');
  });

  it('shows calendar dates without shifting them a day', () => {
    expect(formatDate('en', '2025-07-01')).toBe('1 Jul 2025');
  });

  it('writes document dates that give only a year or a month', () => {
    expect(formatPartialDate('vi', '2024-07')).toBe('tháng 7/2024');
    expect(formatPartialDate('en', '2024')).toBe('2024');
  });

  it('writes a missing percentage as a dash', () => {
    expect(formatPercent('vi', null)).toBe('–');
    expect(formatPercent('vi', 67)).toBe('67%');
  });

  it('writes figures as one unbreakable word, English ones with every digit', () => {
    expect(formatDong('en', 60_420_000_000n)).toBe('₫60,420,000,000');
    expect(formatDong('vi', 60_420_000_000n)).toBe('60.420.000.000\u00a0₫');
    expect(formatNumber('vi', 1_234_567)).toBe('1.234.567');
    for (const text of [formatDong('vi', 5n), formatDong('en', 5n), formatNumber('en', 12_345), formatPercent('vi', 5)])
      expect(text).not.toMatch(/[ \t\n\u2009]/u); // only no-break spaces
  });

  it('joins lists with "and" or "or" in the reader\'s language', () => {
    expect(formatList('vi', ['Hộ nghèo', 'Hộ cận nghèo', 'Thân nhân liệt sĩ'], 'and')).toBe(
      'Hộ nghèo, Hộ cận nghèo và Thân nhân liệt sĩ',
    );
    expect(formatList('vi', ['xây mới', 'sửa chữa'], 'or')).toBe('xây mới hoặc sửa chữa');
    expect(formatList('en', ['poor', 'near-poor', 'disaster-affected'], 'and')).toBe(
      'poor, near-poor, and disaster-affected',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { isListedOneByOne, listedIfEndedOnOrAfter, listsHouseholds } from '../../src/lib/privacy/list-retention.ts';

describe('how long households are listed one by one', () => {
  it('counts calendar months back from today, clamped to the month’s last day', () => {
    expect(listedIfEndedOnOrAfter('2026-12-01', 36)).toBe('2023-12-01');
    expect(listedIfEndedOnOrAfter('2026-03-31', 1)).toBe('2026-02-28');
    expect(listedIfEndedOnOrAfter('2028-03-31', 1)).toBe('2028-02-29');
    expect(listedIfEndedOnOrAfter('2026-01-15', 13)).toBe('2024-12-15');
    expect(listedIfEndedOnOrAfter('2026-05-05', 0)).toBe('2026-05-05');
  });

  it('keeps a campaign listed until the set months after its end, then not', () => {
    // Bắc Giang's campaign ended on 31/12/2024.
    expect(isListedOneByOne('2024-12-31', '2025-12-31', 12)).toBe(true);
    expect(isListedOneByOne('2024-12-31', '2026-01-01', 12)).toBe(false);
    expect(isListedOneByOne('2025-12-31', '2026-12-01', 12)).toBe(true);
  });

  it('is the portal’s own setting, 36 months unless the operator sets another', () => {
    expect(readEnvironment({}).HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN).toBe(36);
    expect(readEnvironment({ HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN: '6' }).HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN).toBe(6);
    expect(() => readEnvironment({ HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN: 'soon' })).toThrow(
      /HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN/,
    );
  });

  it('names no data controller unless the operator configures one', () => {
    expect(readEnvironment({}).DATA_CONTROLLER_NAME).toBeUndefined();
    expect(readEnvironment({ DATA_CONTROLLER_NAME: ' UBND tỉnh Thái Nguyên ' }).DATA_CONTROLLER_NAME).toBe(
      'UBND tỉnh Thái Nguyên',
    );
  });
});

describe('addresses that list households, kept out of search engines', () => {
  it('are the commune lists, their printed notices and the household files', () => {
    for (const path of ['/commune/18229', '/en/commune/18229', '/commune/18229/notice', '/api/households/18229.csv'])
      expect(listsHouseholds(path), path).toBe(true);
    for (const path of ['/', '/province/42', '/old/06', '/campaigns/bac-kan-2025', '/api/progress/provinces.json'])
      expect(listsHouseholds(path), path).toBe(false);
  });
});

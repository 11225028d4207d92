import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  noThresholds,
  readThresholdSettings,
  thresholdsOf,
  ThresholdSettingsError,
} from '../../src/lib/recognition/threshold-settings.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'thresholds-'));
function file(content: unknown): string {
  const at = path.join(folder, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content));
  return at;
}

describe('the operator’s recognition thresholds', () => {
  it('are none at all when the operator has set none: no default that looks official', () => {
    expect(readThresholdSettings(undefined)).toEqual(noThresholds);
    expect(thresholdsOf(noThresholds, 'duc-tho-2025')).toEqual({});
  });

  it('are read with who set them, amounts as whole đồng', () => {
    const settings = readThresholdSettings(
      file({
        setBy: { vi: 'Ủy ban MTTQ huyện Đức Thọ', en: 'Đức Thọ district Fatherland Front' },
        campaigns: { 'duc-tho-2025': { commune: { cash: '20000000', workdays: 50 } } },
      }),
    );
    expect(settings.setBy?.vi).toBe('Ủy ban MTTQ huyện Đức Thọ');
    expect(thresholdsOf(settings, 'duc-tho-2025')).toEqual({ commune: { cash: 20_000_000n, workdays: 50 } });
    expect(thresholdsOf(settings, 'bac-kan-2025')).toEqual({});
  });

  it('refuse a file without who set them, an unknown level, a fractional amount or an empty level, naming the problem', () => {
    const setBy = { vi: 'Đơn vị vận hành', en: 'Operator' };
    const cases: [unknown, RegExp][] = [
      [{ campaigns: {} }, /setBy/],
      [{ setBy, campaigns: { x: { national: { cash: '1' } } } }, /campaigns\.x Unrecognized key: "national"/],
      [{ setBy, campaigns: { x: { commune: { cash: '20000000.5' } } } }, /whole đồng/],
      [{ setBy, campaigns: { x: { commune: {} } } }, /set at least one threshold/],
      ['{ not json', /RECOGNITION_THRESHOLDS_FILE/],
    ];
    for (const [content, message] of cases) {
      const at = file(content);
      expect(() => readThresholdSettings(at)).toThrow(ThresholdSettingsError);
      expect(() => readThresholdSettings(at)).toThrow(message);
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { ReferenceDataError, readReferenceData } from '../../src/lib/units/reference-data.ts';

const dataDir = readEnvironment({}).SHARED_DATA_DIR;
const data = readReferenceData(dataDir);

describe('reading ../shared/data', () => {
  it('finds the counts the data README promises', () => {
    const tally = (era: string, level: string) => data.units.filter((u) => u.era === era && u.level === level).length;
    expect([tally('2025', 'province'), tally('2025', 'commune')]).toEqual([34, 3321]);
    expect([tally('pre2025', 'province'), tally('pre2025', 'district'), tally('pre2025', 'commune')]).toEqual([
      63, 696, 10035,
    ]);
    expect(data.successions).toHaveLength(10571);
    expect(data.successions.filter((s) => s.kind === 'part')).toHaveLength(969);
  });

  it('keeps the codes as text with their leading zeros', () => {
    expect(data.units.find((u) => u.era === '2025' && u.code === '00004')?.fullName).toBe('Phường Ba Đình');
  });

  it('gives every unit its province, through the district for a pre-2025 commune', () => {
    const trucBach = data.units.find((u) => u.era === 'pre2025' && u.code === '00004');
    expect(trucBach).toMatchObject({ parentCode: '001', provinceCode: '01' });
    expect(data.units.every((u) => /^\d{2}$/.test(u.provinceCode))).toBe(true);
  });

  it('gives every 2025 commune a point and an area', () => {
    const communes = data.units.filter((u) => u.era === '2025' && u.level === 'commune');
    expect(communes).toHaveLength(3321);
    expect(communes.every((c) => c.lon !== null && c.lat !== null && c.areaKm2 !== null)).toBe(true);
  });

  it('keeps the one coastal area that has no code, named instead', () => {
    const areas = data.successions.filter((s) => s.oldLevel === 'area');
    expect(areas).toEqual([expect.objectContaining({ oldCode: null, newCommuneCode: '14698' })]);
  });

  it('still matches KNOWN-GAPS.txt: a new line there means the sources changed', () => {
    const gaps = readFileSync(path.join(dataDir, 'units/KNOWN-GAPS.txt'), 'utf8').trim().split('\n');
    expect(gaps).toHaveLength(5);
  });

  it('reads the boundaries of the whole country and of each province', () => {
    expect(data.boundaries.map((b) => b.scope).slice(0, 2)).toEqual(['provinces', 'communes']);
    expect(data.boundaries.find((b) => b.scope === 'provinces')?.featureCount).toBe(34);
    expect(data.boundaries.find((b) => b.scope === 'communes')?.featureCount).toBe(3321);
  });

  it('says where to point SHARED_DATA_DIR when the folder is missing', () => {
    expect(() => readReferenceData('/nonexistent')).toThrow(ReferenceDataError);
    expect(() => readReferenceData('/nonexistent')).toThrow(/set SHARED_DATA_DIR/);
  });
});

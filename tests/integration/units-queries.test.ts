import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import {
  findUnit,
  listChildren,
  predecessorsOf,
  provinceSuccessorOf,
  searchUnits,
  successorsOf,
} from '../../src/lib/units/store.ts';
import { driverUnderTest } from './support/test-database.ts';
import { createSeededDatabase } from './support/seeded-database.ts';

describe(`administrative unit queries (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    // The seeded copy holds the reference data (and campaigns and households, which no query here reads).
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('finds Đức Thọ typed with diacritics, without them, or in capitals', async () => {
    for (const query of ['Đức Thọ', 'duc tho', 'DUC THO', 'đức thọ']) {
      const names = (await searchUnits(database.db, query)).map((u) => `${u.era} ${u.fullName}`);
      // Names ending in the query come before longer ones that merely contain it (Đức Thông).
      expect(names, query).toEqual([
        '2025 Xã Đức Thọ',
        'pre2025 Huyện Đức Thọ',
        'pre2025 Thị trấn Đức Thọ',
        'pre2025 Xã Đức Thông',
      ]);
    }
  });

  it('lists today’s units before former ones, and provinces before communes', async () => {
    const results = await searchUnits(database.db, 'Bắc Kạn');
    expect(results[0]).toMatchObject({ era: '2025', fullName: 'Phường Bắc Kạn', provinceName: 'Tỉnh Thái Nguyên' });
    expect(results.find((u) => u.era === 'pre2025')).toMatchObject({ level: 'province', fullName: 'Tỉnh Bắc Kạn' });
  });

  it('treats % and _ in a search as plain characters', async () => {
    expect(await searchUnits(database.db, '%%')).toEqual([]);
    expect(await searchUnits(database.db, '__')).toEqual([]);
  });

  it('finds a unit by its code, keeping leading zeros', async () => {
    expect((await searchUnits(database.db, '01')).map((u) => u.fullName)).toContain('Thành phố Hà Nội');
    expect(await findUnit(database.db, '2025', '1')).toBeUndefined();
  });

  it('lists the communes of a 2025 province', async () => {
    const communes = await listChildren(database.db, { era: '2025', code: '42' });
    expect(communes.length).toBeGreaterThan(50);
    expect(communes.every((c) => c.level === 'commune' && c.provinceCode === '42')).toBe(true);
  });

  it('follows a former district’s communes to today’s communes, each once', async () => {
    const successors = await successorsOf(database.db, { code: '440', level: 'district' });
    const codes = successors.map((s) => s.unit.code);
    expect(codes).toContain('18229');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names the former units that formed a 2025 commune', async () => {
    const predecessors = await predecessorsOf(database.db, '00004');
    expect(predecessors.map((p) => p.unit?.fullName)).toContain('Phường Trúc Bạch');
  });

  it('maps a former province to the province it merged into', async () => {
    expect((await provinceSuccessorOf(database.db, '06'))?.fullName).toBe('Tỉnh Thái Nguyên');
    expect((await provinceSuccessorOf(database.db, '24'))?.fullName).toBe('Tỉnh Bắc Ninh');
  });
});

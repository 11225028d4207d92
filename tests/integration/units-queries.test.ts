import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import {
  findUnit,
  listChildren,
  predecessorsOf,
  provinceSuccessorOf,
  successorsOf,
} from '../../src/lib/units/store.ts';
import { searchUnits } from '../../src/lib/units/search-store.ts';
import { receivesForLine, searchResultLines, unitPagePath } from '../../src/lib/units/search-result-label.ts';
import { searchReceivingUnits } from '../../src/lib/units/receiving-units-store.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { foldDiacritics } from '../../src/lib/units/fold-diacritics.ts';
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
      const results = await searchUnits(database.db, query);
      const names = results.filter((u) => !u.viaContext).map((u) => `${u.era} ${u.fullName}`);
      // Names ending in the query come before longer ones that merely contain it (Đức Thông).
      expect(names, query).toEqual([
        '2025 Xã Đức Thọ',
        'pre2025 Huyện Đức Thọ',
        'pre2025 Thị trấn Đức Thọ',
        'pre2025 Xã Đức Thông',
      ]);
      // Then places whose name starts a query that goes on with their district or province (Đức Nhàn, Phú Thọ).
      expect(results.slice(0, 4).every((u) => !u.viaContext)).toBe(true);
    }
  });

  it('lists today’s units before former ones, and provinces before communes', async () => {
    const results = await searchUnits(database.db, 'Bắc Kạn');
    expect(results[0]).toMatchObject({ era: '2025', fullName: 'Phường Bắc Kạn', provinceName: 'Tỉnh Thái Nguyên' });
    expect(results.find((u) => u.era === 'pre2025')).toMatchObject({ level: 'province', fullName: 'Tỉnh Bắc Kạn' });
  });

  it('finds a place named with its district or province, in either order, without diacritics', async () => {
    const vanQuan = (await searchUnits(database.db, 'van quan lang son')).map((u) => `${u.era} ${u.fullName}`);
    expect(vanQuan.slice(0, 3)).toEqual(['2025 Xã Văn Quan', 'pre2025 Huyện Văn Quan', 'pre2025 Thị trấn Văn Quan']);
    const hoaBinh = await searchUnits(database.db, 'Hoa Binh Van Quan');
    expect(hoaBinh[0]).toMatchObject({
      era: 'pre2025',
      fullName: 'Xã Hòa Bình',
      districtName: 'Huyện Văn Quan',
      provinceName: 'Tỉnh Lạng Sơn',
      grade: 'exact',
    });
    // Each result of a place + district query lies in that district.
    expect(hoaBinh.every((u) => u.districtName === 'Huyện Văn Quan' || u.fullName.includes('Văn Quan'))).toBe(true);
  });

  it('ranks exact names, then names starting with the query, then names containing it, today’s first in each', async () => {
    const results = await searchUnits(database.db, 'Hoa Binh');
    const grades = results.map((u) => u.grade);
    const order = ['exact', 'prefix', 'contains'];
    expect(grades).toEqual([...grades].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(results[0]).toMatchObject({ grade: 'exact', viaContext: false, era: '2025' });
    const exact = results.filter((u) => u.grade === 'exact' && !u.viaContext);
    const firstFormer = exact.findIndex((u) => u.era === 'pre2025');
    expect(firstFormer).toBeGreaterThan(0);
    expect(exact.slice(firstFormer).every((u) => u.era === 'pre2025')).toBe(true);
    expect(results.some((u) => u.grade === 'prefix' || u.grade === 'contains')).toBe(true);
    expect(exact.every((u) => foldDiacritics(u.name) === 'hoa binh')).toBe(true);
  });

  it('shows each former unit with its district and what it is now part of, no two lines alike', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const results = await searchUnits(database.db, 'Hoa Binh');
      const lines = searchResultLines(messagesFor(locale), results, locale, (r) => unitPagePath(locale, r));
      const shown = lines.map((l) => [l.name, l.where, l.formerBadge, l.nowPartOf].join(' | '));
      expect(new Set(shown).size, shown.join('\n')).toBe(shown.length);
      const formerCommunes = results.filter((r) => r.era === 'pre2025' && r.level === 'commune');
      expect(formerCommunes.length).toBeGreaterThan(4);
      expect(formerCommunes.every((r) => r.districtName && r.nowPartOf.length > 0)).toBe(true);
      const langSon = lines.filter((_line, i) => results[i]!.era === 'pre2025' && results[i]!.provinceCode === '20');
      expect(langSon.length).toBeGreaterThanOrEqual(4);
      expect(langSon.every((l) => l.nowPartOf?.includes(locale === 'vi' ? 'nay thuộc' : 'now part of'))).toBe(true);
    }
  });

  it('says only of a former unit what it is now part of, though codes repeat across eras', async () => {
    const results = await searchUnits(database.db, 'Văn Quan');
    const today = results.find((r) => r.era === '2025' && r.code === '06253')!;
    expect(today.fullName).toBe('Xã Văn Quan');
    expect(results.filter((r) => r.era === '2025').every((r) => r.nowPartOf.length === 0)).toBe(true);
    const lines = searchResultLines(messagesFor('vi'), results, 'vi', (r) => unitPagePath('vi', r));
    expect(lines.find((l) => l.era === '2025' && l.code === '06253')!.nowPartOf).toBeNull();
    const town = lines.find((l) => l.era !== '2025' && l.name === 'Thị trấn Văn Quan')!;
    expect(town.nowPartOf).toBe('nay thuộc Xã Văn Quan');
  });

  it('leads a former unit’s name to the units of today that receive for it', async () => {
    const town = await searchReceivingUnits(database.db, 'Thị trấn Văn Quan', 'commune', 8);
    // Looser matches follow (Thị trấn Cái Rồng, Huyện Vân Đồn, Quảng Ninh): the one named exactly is chosen.
    expect(town.filter((r) => r.exact).map((r) => [r.unit.code, r.unit.era, r.formerly?.fullName])).toEqual([
      ['06253', '2025', 'Thị trấn Văn Quan'],
    ]);
    expect(town[0]!.unit.code).toBe('06253');
    const district = await searchReceivingUnits(database.db, 'Huyện Văn Quan', 'commune', 8);
    expect(district.map((r) => r.unit.code)).toContain('06253');
    // The district's communes went into several of today's: each is offered, none chosen for the donor.
    const fromDistrict = district.filter((r) => r.formerly?.fullName === 'Huyện Văn Quan');
    expect(fromDistrict.length).toBeGreaterThan(1);
    expect(fromDistrict.every((r) => r.unit.era === '2025' && !r.exact)).toBe(true);
    const province = await searchReceivingUnits(database.db, 'Huyện Văn Quan', 'province', 8);
    expect(province.filter((r) => r.exact).map((r) => r.unit.fullName)).toEqual(['Tỉnh Lạng Sơn']);
    const t = messagesFor('en');
    expect(receivesForLine(t, 'en', town[0]!.formerly)).toBe(
      `receives for Van Quan Township (${t.units.formerUnitBadge})`,
    );
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

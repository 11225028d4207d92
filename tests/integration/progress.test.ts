import { and, count, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import {
  listPublicHouseholdsOfCommune,
  listVillagesOfCommune,
  replaceDemoHouseholds,
} from '../../src/lib/households/store.ts';
import { deliveriesByMonth, progressBreakdown, progressByUnit, progressOf } from '../../src/lib/progress/store.ts';
import { communePageView, nationalPageView, provincePageView } from '../../src/lib/progress/place-page-store.ts';
import { communesProgressTable, provincesProgressTable } from '../../src/lib/progress/open-data-store.ts';
import { households, unitSuccessions } from '../../db/schema/index.ts';
import type { DemoHousehold } from '../../src/lib/households/demo-households.ts';
import { addCounts, delivered, emptyCounts, inScope, progressPercent } from '../../src/lib/progress/progress-counts.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`progress figures on the seeded data (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('adds up: the nation equals the sum of its provinces, and both equal the households', async () => {
    const nation = await progressOf(database.db, { level: 'nation' });
    const provinces = [...(await progressByUnit(database.db, { era: '2025', level: 'province' })).values()].reduce(
      addCounts,
      emptyCounts,
    );
    expect(provinces).toEqual(nation.counts);
    const [direct] = await database.db
      .select({
        all: count(),
        withdrawn: sql<number>`count(*) filter (where ${households.stage} = 'withdrawn')`.mapWith(Number),
      })
      .from(households);
    expect(nation.counts.households).toBe(direct?.all);
    expect(nation.counts.withdrawn).toBe(direct?.withdrawn);
    expect(nation.asOf).toBeInstanceOf(Date);
  });

  it('counts every delivered home once in the month it was first completed', async () => {
    const nation = await progressOf(database.db, { level: 'nation' });
    const months = await deliveriesByMonth(database.db, { level: 'nation' });
    expect(delivered(nation.counts)).toBeGreaterThan(0);
    expect(months.length).toBeGreaterThan(1);
    expect(months.reduce((sum, m) => sum + m.delivered, 0)).toBe(delivered(nation.counts));
    expect(months.every((m) => m.month.endsWith('-01'))).toBe(true);
  });

  it('places every household recorded under a pre-2025 commune in one of its official successors', async () => {
    const misplaced = await database.db
      .select({ code: households.publicCode })
      .from(households)
      .where(
        and(
          eq(households.recordedEra, 'pre2025'),
          sql`not exists (select 1 from ${unitSuccessions} s where s.old_code = ${households.recordedCommuneCode} and s.new_commune_code = ${households.communeCode})`,
        ),
      );
    expect(misplaced).toEqual([]);
    const [old] = await database.db.select({ n: count() }).from(households).where(ne(households.recordedEra, '2025'));
    expect(old?.n).toBeGreaterThan(0);
  });
});

describe(`progress across the 1 July 2025 reorganisation (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
    // Thị trấn Đức Thọ (18229, before) went whole into Xã Đức Thọ (18229, after), Hà Tĩnh (42).
    const household = (code: string, era: 'pre2025' | '2025', stages: DemoHousehold['stages']): DemoHousehold => ({
      publicCode: code,
      campaignId: 'duc-tho-2025',
      recordedEra: era,
      recordedCommuneCode: '18229',
      communeCode: '18229',
      village: 'Thôn 1',
      category: 'poor',
      supportProgramme: 'temporary_housing_elimination',
      supportType: 'new_build',
      displayName: 'N.V.A.',
      supportAmount: 60_000_000n,
      stages,
      withdrawnReason: null,
    });
    await replaceDemoHouseholds(database.db, [
      household('DT25-T-1', 'pre2025', [
        { stage: 'identified', occurredOn: '2024-11-05' },
        { stage: 'completed', occurredOn: '2025-03-01' },
      ]),
      household('DT25-T-2', '2025', [{ stage: 'started', occurredOn: '2025-08-01' }]),
      household('DT25-T-3', 'pre2025', [{ stage: 'withdrawn', occurredOn: '2025-01-10' }]),
    ]);
  });
  afterAll(() => database?.close());

  it('counts a household recorded under the old commune in today’s commune and province', async () => {
    const commune = await progressOf(database.db, { level: 'commune', era: '2025', code: '18229' });
    const province = await progressOf(database.db, { level: 'province', era: '2025', code: '42' });
    for (const figures of [commune, province]) {
      expect(figures.counts.households).toBe(3);
      expect(inScope(figures.counts)).toBe(2);
      expect(delivered(figures.counts)).toBe(1);
      expect(progressPercent(figures.counts)).toBe(50);
      expect(figures.counts.supportAmount).toBe(120_000_000n);
    }
    expect([...(await progressByUnit(database.db, { era: '2025', level: 'province' })).keys()]).toEqual(['42']);
    expect([...(await progressByUnit(database.db, { era: '2025', level: 'commune', within: '42' })).keys()]).toEqual([
      '18229',
    ]);
  });

  it('shows the same households under the pre-2025 units they were recorded in', async () => {
    // Thị trấn Đức Thọ was in Huyện Đức Thọ (440), province Hà Tĩnh (42) before 1 July 2025.
    const oldCommune = await progressOf(database.db, { level: 'commune', era: 'pre2025', code: '18229' });
    const oldProvince = await progressOf(database.db, { level: 'province', era: 'pre2025', code: '42' });
    // The household recorded after the reorganisation belongs to no pre-2025 unit.
    for (const figures of [oldCommune, oldProvince]) {
      expect(figures.counts.households).toBe(2);
      expect(delivered(figures.counts)).toBe(1);
    }
    const byOldCommune = await progressByUnit(database.db, { era: 'pre2025', level: 'commune', within: '42' });
    expect([...byOldCommune.keys()]).toEqual(['18229']);
  });

  it('splits figures by category, support type and programme, and by campaign', async () => {
    const rows = await progressBreakdown(database.db, { level: 'province', era: '2025', code: '42' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      category: 'poor',
      supportType: 'new_build',
      supportProgramme: 'temporary_housing_elimination',
    });
    expect(rows[0]?.counts.newBuild).toBe(2);
    const otherCampaign = await progressOf(database.db, { level: 'nation' }, { campaignId: 'national-2025' });
    expect(otherCampaign.counts.households).toBe(0);
  });

  it('filters a commune’s public list by status or by part of a code, wildcards taken literally', async () => {
    const codes = async (filter: Parameters<typeof listPublicHouseholdsOfCommune>[2]) =>
      (await listPublicHouseholdsOfCommune(database.db, '18229', filter)).map((h) => h.publicCode);
    expect(await codes({})).toEqual(['DT25-T-1', 'DT25-T-2', 'DT25-T-3']);
    expect(await codes({ stage: 'started' })).toEqual(['DT25-T-2']);
    expect(await codes({ text: 't-3' })).toEqual(['DT25-T-3']);
    expect(await codes({ text: '%' })).toEqual([]);
    expect(await listVillagesOfCommune(database.db, '18229')).toEqual(['Thôn 1']);
  });

  it('dates a delivery by its first completion, and leaves out unfinished and withdrawn homes', async () => {
    expect(await deliveriesByMonth(database.db, { level: 'commune', code: '18229' })).toEqual([
      { month: '2025-03-01', delivered: 1 },
    ]);
    expect(await deliveriesByMonth(database.db, { level: 'province', code: '01' })).toEqual([]);
  });

  it('shows no figure, rather than 0%, for a province without households', async () => {
    const hanoi = await progressOf(database.db, { level: 'province', era: '2025', code: '01' });
    expect(hanoi.counts).toEqual(emptyCounts);
    expect(progressPercent(hanoi.counts)).toBeNull();
  });

  it('reads all a commune’s page shows in one call, its list narrowed by the filter', async () => {
    const view = await communePageView(database.db, '18229');
    expect(view).toMatchObject({
      commune: { code: '18229', level: 'commune' },
      province: { code: '42', level: 'province' },
      money: { pledged: expect.any(BigInt), received: expect.any(BigInt), spent: expect.any(BigInt) },
      complaints: [],
    });
    expect(view!.figures).toEqual(await progressOf(database.db, { level: 'commune', era: '2025', code: '18229' }));
    expect(view!.households).toEqual(await listPublicHouseholdsOfCommune(database.db, '18229'));
    expect(view!.villages).toEqual(await listVillagesOfCommune(database.db, '18229'));
    const stage = view!.households[0]!.stage;
    const narrowed = await communePageView(database.db, '18229', { stage });
    expect(narrowed!.households.length).toBeGreaterThan(0);
    expect(narrowed!.households.every((household) => household.stage === stage)).toBe(true);
    expect(narrowed!.villages).toEqual(view!.villages);
    expect(await communePageView(database.db, '99999')).toBeUndefined();
    expect(await communePageView(database.db, '42')).toBeUndefined();
  });

  it('reads all a province’s page shows in one call', async () => {
    const view = await provincePageView(database.db, '42');
    expect(view).toMatchObject({ province: { code: '42' }, demo: true });
    expect(view!.communes.length).toBeGreaterThan(0);
    expect(view!.communes.every((commune) => commune.provinceCode === '42')).toBe(true);
    expect(view!.byCommune).toEqual(await progressByUnit(database.db, { era: '2025', level: 'commune', within: '42' }));
    expect(view!.figures).toEqual(await progressOf(database.db, { level: 'province', era: '2025', code: '42' }));
    expect(await provincePageView(database.db, '18229')).toBeUndefined();
  });

  it('reads all the national page shows in one call', async () => {
    const view = await nationalPageView(database.db, { hoangSa: 'Hoàng Sa', truongSa: 'Trường Sa' });
    expect(view.figures).toEqual(await progressOf(database.db, { level: 'nation' }));
    expect(view.byProvince).toEqual(await progressByUnit(database.db, { era: '2025', level: 'province' }));
    expect(view.provinces).toHaveLength(34);
    expect(view.campaigns.map((campaign) => campaign.id)).toContain('national-2025');
    expect(view.places.map((place) => place.name)).toEqual(['Hoàng Sa', 'Trường Sa']);
    expect(view.spent).toBe(0n);
  });

  it('reads a progress file’s rows in one call, refusing what the address gets wrong', async () => {
    const query = (text: string) => new URLSearchParams(text);
    const provinces = await provincesProgressTable(database.db, 'geojson', query(''));
    if (!provinces.ok) throw new Error(JSON.stringify(provinces.problems));
    expect(provinces.value.query).toEqual({ format: 'geojson', era: '2025', campaignId: undefined });
    expect(provinces.value.rows).toHaveLength(34);
    expect(provinces.value.topology).toBeDefined();
    expect(await provincesProgressTable(database.db, 'xlsx', query(''))).toEqual({
      ok: false,
      problems: [{ code: 'format', field: 'format' }],
    });
    const communes = await communesProgressTable(database.db, '42', 'csv', query('campaign=duc-tho-2025'));
    expect(communes.ok && communes.value.rows.every((row) => row.provinceCode === '42')).toBe(true);
    expect(communes.ok && communes.value.topology).toBeUndefined();
    expect(await communesProgressTable(database.db, '99', 'csv', query('era=pre2025'))).toEqual({
      ok: false,
      problems: [{ code: 'provinceUnknown', values: { era: 'pre2025' } }],
    });
  });
});

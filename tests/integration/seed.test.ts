import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { replaceDemoHouseholds } from '../../src/lib/households/store.ts';
import { saveReferenceData } from '../../src/lib/units/reference-data-store.ts';
import {
  adminUnits,
  boundaryTopologies,
  campaigns,
  progressFacts,
  households,
  unitSuccessions,
} from '../../db/schema/index.ts';
import { createSeededDatabase, referenceData } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`seeding (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  async function unitCounts() {
    return database.db
      .select({ era: adminUnits.era, level: adminUnits.level, n: count() })
      .from(adminUnits)
      .groupBy(adminUnits.era, adminUnits.level)
      .orderBy(adminUnits.era, adminUnits.level);
  }

  it('loads every unit of both eras, as the data README counts them', async () => {
    expect(await unitCounts()).toEqual([
      { era: '2025', level: 'commune', n: 3321 },
      { era: '2025', level: 'province', n: 34 },
      { era: 'pre2025', level: 'commune', n: 10035 },
      { era: 'pre2025', level: 'district', n: 696 },
      { era: 'pre2025', level: 'province', n: 63 },
    ]);
  });

  it('keeps a code that means different units in the two eras apart', async () => {
    const units = await database.db.select().from(adminUnits).where(eq(adminUnits.code, '00004'));
    const byEra = Object.fromEntries(units.map((u) => [u.era, u.fullName]));
    expect(byEra).toEqual({ '2025': 'Phường Ba Đình', pre2025: 'Phường Trúc Bạch' });
  });

  it('records validity dates on both sides of 1 July 2025', async () => {
    const [old] = await database.db.select().from(adminUnits).where(eq(adminUnits.era, 'pre2025')).limit(1);
    const [current] = await database.db.select().from(adminUnits).where(eq(adminUnits.era, '2025')).limit(1);
    expect(old?.validTo).toBe('2025-06-30');
    expect(current?.validFrom).toBe('2025-07-01');
    expect(current?.validTo).toBeNull();
  });

  it('loads the whole succession table and a boundary file for every province', async () => {
    const [successions] = await database.db.select({ n: count() }).from(unitSuccessions);
    expect(successions?.n).toBe(10571);
    const scopes = await database.db.select({ scope: boundaryTopologies.scope }).from(boundaryTopologies);
    expect(scopes).toHaveLength(2 + 34);
    expect(scopes.map((s) => s.scope)).toContain('communes/42');
  });

  it('places the island special zones Hoàng Sa and Trường Sa with a point on the map', async () => {
    const islands = await database.db
      .select({
        code: adminUnits.code,
        name: adminUnits.fullName,
        lon: adminUnits.lon,
        province: adminUnits.provinceCode,
      })
      .from(adminUnits)
      .where(sql`${adminUnits.era} = '2025' and ${adminUnits.code} in ('20333', '22736')`)
      .orderBy(adminUnits.code);
    expect(islands.map((i) => [i.code, i.name, i.province])).toEqual([
      ['20333', 'Đặc khu Hoàng Sa', '48'],
      ['22736', 'Đặc khu Trường Sa', '56'],
    ]);
    // Both lie offshore, east of the mainland coast (which ends near 109.5° E).
    expect(islands.every((i) => i.lon !== null && i.lon > 109.6)).toBe(true);
  });

  it('loads the six campaigns with their legal basis', async () => {
    const rows = await database.db.select().from(campaigns).orderBy(campaigns.id);
    expect(rows.map((c) => c.id)).toEqual([
      'bac-giang-2024',
      'bac-kan-2025',
      'duc-tho-2025',
      'muong-lay-2025',
      'national-2025',
      'van-quan-2025',
    ]);
    const muongLay = rows.find((c) => c.id === 'muong-lay-2025');
    expect(muongLay).toMatchObject({
      documentNumber: '2404/KH-UBND',
      documentDate: '2024-09-25',
      areaEra: 'pre2025',
      areaCode: '095',
    });
  });

  it('changes nothing when run a second time', async () => {
    const before = {
      units: await unitCounts(),
      households: await database.db.select().from(households).orderBy(households.publicCode),
      progress: await database.db
        .select()
        .from(progressFacts)
        .orderBy(
          progressFacts.campaignId,
          progressFacts.communeCode,
          progressFacts.recordedCommuneCode,
          progressFacts.category,
          progressFacts.supportType,
          progressFacts.supportProgramme,
        ),
    };
    await createSeededAgain(database);
    const afterHouseholds = await database.db.select().from(households).orderBy(households.publicCode);
    const afterProgress = await database.db
      .select()
      .from(progressFacts)
      .orderBy(
        progressFacts.campaignId,
        progressFacts.communeCode,
        progressFacts.recordedCommuneCode,
        progressFacts.category,
        progressFacts.supportType,
        progressFacts.supportProgramme,
      );
    expect(await unitCounts()).toEqual(before.units);
    const withoutIds = (rows: typeof before.households) => rows.map(({ id: _id, ...rest }) => rest);
    expect(withoutIds(afterHouseholds)).toEqual(withoutIds(before.households));
    const withoutTimes = (rows: typeof before.progress) => rows.map(({ refreshedAt: _at, ...rest }) => rest);
    expect(withoutTimes(afterProgress)).toEqual(withoutTimes(before.progress));
  });

  it('marks every demo household as demo, and removes them all on request', async () => {
    // A database of its own: this test empties it.
    const own = await createSeededDatabase();
    try {
      const [notDemo] = await own.db.select({ n: count() }).from(households).where(eq(households.isDemo, false));
      expect(notDemo?.n).toBe(0);
      expect(await own.db.$count(households)).toBeGreaterThan(0);
      expect(await own.db.$count(progressFacts)).toBeGreaterThan(0);
      await replaceDemoHouseholds(own.db, []);
      expect(await own.db.$count(households)).toBe(0);
      expect(await own.db.$count(progressFacts)).toBe(0);
    } finally {
      await own.close();
    }
  });
});

async function createSeededAgain(database: DatabaseHandle): Promise<void> {
  const { readCampaignDefinitions } = await import('../../src/lib/campaigns/read-campaigns.ts');
  const { generateDemoHouseholds } = await import('../../src/lib/households/demo-households.ts');
  const reference = referenceData();
  const { readOfficialFiles } = await import('../../src/lib/official/official-files.ts');
  const { readEnvironment } = await import('../../src/lib/config/environment.ts');
  const campaignDefinitions = readCampaignDefinitions();
  const { supportLevels } = readOfficialFiles(readEnvironment({}).SHARED_OFFICIAL_DIR);
  await saveReferenceData(database.db, reference);
  await replaceDemoHouseholds(
    database.db,
    generateDemoHouseholds({ campaigns: campaignDefinitions, ...reference, supportLevels }),
  );
}

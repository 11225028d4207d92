import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { adminUnits, households, officials, publicDataVersion } from '../../db/schema/index.ts';
import { listAuditEvents } from '../../src/lib/audit/store.ts';
import { compareWithLevel } from '../../src/lib/official/level-check.ts';
import { listSupportLevels } from '../../src/lib/official/store.ts';
import { enterTopUp, listTopUpEntries, topUpsOfCommune } from '../../src/lib/official/top-up-store.ts';
import { readTopUpForm, topUpsOfHousehold, type TopUpEntry } from '../../src/lib/official/top-ups.ts';
import { listPublicHouseholdsOfCommune } from '../../src/lib/households/store.ts';
import type { Grant } from '../../src/lib/officials/roles.ts';
import { refusal } from './support/refusal.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

const fields = (changes: Record<string, string>) => ({
  unitEra: '2025',
  unitCode: '19',
  programme: 'campaign',
  supportType: 'new_build',
  amount: '10.000.000',
  legalBasis: 'Quyết định 1234/QĐ-UBND ngày 2/12/2024 của UBND tỉnh',
  source: 'https://example.test/qd-1234',
  note: '',
  ...changes,
});
const form = (changes: Record<string, string>): TopUpEntry => {
  const read = readTopUpForm(fields(changes));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
};

describe(`local top-ups entered by the operator (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let officialId: number;
  // A 2025 commune of the demo whose homes were recorded in former communes (Bắc Kạn's plan, now Thái Nguyên).
  let commune: { code: string; provinceCode: string; recordedCommune: string; recordedProvince: string; home: string };
  beforeAll(async () => {
    database = await createSeededDatabase();
    const [official] = await database.db
      .insert(officials)
      .values({ email: 'topup@example.test', name: 'Cán bộ tỉnh', passwordHash: 'x', secondFactorSecret: 'x' })
      .returning({ id: officials.id });
    officialId = official!.id;
    const [home] = await database.db
      .select({
        publicCode: households.publicCode,
        code: households.communeCode,
        recorded: households.recordedCommuneCode,
        province: adminUnits.provinceCode,
      })
      .from(households)
      .innerJoin(
        adminUnits,
        and(eq(adminUnits.era, households.recordedEra), eq(adminUnits.code, households.recordedCommuneCode)),
      )
      .where(
        and(
          eq(households.campaignId, 'bac-kan-2025'),
          eq(households.supportProgramme, 'temporary_housing_elimination'),
          eq(households.supportType, 'new_build'),
        ),
      )
      .orderBy(households.publicCode)
      .limit(1);
    const [today] = await database.db
      .select({ provinceCode: adminUnits.provinceCode })
      .from(adminUnits)
      .where(and(eq(adminUnits.era, '2025'), eq(adminUnits.code, home!.code)));
    commune = {
      code: home!.code,
      provinceCode: today!.provinceCode,
      recordedCommune: home!.recorded,
      recordedProvince: home!.province,
      home: home!.publicCode,
    };
  });
  afterAll(() => database?.close());

  const grants: Grant[] = [{ role: 'province_officer', unitCode: '19' }];

  it('reads the form strictly: a unit code, whole đồng from 0, the decision and a published address', () => {
    expect(form({}).amount).toBe(10_000_000n);
    expect(form({ amount: '0' }).amount).toBe(0n);
    const wrong = readTopUpForm({
      unitEra: 'then',
      unitCode: '123',
      programme: 'other',
      supportType: 'new_build',
      amount: 'mười triệu',
      legalBasis: ' ',
      source: 'not a link',
      note: '',
    });
    expect(wrong.ok || wrong.problems.map((p) => [p.field, p.code])).toEqual([
      ['unitEra', 'eraUnknown'],
      ['unitCode', 'unitCodeInvalid'],
      ['programme', 'programmeUnknown'],
      ['amount', 'amountInvalid'],
      ['legalBasis', 'legalBasisMissing'],
      ['source', 'sourceInvalid'],
    ]);
    expect(readTopUpForm(fields({ amount: '2.000.000.000' })).ok).toBe(false);
    const empty = readTopUpForm({});
    expect(empty.ok || empty.problems.map((p) => p.code)).toContain('unitCodeInvalid');
  });

  it('enters a top-up only for a unit that exists and that the official’s grants cover, and audits it', async () => {
    expect(await enterTopUp(database.db, form({ unitCode: '77' }), { officialId, grants })).toMatchObject({
      ok: false,
      problems: [{ code: 'unitUnknown', field: 'unitCode' }],
    });
    expect(await enterTopUp(database.db, form({ unitCode: '01' }), { officialId, grants })).toMatchObject({
      ok: false,
      problems: [{ code: 'unitNotYours', field: 'unitCode' }],
    });
    const version = async () => (await database.db.select().from(publicDataVersion))[0]?.version ?? 0;
    const before = await version();
    const done = await enterTopUp(database.db, form({ unitCode: commune.provinceCode }), { officialId, grants });
    // Commune pages kept in memory are stale once it is entered.
    expect(await version()).toBe(before + 1);
    expect(done).toMatchObject({ ok: true, value: { unitCode: commune.provinceCode, amount: 10_000_000n } });
    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 1 });
    expect(events[0]).toMatchObject({ action: 'local_top_up_entered', officialName: 'Cán bộ tỉnh' });
    // A former province's decision, by its successor's grant.
    const former = await enterTopUp(
      database.db,
      form({ unitEra: 'pre2025', unitCode: commune.recordedProvince, amount: '5.000.000' }),
      { officialId, grants },
    );
    expect(former).toMatchObject({ ok: true, value: { unitLevel: 'province', amount: 5_000_000n } });
  });

  it('applies the latest entry of each unit to the homes of its places, beside the national level', async () => {
    const around = await topUpsOfCommune(database.db, commune);
    const levels = await listSupportLevels(database.db);
    const home = (await listPublicHouseholdsOfCommune(database.db, commune.code)).find(
      (h) => h.publicCode === commune.home,
    )!;
    const applying = topUpsOfHousehold(around, home);
    expect(applying.map((t) => t.amount)).toEqual([10_000_000n, 5_000_000n]);
    // The national level of the official file plus both top-ups.
    expect(compareWithLevel(levels, home, applying)).toMatchObject({ expected: levelOf(levels) + 15_000_000n });
    // Another programme or kind of help gets none.
    expect(
      topUpsOfHousehold(around, {
        recordedEra: 'pre2025',
        recordedCommuneCode: commune.recordedCommune,
        supportProgramme: 'meritorious_housing',
        supportType: 'new_build',
      }),
    ).toEqual([]);
    // A correction is a new entry: 0 đồng ends the province's top-up, the earlier entry is kept.
    await enterTopUp(database.db, form({ unitCode: commune.provinceCode, amount: '0' }), { officialId, grants });
    const after = await topUpsOfCommune(database.db, commune);
    expect(after.topUps.map((t) => t.amount)).toEqual([5_000_000n]);
    expect((await listTopUpEntries(database.db)).map((t) => t.amount)).toEqual([10_000_000n, 5_000_000n, 0n]);
  });

  it('keeps entries as entered: the database refuses to change or remove one', async () => {
    expect(await refusal(database.db, sql`update local_top_ups set amount = 1`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`delete from local_top_ups`)).toMatch(/append-only/);
  });
});

const levelOf = (levels: Awaited<ReturnType<typeof listSupportLevels>>) =>
  levels.find((l) => l.programme === 'campaign' && l.supportType === 'new_build')!.amount;

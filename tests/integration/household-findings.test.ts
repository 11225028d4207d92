import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { listCampaignsWithTerms } from '../../src/lib/campaigns/store.ts';
import { recheckHouseholds } from '../../src/lib/criteria/finding-store.ts';
import { listPublicHouseholdsOfCommune } from '../../src/lib/households/store.ts';
import { findWorkspaceCommune, findWorkspaceHousehold } from '../../src/lib/households/stage-store.ts';
import { householdFindings, households } from '../../db/schema/index.ts';
import { supportLevel } from '../../src/lib/criteria/rules.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`household records checked against their campaign’s criteria (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  // Some tests edit records: each starts from the seeded database as `npm run seed` leaves it.
  beforeEach(async () => {
    database = await createSeededDatabase();
  });
  afterEach(() => database?.close());

  it('stores each campaign’s terms and reads them back through the same schema', async () => {
    const campaigns = await listCampaignsWithTerms(database.db);
    expect(campaigns[0]?.id).toBe('national-2025');
    const muongLay = campaigns.find((c) => c.id === 'muong-lay-2025')!;
    expect(muongLay.terms?.milestones.map((m) => m.when.vi)).toContain('trước 05/11/2024');
    expect(muongLay.terms?.beneficiaries.flatMap((b) => b.categories)).toContain('other_hardship');
    expect(
      typeof supportLevel({ ...muongLay.terms!, id: muongLay.id, period: { start: '', end: '' } }, 'poor', 'repair')
        ?.amount,
    ).toBe('bigint');
  });

  it('never flags a recorded amount: no plan sets an amount per home, so the demo’s odd amounts pass', async () => {
    const findings = await database.db.select().from(householdFindings);
    expect(findings.map((f) => f.rule)).not.toContain('support-amount');
    const muongLay = (await listCampaignsWithTerms(database.db)).find((c) => c.id === 'muong-lay-2025')!;
    const table = supportLevel(
      { ...muongLay.terms!, id: muongLay.id, period: { start: '', end: '' } },
      'poor',
      'repair',
    )!.amount;
    const [odd] = await database.db
      .select()
      .from(households)
      .where(and(eq(households.campaignId, 'muong-lay-2025'), eq(households.category, 'poor')))
      .limit(1);
    await database.db
      .update(households)
      .set({ supportAmount: table + 7_000_000n })
      .where(eq(households.id, odd!.id));
    await recheckHouseholds(database.db, [odd!.id]);
    expect(
      await database.db.select().from(householdFindings).where(eq(householdFindings.householdId, odd!.id)),
    ).toEqual([]);
  });

  it('flags an edited record that no longer fits, with the reason, and clears the flag once corrected', async () => {
    // A record that fits its plan to begin with.
    const [record] = await database.db
      .select()
      .from(households)
      .where(
        and(
          eq(households.campaignId, 'bac-giang-2024'),
          notInArray(households.id, database.db.select({ id: householdFindings.householdId }).from(householdFindings)),
        ),
      )
      .orderBy(households.publicCode)
      .limit(1);
    const rule = (id: number) =>
      database.db
        .select()
        .from(householdFindings)
        .where(inArray(householdFindings.householdId, [id]));

    // Bắc Giang's 2024 plan does not name disaster-affected people.
    await database.db.update(households).set({ category: 'disaster_affected' }).where(eq(households.id, record!.id));
    await recheckHouseholds(database.db, [record!.id]);
    expect((await rule(record!.id)).map((f) => f.finding)).toEqual([
      { rule: 'beneficiary-group', category: 'disaster_affected' },
    ]);
    const listed = await listPublicHouseholdsOfCommune(database.db, record!.communeCode, { text: record!.publicCode });
    expect(listed.find((h) => h.publicCode === record!.publicCode)?.findings).toEqual([
      { rule: 'beneficiary-group', category: 'disaster_affected' },
    ]);
    // The finding itself is the commune officials' to review (the public list shows only a count).
    const grants = [{ role: 'commune_officer' as const, unitCode: record!.communeCode }];
    const workspace = await findWorkspaceCommune(database.db, record!.communeCode, grants);
    const seen = workspace.ok ? workspace.value.households.find((h) => h.publicCode === record!.publicCode) : undefined;
    expect(seen?.findings).toContainEqual(expect.objectContaining({ rule: 'beneficiary-group' }));
    const one = await findWorkspaceHousehold(database.db, record!.publicCode, grants);
    expect(one.ok && one.value.findings).toContainEqual(expect.objectContaining({ rule: 'beneficiary-group' }));

    await database.db.update(households).set({ category: record!.category }).where(eq(households.id, record!.id));
    await recheckHouseholds(database.db, [record!.id]);
    expect(await rule(record!.id)).toEqual([]);
  });

  it('flags a record made in a commune outside its campaign’s area', async () => {
    const [vanQuan] = await database.db
      .select()
      .from(households)
      .where(eq(households.campaignId, 'van-quan-2025'))
      .orderBy(households.publicCode)
      .limit(1);
    const [elsewhere] = await database.db
      .select()
      .from(households)
      .where(eq(households.campaignId, 'duc-tho-2025'))
      .orderBy(households.publicCode)
      .limit(1);
    const rules = async () =>
      (await database.db.select().from(householdFindings).where(eq(householdFindings.householdId, vanQuan!.id))).map(
        (f) => f.rule,
      );
    expect(await rules()).not.toContain('campaign-area');
    await database.db
      .update(households)
      .set({ recordedCommuneCode: elsewhere!.recordedCommuneCode, communeCode: elsewhere!.communeCode })
      .where(eq(households.id, vanQuan!.id));
    await recheckHouseholds(database.db, [vanQuan!.id]);
    expect(await rules()).toContain('campaign-area');
  });
});

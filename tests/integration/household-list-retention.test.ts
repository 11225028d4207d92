import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { households } from '../../db/schema/index.ts';
import { countHouseholdsShownAsAggregates, listPublicHouseholdsOfCommune } from '../../src/lib/households/store.ts';
import { progressOf } from '../../src/lib/progress/store.ts';
import { currentEra } from '../../src/lib/units/vocabulary.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`household lists reduced to aggregates after a campaign ends (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let commune: string;
  let inCampaign: number;
  beforeAll(async () => {
    database = await createSeededDatabase();
    // A commune holding households of Bắc Giang's 2024 campaign, which ended on 31/12/2024.
    const rows = await database.db
      .select({ communeCode: households.communeCode })
      .from(households)
      .where(eq(households.campaignId, 'bac-giang-2024'));
    commune = rows[0]!.communeCode;
    inCampaign = rows.filter((r) => r.communeCode === commune).length;
  });
  afterAll(() => database?.close());

  it('lists the campaign’s households until the day after the cut-off, then only counts them', async () => {
    const listed = await listPublicHouseholdsOfCommune(database.db, commune, {}, '2024-12-31');
    expect(listed.filter((h) => h.campaignId === 'bac-giang-2024')).toHaveLength(inCampaign);
    expect(await countHouseholdsShownAsAggregates(database.db, commune, '2024-12-31')).toEqual([]);

    const reduced = await listPublicHouseholdsOfCommune(database.db, commune, {}, '2025-01-01');
    expect(reduced.filter((h) => h.campaignId === 'bac-giang-2024')).toEqual([]);
    expect(reduced).toHaveLength(listed.length - inCampaign);
    expect(await countHouseholdsShownAsAggregates(database.db, commune, '2025-01-01')).toEqual([
      expect.objectContaining({ campaignId: 'bac-giang-2024', periodEnd: '2024-12-31', households: inCampaign }),
    ]);
  });

  it('keeps every household in the aggregate figures', async () => {
    const figures = await progressOf(database.db, { level: 'commune', era: currentEra, code: commune });
    const all = await listPublicHouseholdsOfCommune(database.db, commune);
    expect(figures.counts.households).toBe(all.length);
  });
});

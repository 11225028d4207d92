import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { saveCampaigns } from '../../src/lib/campaigns/store.ts';
import { replaceDemoHouseholds } from '../../src/lib/households/store.ts';
import {
  currentPublicDataVersion,
  markPublicDataChanged,
  publicDataVersionReader,
} from '../../src/lib/http/public-data-version-store.ts';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';
import { createTestDatabase, driverUnderTest } from './support/test-database.ts';

describe(`the published data version (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  // Each test starts from a new database, whose version is 0.
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database?.close());

  it('starts at 0 and moves with every write that changes what pages show', async () => {
    expect(await currentPublicDataVersion(database.db)).toBe(0);
    await saveCampaigns(database.db, readCampaignDefinitions());
    const afterCampaigns = await currentPublicDataVersion(database.db);
    expect(afterCampaigns).toBeGreaterThan(0);
    await replaceDemoHouseholds(database.db, []);
    expect(await currentPublicDataVersion(database.db)).toBeGreaterThan(afterCampaigns);
  });

  it('does not move when the writing transaction is rolled back', async () => {
    const before = await currentPublicDataVersion(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await markPublicDataChanged(tx);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await currentPublicDataVersion(database.db)).toBe(before);
  });

  it('is read from the database once per period, but sees this process’s own changes at once', async () => {
    const read = publicDataVersionReader(database.db, 60_000);
    const first = await read();
    expect(await read()).toBe(first);
    await markPublicDataChanged(database.db);
    expect(await read()).not.toBe(first);
  });
});

import type { DatabaseHandle } from '../../../db/client.ts';
import { saveCampaigns } from '../../../src/lib/campaigns/store.ts';
import { replaceDemoHouseholds } from '../../../src/lib/households/store.ts';
import { saveReferenceData } from '../../../src/lib/units/reference-data-store.ts';
import { readCampaignDefinitions, readPlanTexts } from '../../../src/lib/campaigns/read-campaigns.ts';
import { generateDemoHouseholds } from '../../../src/lib/households/demo-households.ts';
import { readReferenceData, type ReferenceData } from '../../../src/lib/units/reference-data.ts';
import { readEnvironment } from '../../../src/lib/config/environment.ts';
import { createTestDatabase } from './test-database.ts';

let cached: ReferenceData | undefined;
/** The real ../shared/data, read once per test file. */
export function referenceData(): ReferenceData {
  cached ??= readReferenceData(readEnvironment({}).SHARED_DATA_DIR);
  return cached;
}

/** A test database holding what `npm run seed` loads: real units and campaigns, demo households. */
export async function createSeededDatabase(): Promise<DatabaseHandle> {
  const handle = await createTestDatabase();
  const reference = referenceData();
  const campaigns = readCampaignDefinitions();
  await saveReferenceData(handle.db, reference);
  await saveCampaigns(handle.db, campaigns, readPlanTexts(campaigns, readEnvironment({}).SHARED_PLANS_DIR));
  await replaceDemoHouseholds(handle.db, generateDemoHouseholds({ campaigns, ...reference }));
  return handle;
}

import type { DatabaseHandle } from '../../../db/client.ts';
import { readEnvironment } from '../../../src/lib/config/environment.ts';
import { readReferenceData, type ReferenceData } from '../../../src/lib/units/reference-data.ts';
import { createTestDatabase } from './test-database.ts';

let cached: ReferenceData | undefined;
/** The real ../shared/data, read once per test file. */
export function referenceData(): ReferenceData {
  cached ??= readReferenceData(readEnvironment({}).SHARED_DATA_DIR);
  return cached;
}

/**
 * A test database of its own holding what `npm run seed` loads: real units and campaigns, demo
 * households (a copy of the template the global setup seeded once, see support/templates.ts).
 */
export function createSeededDatabase(): Promise<DatabaseHandle> {
  return createTestDatabase('seeded');
}

import { createHash } from 'node:crypto';
import type { ReferenceData } from './reference-data.ts';
import type { Database } from '../../../db/client.ts';
import { adminUnits, boundaryTopologies, provinceSuccessions, unitSuccessions } from '../../../db/schema/index.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { inBatches, overwriteFromExcluded } from '../../../db/upsert.ts';

/** Writes the shared reference data; running it again changes nothing. */
export async function saveReferenceData(db: Database, data: ReferenceData): Promise<void> {
  await db.transaction(async (tx) => {
    for (const batch of inBatches(data.units)) {
      await tx
        .insert(adminUnits)
        .values(batch)
        .onConflictDoUpdate({
          target: [adminUnits.era, adminUnits.code],
          set: overwriteFromExcluded(adminUnits, ['era', 'code']),
        });
    }
    for (const batch of inBatches(data.successions)) {
      await tx
        .insert(unitSuccessions)
        .values(batch)
        .onConflictDoUpdate({
          target: [
            unitSuccessions.oldLevel,
            unitSuccessions.oldCode,
            unitSuccessions.oldName,
            unitSuccessions.newCommuneCode,
          ],
          set: overwriteFromExcluded(unitSuccessions, ['id', 'oldLevel', 'oldCode', 'oldName', 'newCommuneCode']),
        });
    }
    await tx
      .insert(provinceSuccessions)
      .values(data.provinceSuccessions)
      .onConflictDoUpdate({
        target: provinceSuccessions.oldProvinceCode,
        set: overwriteFromExcluded(provinceSuccessions, ['oldProvinceCode']),
      });
    for (const boundary of data.boundaries) {
      await tx
        .insert(boundaryTopologies)
        .values({ ...boundary, sha256: createHash('sha256').update(boundary.topology).digest('hex') })
        .onConflictDoUpdate({
          target: boundaryTopologies.scope,
          set: overwriteFromExcluded(boundaryTopologies, ['scope']),
        });
    }
    await markPublicDataChanged(tx);
  });
}

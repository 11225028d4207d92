import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { adminUnits, deliveries, householdStageEvents, households, pledges } from '../../../db/schema/index.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { areaOfPlace } from '../officials/area-store.ts';
import { can, type Area, type Grant } from '../officials/roles.ts';
import { currentUnitIs } from '../units/store.ts';
import type { EvidenceStore } from './evidence-store.ts';
import { isPhotoKey } from './photo.ts';

/**
 * An evidence photo, for an official who may read a record it belongs to: a home's stage (in the
 * home's commune) or a delivery against a pledge (where the pledge's gifts arrive). A photo no
 * record names is unknown, even if its file exists.
 */
export async function findEvidencePhoto(
  db: Queryable,
  evidence: EvidenceStore,
  key: string,
  viewer: readonly Grant[],
): Promise<Result<Buffer, 'photoUnknown' | 'notYourArea'>> {
  if (!isPhotoKey(key)) return refused('photoUnknown');
  const [homes, pledged] = await Promise.all([
    db
      .select({ communeCode: households.communeCode, provinceCode: adminUnits.provinceCode })
      .from(householdStageEvents)
      .innerJoin(households, eq(households.id, householdStageEvents.householdId))
      .innerJoin(adminUnits, currentUnitIs(households.communeCode))
      .where(eq(householdStageEvents.photoKey, key)),
    db
      .select({ kind: pledges.targetKind, code: pledges.targetCode })
      .from(deliveries)
      .innerJoin(pledges, eq(pledges.id, deliveries.pledgeId))
      .where(eq(deliveries.photoKey, key)),
  ]);
  const areas: Area[] = [
    ...homes.map(({ communeCode, provinceCode }) => ({ communeCode, provinceCode })),
    ...(await Promise.all(pledged.map((target) => areaOfPlace(db, target.kind, target.code)))),
  ];
  if (areas.length === 0) return refused('photoUnknown');
  if (!areas.some((area) => can(viewer, 'read_records', area))) return refused('notYourArea');
  const photo = await evidence.get(key);
  return photo ? ok(photo) : refused('photoUnknown');
}

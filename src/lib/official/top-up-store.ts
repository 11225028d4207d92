import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { adminUnits, households, localTopUps, provinceSuccessions } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import type { AdminUnit } from '../units/store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { can, type Area, type Grant } from '../officials/roles.ts';
import { currentEra, formerEra } from '../units/vocabulary.ts';
import { topUpsInForce, type CommuneTopUps, type LocalTopUp, type TopUpEntry, type TopUpProblem } from './top-ups.ts';

/**
 * Enters a local top-up for a province or commune the official's grants cover (a former unit by
 * its 2025 successor province), audited. Entries are never changed: a correction is a new entry.
 */
export async function enterTopUp(
  db: Database,
  entry: TopUpEntry,
  official: { officialId: number; grants: readonly Grant[] },
): Promise<Result<LocalTopUp, TopUpProblem>> {
  const [unit] = await db
    .select({
      level: adminUnits.level,
      provinceCode: adminUnits.provinceCode,
      name: adminUnits.fullName,
      nameEn: adminUnits.fullNameEn,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.era, entry.unitEra), eq(adminUnits.code, entry.unitCode)));
  if (!unit || (unit.level !== 'province' && unit.level !== 'commune'))
    return refused('unitUnknown', { field: 'unitCode', values: { code: entry.unitCode } });
  const provinceCode =
    entry.unitEra === formerEra
      ? (
          await db
            .select({ code: provinceSuccessions.newProvinceCode })
            .from(provinceSuccessions)
            .where(eq(provinceSuccessions.oldProvinceCode, unit.provinceCode))
        )[0]?.code
      : unit.provinceCode;
  const area: Area =
    entry.unitEra === currentEra && unit.level === 'commune'
      ? { communeCode: entry.unitCode, provinceCode: unit.provinceCode }
      : { provinceCode: provinceCode ?? '' };
  if (!provinceCode || !can(official.grants, 'import_official_reports', area))
    return refused('unitNotYours', { field: 'unitCode', values: { code: entry.unitCode } });
  const kept = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(localTopUps)
      .values({ ...entry, enteredBy: official.officialId })
      .returning();
    await recordAuditEvent(tx, {
      officialId: official.officialId,
      action: 'local_top_up_entered',
      subject: `local_top_ups:${row!.id}`,
      after: { ...entry, amount: String(entry.amount), id: row!.id },
    });
    // Commune lists show it: pages kept in memory or by a CDN are stale from now on.
    await markPublicDataChanged(tx);
    return row!;
  });
  return ok({ ...toTopUp(kept), unitName: unit.name, unitNameEn: unit.nameEn, unitLevel: unit.level });
}

function toTopUp(row: typeof localTopUps.$inferSelect): Omit<LocalTopUp, 'unitName' | 'unitNameEn' | 'unitLevel'> {
  return {
    id: row.id,
    unitEra: row.unitEra,
    unitCode: row.unitCode,
    programme: row.programme,
    supportType: row.supportType,
    amount: row.amount,
    legalBasis: row.legalBasis,
    source: row.source,
    note: row.note,
    enteredAt: row.enteredAt,
  };
}

/** Every entry, with its unit's name, oldest first: the workspace's history of top-ups. */
export async function listTopUpEntries(db: Database, where?: SQL): Promise<LocalTopUp[]> {
  const rows = await db
    .select({ entry: localTopUps, name: adminUnits.fullName, nameEn: adminUnits.fullNameEn, level: adminUnits.level })
    .from(localTopUps)
    .innerJoin(adminUnits, and(eq(adminUnits.era, localTopUps.unitEra), eq(adminUnits.code, localTopUps.unitCode)))
    .where(where)
    .orderBy(asc(localTopUps.id));
  return rows.map(({ entry, name, nameEn, level }) => ({
    ...toTopUp(entry),
    unitName: name,
    unitNameEn: nameEn,
    unitLevel: level === 'province' ? 'province' : 'commune',
  }));
}

/**
 * What a 2025 commune's list needs to show its homes' top-ups: those in force for the commune,
 * its province, and the units (of either era) its homes were recorded in; and each recorded
 * commune's province, to match a home to a former province's decision. Its two queries run at
 * once (a commune page's first render waits for the slowest of its reads, not their sum).
 */
export async function topUpsOfCommune(
  db: Database,
  commune: Pick<AdminUnit, 'code' | 'provinceCode'>,
): Promise<CommuneTopUps> {
  // The province by a lookup per recorded commune: joined, Postgres hashed all 14,000 units to
  // match a hundred homes (12 ms where this takes a fraction of one).
  const recordedUnits = db
    .selectDistinct({
      era: households.recordedEra,
      code: households.recordedCommuneCode,
      province: sql<string>`(select unit.province_code from ${adminUnits} as unit
        where unit.era = ${households.recordedEra} and unit.code = ${households.recordedCommuneCode})`,
    })
    .from(households)
    .where(eq(households.communeCode, commune.code));
  const [recorded, entries] = await Promise.all([
    recordedUnits,
    listTopUpEntries(
      db,
      or(
        and(eq(localTopUps.unitEra, currentEra), inArray(localTopUps.unitCode, [commune.code, commune.provinceCode])),
        // A recorded commune's own entries and its province's, in the commune's era.
        sql`(${localTopUps.unitEra}, ${localTopUps.unitCode}) in (select r.era, unit.code
          from (${recordedUnits}) as r (era, code, province)
          cross join lateral (values (r.code), (r.province)) as unit (code))`,
      ),
    ),
  ]);
  return {
    communeCode: commune.code,
    topUps: topUpsInForce(entries),
    provinceCode: commune.provinceCode,
    recordedProvinceOf: new Map(recorded.map((r) => [`${r.era}:${r.code}`, r.province])),
  };
}

import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { adminUnits, households, localTopUps, provinceSuccessions } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
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
 * commune's province, to match a home to a former province's decision.
 */
export async function topUpsOfCommune(db: Database, communeCode: string): Promise<CommuneTopUps> {
  const [commune] = await db
    .select({ provinceCode: adminUnits.provinceCode })
    .from(adminUnits)
    .where(and(eq(adminUnits.era, currentEra), eq(adminUnits.code, communeCode)));
  const recorded = await db
    .selectDistinct({
      era: households.recordedEra,
      code: households.recordedCommuneCode,
      province: adminUnits.provinceCode,
    })
    .from(households)
    .innerJoin(
      adminUnits,
      and(eq(adminUnits.era, households.recordedEra), eq(adminUnits.code, households.recordedCommuneCode)),
    )
    .where(eq(households.communeCode, communeCode));
  const provinceCode = commune?.provinceCode ?? '';
  const units = [
    { era: currentEra, code: communeCode },
    { era: currentEra, code: provinceCode },
    ...recorded.flatMap((r) => [
      { era: r.era, code: r.code },
      { era: r.era, code: r.province },
    ]),
  ];
  const entries = await listTopUpEntries(
    db,
    or(
      ...[...new Set(units.map((u) => `${u.era}:${u.code}`))].map((key) => {
        const [era, code] = key.split(':') as [typeof currentEra, string];
        return and(eq(localTopUps.unitEra, era), eq(localTopUps.unitCode, code));
      }),
    ),
  );
  return {
    communeCode,
    topUps: topUpsInForce(entries),
    provinceCode,
    recordedProvinceOf: new Map(recorded.map((r) => [`${r.era}:${r.code}`, r.province])),
  };
}

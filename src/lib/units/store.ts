import { and, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { compareVietnamese } from '../i18n/compare-text.ts';
import { currentEra, formerEra, type Era } from './vocabulary.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import { adminUnits, boundaryTopologies, provinceSuccessions, unitSuccessions } from '../../../db/schema/index.ts';

export type AdminUnit = typeof adminUnits.$inferSelect;

export async function findUnit(db: Queryable, era: Era, code: string): Promise<AdminUnit | undefined> {
  const [unit] = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.era, era), eq(adminUnits.code, code)));
  return unit;
}

/** Today's unit with this code: where every record rolls up. */
export function findCurrentUnit(db: Queryable, code: string): Promise<AdminUnit | undefined> {
  return findUnit(db, currentEra, code);
}

/** Joins or filters `admin_units` to today's unit with this code, e.g. a home's 2025 commune. */
export function currentUnitIs(code: SQLWrapper): SQL {
  return and(eq(adminUnits.era, currentEra), eq(adminUnits.code, code))!;
}

const byName = (a: AdminUnit, b: AdminUnit) => compareVietnamese(a.name, b.name) || a.code.localeCompare(b.code);

/** Provinces, or the communes of one province, of an era, in Vietnamese alphabetical order. */
export async function listUnits(
  db: Database,
  units: { era: Era; level: 'province' } | { era: Era; level: 'commune'; provinceCode: string },
): Promise<AdminUnit[]> {
  const rows = await db
    .select()
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.era, units.era),
        eq(adminUnits.level, units.level),
        units.level === 'commune' ? eq(adminUnits.provinceCode, units.provinceCode) : undefined,
      ),
    );
  return rows.sort(byName);
}

/** The units whose parent is the given one, in the same era, in Vietnamese alphabetical order. */
export async function listChildren(db: Database, parent: Pick<AdminUnit, 'era' | 'code'>): Promise<AdminUnit[]> {
  const children = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.era, parent.era), eq(adminUnits.parentCode, parent.code)));
  return children.sort(byName);
}

export interface Succession {
  oldLevel: string;
  oldCode: string | null;
  oldName: string | null;
  kind: 'whole' | 'part';
  note: string;
  newCommuneCode: string;
}

/** The pre-2025 units that went (wholly or in part) into a 2025 commune, with their names. */
export async function predecessorsOf(
  db: Database,
  communeCode: string,
): Promise<(Succession & { unit: AdminUnit | null })[]> {
  const rows = await db
    .select({ succession: unitSuccessions, unit: adminUnits })
    .from(unitSuccessions)
    .leftJoin(adminUnits, and(eq(adminUnits.era, formerEra), eq(adminUnits.code, unitSuccessions.oldCode)))
    .where(eq(unitSuccessions.newCommuneCode, communeCode));
  const name = (row: (typeof rows)[number]) => row.unit?.name ?? row.succession.oldName ?? '';
  return rows
    .sort((a, b) => compareVietnamese(name(a), name(b)))
    .map(({ succession, unit }) => ({ ...succession, unit }));
}

/** The 2025 communes a pre-2025 commune or district went into (for a district, via its communes). */
export async function successorsOf(
  db: Database,
  oldUnit: Pick<AdminUnit, 'code' | 'level'>,
): Promise<(Succession & { unit: AdminUnit })[]> {
  // An island district with no communes has its own succession row, hence its code is kept too.
  const oldCodes =
    oldUnit.level === 'district'
      ? [oldUnit.code, ...(await listChildren(db, { era: formerEra, code: oldUnit.code })).map((c) => c.code)]
      : [oldUnit.code];
  const rows = await db
    .select({ succession: unitSuccessions, unit: adminUnits })
    .from(unitSuccessions)
    .innerJoin(adminUnits, and(eq(adminUnits.era, currentEra), eq(adminUnits.code, unitSuccessions.newCommuneCode)))
    .where(inArray(unitSuccessions.oldCode, oldCodes));
  rows.sort((a, b) => byName(a.unit, b.unit));
  const seen = new Set<string>();
  return rows
    .map(({ succession, unit }) => ({ ...succession, unit }))
    .filter((row) => !seen.has(row.unit.code) && seen.add(row.unit.code));
}

/** The 2025 province a pre-2025 province became part of. */
export async function provinceSuccessorOf(db: Database, oldProvinceCode: string): Promise<AdminUnit | undefined> {
  const [row] = await db
    .select({ unit: adminUnits })
    .from(provinceSuccessions)
    .innerJoin(
      adminUnits,
      and(eq(adminUnits.era, currentEra), eq(adminUnits.code, provinceSuccessions.newProvinceCode)),
    )
    .where(eq(provinceSuccessions.oldProvinceCode, oldProvinceCode));
  return row?.unit;
}

export interface BoundaryTopology {
  topology: string;
  sha256: string;
}

/** `provinces`, `communes` or `communes/<province code>`. */
export async function findBoundaryTopology(db: Database, scope: string): Promise<BoundaryTopology | undefined> {
  const [row] = await db
    .select({ topology: boundaryTopologies.topology, sha256: boundaryTopologies.sha256 })
    .from(boundaryTopologies)
    .where(eq(boundaryTopologies.scope, scope));
  return row;
}

/**
 * The 2025 communes of a province as an SQL array, for `= any(…)` conditions; each code may be
 * given a prefix to name what is kept per commune, e.g. `fund:commune:`.
 */
export function communeCodesOf(province: string, prefix = ''): SQL {
  return sql`array(select ${prefix}::text || code from admin_units where era = ${currentEra} and level = 'commune' and province_code = ${province})`;
}

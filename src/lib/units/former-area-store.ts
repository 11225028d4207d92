import { createHash } from 'node:crypto';
import { and, eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Topology } from 'topojson-specification';
import { findBoundaryTopology, type BoundaryTopology } from './store.ts';
import { subsetTopology } from './subset-topology.ts';
import { currentEra, formerEra } from './vocabulary.ts';
import type { Database } from '../../../db/client.ts';
import { adminUnits, unitSuccessions } from '../../../db/schema/index.ts';

export interface SuccessorCommune {
  code: string;
  name: string;
  nameEn: string;
  provinceCode: string;
  /** Whether it also took land from outside the former unit: its map draws it whole all the same. */
  extendsBeyond: boolean;
}

/**
 * The 2025 communes a pre-2025 province, district or commune went into, wholly or in part, by
 * the official succession (`unit_successions`). Pre-2025 codes have 2, 3 or 5 digits by level, so
 * one code names the unit whatever its level.
 */
export async function successorCommunesOf(db: Database, formerCode: string): Promise<SuccessorCommune[]> {
  const inArea = (unit: Record<'era' | 'code' | 'parentCode' | 'provinceCode', SQLWrapper>) =>
    sql`(${unit.era} = ${formerEra} and ${formerCode} in (${unit.code}, ${unit.parentCode}, ${unit.provinceCode}))`;
  const old = alias(adminUnits, 'old');
  const other = alias(adminUnits, 'other');
  const otherSuccession = alias(unitSuccessions, 'other_succession');
  const outside = db
    .select({ one: sql`1` })
    .from(otherSuccession)
    .leftJoin(other, and(eq(other.era, formerEra), eq(other.code, otherSuccession.oldCode)))
    .where(and(eq(otherSuccession.newCommuneCode, adminUnits.code), sql`not coalesce(${inArea(other)}, false)`));
  const successors = db
    .select({ code: unitSuccessions.newCommuneCode })
    .from(unitSuccessions)
    .innerJoin(old, and(eq(old.code, unitSuccessions.oldCode), inArea(old)));
  return db
    .select({
      code: adminUnits.code,
      name: adminUnits.name,
      nameEn: adminUnits.nameEn,
      provinceCode: adminUnits.provinceCode,
      extendsBeyond: sql<boolean>`exists (${outside})`,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.era, currentEra), eq(adminUnits.level, 'commune'), inArray(adminUnits.code, successors)))
    .orderBy(adminUnits.code);
}

/**
 * A former unit's map geometry: its successor communes, cut from the 2025 province's commune
 * boundaries (provinces merged whole, so they all lie in one), with only the arcs they use.
 */
export async function formerAreaTopology(db: Database, formerCode: string): Promise<BoundaryTopology | undefined> {
  const successors = await successorCommunesOf(db, formerCode);
  const provinceCode = successors[0]?.provinceCode;
  if (!provinceCode) return undefined;
  const province = await findBoundaryTopology(db, `communes/${provinceCode}`);
  if (!province) return undefined;
  const codes = new Set(successors.filter((s) => s.provinceCode === provinceCode).map((s) => s.code));
  const topology = JSON.stringify(subsetTopology(JSON.parse(province.topology) as Topology, 'communes', codes));
  return { topology, sha256: createHash('sha256').update(topology).digest('hex') };
}

import { and, eq } from 'drizzle-orm';
import type { Area } from './roles.ts';
import type { Queryable } from '../../../db/client.ts';
import { adminUnits, households } from '../../../db/schema/index.ts';
import { currentEra } from '../units/vocabulary.ts';
import { currentUnitIs } from '../units/store.ts';

/** A 2025 commune with its province: the narrowest area an official's grant can cover. */
export interface CommuneArea {
  communeCode: string;
  provinceCode: string;
}

/** The 2025 commune of a commune code, or of a home by its public code; undefined when unknown. */
export async function communeAreaOf(
  db: Queryable,
  kind: 'commune' | 'household',
  code: string,
): Promise<CommuneArea | undefined> {
  const [place] =
    kind === 'commune'
      ? await db
          .select({ communeCode: adminUnits.code, provinceCode: adminUnits.provinceCode })
          .from(adminUnits)
          .where(and(eq(adminUnits.era, currentEra), eq(adminUnits.level, 'commune'), eq(adminUnits.code, code)))
      : await db
          .select({ communeCode: households.communeCode, provinceCode: adminUnits.provinceCode })
          .from(households)
          .innerJoin(adminUnits, currentUnitIs(households.communeCode))
          .where(eq(households.publicCode, code));
  return place;
}

/**
 * Where gifts to a place arrive, for deciding who may act on them: the commune (of the home, for
 * a home), the province, or the whole country for a campaign's fund or a place not found.
 */
export async function areaOfPlace(
  db: Queryable,
  kind: 'campaign' | 'province' | 'commune' | 'household',
  code: string,
): Promise<Area> {
  if (kind === 'province') return { provinceCode: code };
  if (kind === 'campaign') return 'country';
  return (await communeAreaOf(db, kind, code)) ?? 'country';
}

import { and, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { compareVietnamese } from '../i18n/compare-text.ts';
import { gradeMatch, rankOf, searchWords, type NamedUnit, type UnitSearchResult } from './unit-search.ts';

export type { UnitSearchResult };
import { currentEra, formerEra } from './vocabulary.ts';
import type { Database } from '../../../db/client.ts';
import { containsPattern } from '../../../db/like-pattern.ts';
import { adminUnits, provinceSuccessions, unitSuccessions } from '../../../db/schema/index.ts';

/** Rows read before ranking: enough for any real name, bounded for a two-letter query. */
const candidateLimit = 1500;

/**
 * Finds units of both eras by name, with or without diacritics, optionally followed or preceded
 * by their district or province ("van quan lang son", "Hoa Binh Van Quan"). Ranked exact, then
 * prefix, then contains; within each, today's units first, provinces before communes.
 */
export async function searchUnits(db: Database, query: string, limit = 50): Promise<UnitSearchResult[]> {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const province = alias(adminUnits, 'province');
  const district = alias(adminUnits, 'district');
  const place = sql`concat_ws(' ', ${adminUnits.searchText}, ${district.searchText}, ${province.searchText})`;
  const rows = await db
    .select({
      unit: adminUnits,
      provinceName: province.fullName,
      provinceNameEn: province.fullNameEn,
      districtName: district.fullName,
      districtNameEn: district.fullNameEn,
    })
    .from(adminUnits)
    .innerJoin(province, and(eq(province.era, adminUnits.era), eq(province.code, adminUnits.provinceCode)))
    .leftJoin(
      district,
      and(eq(district.era, adminUnits.era), eq(district.code, adminUnits.parentCode), eq(district.level, 'district')),
    )
    .where(or(and(...words.map((word) => ilike(place, containsPattern(word)))), eq(adminUnits.code, query.trim())))
    // A short query's candidates are capped: those ending in the query (likeliest exact) first.
    .orderBy(
      sql`case when ${adminUnits.searchText} like ${`%${words.join(' ')}`} then 0 else 1 end`,
      sql`case when ${adminUnits.era} = ${currentEra} then 0 else 1 end`,
    )
    .limit(candidateLimit);
  const graded = rows.flatMap((row) => {
    const match =
      row.unit.code === query.trim()
        ? { grade: 'exact' as const, viaContext: false }
        : gradeMatch(query, {
            name: row.unit.name,
            fullName: row.unit.fullName,
            context: [row.districtName ?? '', row.unit.level === 'province' ? '' : row.provinceName],
          });
    return match ? [{ ...row, ...match }] : [];
  });
  const rank = (row: (typeof graded)[number]) => rankOf(row, row.unit.era === currentEra, row.unit.level);
  graded.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareVietnamese(a.unit.name, b.unit.name) ||
      compareVietnamese(a.districtName ?? '', b.districtName ?? '') ||
      a.unit.code.localeCompare(b.unit.code),
  );
  const top = graded.slice(0, limit);
  const successors = await successorsByOldUnit(
    db,
    top.filter((row) => row.unit.era === formerEra).map((row) => row.unit),
  );
  return top.map(({ unit, grade, viaContext, provinceName, provinceNameEn, districtName, districtNameEn }) => ({
    ...unit,
    grade,
    viaContext,
    provinceName,
    provinceNameEn,
    districtName,
    districtNameEn,
    // Codes repeat across eras (Xã Văn Quan of today is 06253, as was a commune before): only a former unit is part of another.
    nowPartOf: unit.era === formerEra ? (successors.get(unit.code) ?? []) : [],
  }));
}

/**
 * Today's units each former unit went into: a commune's 2025 communes, a district's or a
 * province's 2025 province (districts were abolished whole, their communes spread out).
 */
async function successorsByOldUnit(
  db: Database,
  oldUnits: (typeof adminUnits.$inferSelect)[],
): Promise<Map<string, NamedUnit[]>> {
  const result = new Map<string, NamedUnit[]>();
  const add = (oldCode: string, unit: NamedUnit) => {
    const list = result.get(oldCode) ?? [];
    if (!list.some((u) => u.code === unit.code)) list.push(unit);
    result.set(oldCode, list);
  };
  const named = {
    code: adminUnits.code,
    level: adminUnits.level,
    fullName: adminUnits.fullName,
    fullNameEn: adminUnits.fullNameEn,
  };
  const communeCodes = oldUnits.filter((u) => u.level === 'commune').map((u) => u.code);
  if (communeCodes.length > 0) {
    const rows = await db
      .select({ oldCode: unitSuccessions.oldCode, ...named })
      .from(unitSuccessions)
      .innerJoin(adminUnits, and(eq(adminUnits.era, currentEra), eq(adminUnits.code, unitSuccessions.newCommuneCode)))
      .where(and(eq(unitSuccessions.oldLevel, 'commune'), inArray(unitSuccessions.oldCode, communeCodes)));
    rows.sort((a, b) => compareVietnamese(a.fullName, b.fullName));
    for (const { oldCode, ...unit } of rows) add(oldCode!, unit);
  }
  const provinceOf = new Map(oldUnits.filter((u) => u.level !== 'commune').map((u) => [u.code, u.provinceCode]));
  if (provinceOf.size > 0) {
    const rows = await db
      .select({ oldProvinceCode: provinceSuccessions.oldProvinceCode, ...named })
      .from(provinceSuccessions)
      .innerJoin(
        adminUnits,
        and(eq(adminUnits.era, currentEra), eq(adminUnits.code, provinceSuccessions.newProvinceCode)),
      )
      .where(inArray(provinceSuccessions.oldProvinceCode, [...new Set(provinceOf.values())]));
    for (const [oldCode, provinceCode] of provinceOf) {
      const row = rows.find((r) => r.oldProvinceCode === provinceCode);
      if (row) add(oldCode, { code: row.code, level: row.level, fullName: row.fullName, fullNameEn: row.fullNameEn });
    }
  }
  return result;
}

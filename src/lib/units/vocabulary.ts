/**
 * Closed vocabularies of Vietnam's administrative units, as used by ../shared/data.
 * Labels shown to people live in the translations (src/lib/i18n), not here.
 */

export const eras = [
  'pre2025', // units in force until 30/06/2025: province → district → commune
  '2025', // units from 01/07/2025: province → commune, no districts
] as const;
export type Era = (typeof eras)[number];

/** The era every public page shows by default, and where every record rolls up: today's units. */
export const currentEra = '2025' as const satisfies Era;

/** The units in force before 1/7/2025, shown through their successors. */
export const formerEra = 'pre2025' as const satisfies Era;

export const unitLevels = [
  'province', // tỉnh, thành phố trực thuộc trung ương
  'district', // huyện, quận, thị xã, thành phố thuộc tỉnh (pre2025 only)
  'commune', // xã, phường, thị trấn, đặc khu: any lowest-level unit
] as const;
export type UnitLevel = (typeof unitLevels)[number];

export const unitTypes = [
  'municipality', // thành phố trực thuộc trung ương
  'province', // tỉnh
  'municipal_city', // thành phố thuộc thành phố trực thuộc trung ương (pre2025)
  'provincial_city', // thành phố thuộc tỉnh (pre2025)
  'urban_district', // quận (pre2025)
  'district_town', // thị xã (pre2025)
  'district', // huyện (pre2025)
  'ward', // phường
  'commune', // xã
  'commune_town', // thị trấn (pre2025)
  'special_zone', // đặc khu (2025)
] as const;
export type UnitType = (typeof unitTypes)[number];

export const successionKinds = [
  'whole', // the old unit went entirely into the new commune
  'part', // the old unit was split; this new commune took a piece
] as const;
export type SuccessionKind = (typeof successionKinds)[number];

export const successionSourceLevels = [
  'commune', // an old commune
  'district', // an island district that had no communes (became a special zone)
  'area', // a coastal area without a code, named only
] as const;
export type SuccessionSourceLevel = (typeof successionSourceLevels)[number];

/** When each era's units were in force (the pre2025 list has no single start date). */
export const eraValidity: Record<Era, { validFrom: string | null; validTo: string | null }> = {
  pre2025: { validFrom: null, validTo: '2025-06-30' },
  '2025': { validFrom: '2025-07-01', validTo: null },
};

/**
 * The era in force on a day (YYYY-MM-DD): a figure dated then counts its areas in that era's units.
 *
 * @example eraOn('2025-06-30') // 'pre2025'
 */
export function eraOn(day: string): Era {
  return day < eraValidity['2025'].validFrom! ? formerEra : currentEra;
}

import { mapFigure, type MapFigure, type MapPlace } from './map-figures.ts';
import type { Database } from '../../../db/client.ts';
import { progressByTodaysCommuneOf, progressByUnit, type ProgressFilter } from './store.ts';
import { successorCommunesOf } from '../units/former-area-store.ts';
import { archipelagoCodes } from '../units/unit-code.ts';
import { findCurrentUnit, listUnits } from '../units/store.ts';
import { currentEra } from '../units/vocabulary.ts';

/**
 * What a map of today's provinces, or of one province's communes, shows: every unit, with its
 * figures and the address its click leads to.
 */
export async function mapFiguresOf(
  db: Database,
  units: { level: 'province' } | { level: 'commune'; provinceCode: string },
  hrefOf: (code: string) => string,
  filter: ProgressFilter = {},
): Promise<MapFigure[]> {
  const [list, figures] = await Promise.all([
    units.level === 'province'
      ? listUnits(db, { era: currentEra, level: 'province' })
      : listUnits(db, { era: currentEra, level: 'commune', provinceCode: units.provinceCode }),
    units.level === 'province'
      ? progressByUnit(db, { era: currentEra, level: 'province' }, filter)
      : progressByUnit(db, { era: currentEra, level: 'commune', within: units.provinceCode }, filter),
  ]);
  return list.map((unit) =>
    mapFigure({ code: unit.code, name: unit.name, href: hrefOf(unit.code) }, figures.get(unit.code)),
  );
}

/** Vietnam's two island special zones, which every national map names. */
export async function archipelagoPlaces(
  db: Database,
  names: { hoangSa: string; truongSa: string },
): Promise<MapPlace[]> {
  const units = await Promise.all([
    findCurrentUnit(db, archipelagoCodes.hoangSa).then((unit) => ({ unit, name: names.hoangSa })),
    findCurrentUnit(db, archipelagoCodes.truongSa).then((unit) => ({ unit, name: names.truongSa })),
  ]);
  return units.flatMap(({ unit, name }) => (unit?.lat && unit.lon ? [{ name, lat: unit.lat, lon: unit.lon }] : []));
}

/** What a pre-2025 unit's map shows: its 2025 successor communes and their figures. */
export interface FormerAreaMap {
  figures: MapFigure[];
  asOf: Date | null;
  /** Successor communes that also hold land from outside the former unit, drawn whole. */
  extendingBeyond: number;
}

/**
 * A pre-2025 province, district or commune drawn through the official succession: each 2025
 * commune it went into, coloured by the households recorded in the former unit (or, for a
 * campaign's map, that campaign's households) placed there today.
 */
export async function formerAreaMapOf(
  db: Database,
  formerCode: string,
  filter: { campaignId?: string },
  hrefOf: (code: string) => string,
): Promise<FormerAreaMap> {
  const [successors, progress] = await Promise.all([
    successorCommunesOf(db, formerCode),
    progressByTodaysCommuneOf(db, filter.campaignId ? { campaignId: filter.campaignId } : { formerArea: formerCode }),
  ]);
  return {
    figures: successors.map((s) =>
      mapFigure({ code: s.code, name: s.name, href: hrefOf(s.code) }, progress.byCommune.get(s.code)),
    ),
    asOf: progress.asOf,
    extendingBeyond: successors.filter((s) => s.extendsBeyond).length,
  };
}

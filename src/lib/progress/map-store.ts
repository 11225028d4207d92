import { mapFigure, type MapFigure, type MapPlace } from './map-figures.ts';
import type { Database } from '../../../db/client.ts';
import { progressByUnit } from './store.ts';
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
): Promise<MapFigure[]> {
  const [list, figures] = await Promise.all([
    units.level === 'province'
      ? listUnits(db, { era: currentEra, level: 'province' })
      : listUnits(db, { era: currentEra, level: 'commune', provinceCode: units.provinceCode }),
    units.level === 'province'
      ? progressByUnit(db, { era: currentEra, level: 'province' })
      : progressByUnit(db, { era: currentEra, level: 'commune', within: units.provinceCode }),
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

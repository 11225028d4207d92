import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { foldDiacritics } from './fold-diacritics.ts';
import type { Topology } from 'topojson-specification';
import { lightenTopology } from './lighten-topology.ts';
import {
  eraValidity,
  successionKinds,
  successionSourceLevels,
  unitLevels,
  unitTypes,
  type Era,
  currentEra,
  formerEra,
} from './vocabulary.ts';

/**
 * Reads Vietnam's administrative units, their succession and boundaries from ../shared/data
 * (see its README), checking every row: the files are loaded, never retyped.
 */

const code = z.string().regex(/^\d{2,5}$/, 'must be a 2–5 digit official code');

const unitRow = z.object({
  code,
  level: z.enum(unitLevels),
  type: z.enum(unitTypes),
  name: z.string().min(1),
  full_name: z.string().min(1),
  name_en: z.string().min(1),
  full_name_en: z.string().min(1),
  slug: z.string().min(1),
  parent_code: z.string(),
});

const successionRow = z.object({
  old_level: z.enum(successionSourceLevels),
  old_code: z.string(),
  old_name: z.string(),
  new_commune_code: code,
  kind: z.enum(successionKinds),
  note: z.string(),
});

const provinceSuccessionRow = z.object({ old_province_code: code, new_province_code: code });
const communePointRow = z.object({
  code,
  lon: z.coerce.number(),
  lat: z.coerce.number(),
  area_km2: z.coerce.number(),
});

export interface AdminUnitRecord {
  era: Era;
  code: string;
  level: z.infer<typeof unitRow>['level'];
  type: z.infer<typeof unitRow>['type'];
  name: string;
  fullName: string;
  nameEn: string;
  fullNameEn: string;
  slug: string;
  parentCode: string | null;
  provinceCode: string;
  searchText: string;
  validFrom: string | null;
  validTo: string | null;
  lon: number | null;
  lat: number | null;
  areaKm2: number | null;
}

export interface UnitSuccessionRecord {
  oldLevel: z.infer<typeof successionRow>['old_level'];
  oldCode: string | null;
  oldName: string | null;
  newCommuneCode: string;
  kind: z.infer<typeof successionRow>['kind'];
  note: string;
}

export interface BoundaryTopologyRecord {
  scope: string;
  objectName: string;
  topology: string;
  featureCount: number;
}

export interface ReferenceData {
  units: AdminUnitRecord[];
  successions: UnitSuccessionRecord[];
  provinceSuccessions: { oldProvinceCode: string; newProvinceCode: string }[];
  boundaries: BoundaryTopologyRecord[];
}

/** Detail of the national province map: enough at country scale, small enough for embeds. */
export const nationalMapDetail = { keep: 0.12, grid: 3_000 };

export class ReferenceDataError extends Error {}

export function readReferenceData(dataDir: string): ReferenceData {
  const read = (file: string) => {
    try {
      return readFileSync(path.join(dataDir, file), 'utf8');
    } catch {
      throw new ReferenceDataError(
        `Cannot read ${path.join(dataDir, file)}: set SHARED_DATA_DIR to the folder holding ../shared/data`,
      );
    }
  };
  const points = new Map(
    rows(read('geo/commune-points.csv'), communePointRow, 'geo/commune-points.csv').map((p) => [p.code, p]),
  );
  const provinceAreas = new Map(
    rows(read('geo/province-areas.csv'), z.object({ code, area_km2: z.coerce.number() }), 'geo/province-areas.csv').map(
      (p) => [p.code, p.area_km2],
    ),
  );
  const units = [
    ...toUnits(formerEra, rows(read('units/units-pre2025.csv'), unitRow, 'units/units-pre2025.csv')),
    ...toUnits(currentEra, rows(read('units/units-2025.csv'), unitRow, 'units/units-2025.csv')).map((unit) => {
      const point = points.get(unit.code);
      if (unit.level === 'province') return { ...unit, areaKm2: provinceAreas.get(unit.code) ?? null };
      return point ? { ...unit, lon: point.lon, lat: point.lat, areaKm2: point.area_km2 } : unit;
    }),
  ];
  const successions = rows(read('units/succession-2025.csv'), successionRow, 'units/succession-2025.csv').map(
    (row) => ({
      oldLevel: row.old_level,
      oldCode: row.old_code || null,
      oldName: row.old_name || null,
      newCommuneCode: row.new_commune_code,
      kind: row.kind,
      note: row.note,
    }),
  );
  const provinceSuccessions = rows(
    read('units/province-succession-2025.csv'),
    provinceSuccessionRow,
    'units/province-succession-2025.csv',
  ).map((row) => ({ oldProvinceCode: row.old_province_code, newProvinceCode: row.new_province_code }));

  const provinceCodes = units.filter((u) => u.era === currentEra && u.level === 'province').map((u) => u.code);
  const boundaries: BoundaryTopologyRecord[] = [
    topology(
      'provinces',
      'provinces',
      JSON.stringify(lightenTopology(JSON.parse(read('geo/provinces.topo.json')) as Topology, nationalMapDetail)),
    ),
    topology('communes', 'communes', read('geo/communes.topo.json')),
    ...provinceCodes.map((province) =>
      topology(`communes/${province}`, 'communes', read(`geo/communes/${province}.topo.json`)),
    ),
  ];
  return { units, successions, provinceSuccessions, boundaries };
}

function rows<T>(text: string, schema: z.ZodType<T>, file: string): T[] {
  const records: Record<string, string>[] = parse(text, { columns: true, skip_empty_lines: true, bom: true });
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ReferenceDataError(`${file} line ${index + 2}: ${issue?.path.join('.')} ${issue?.message}`);
    }
    return result.data;
  });
}

function toUnits(era: Era, parsed: z.infer<typeof unitRow>[]): AdminUnitRecord[] {
  const parentOf = new Map(parsed.map((row) => [row.code, row.parent_code || null]));
  const provinceOf = (row: z.infer<typeof unitRow>): string => {
    let current: string = row.code;
    for (let parent = parentOf.get(current); parent; parent = parentOf.get(current)) current = parent;
    return current;
  };
  return parsed.map((row) => ({
    era,
    code: row.code,
    level: row.level,
    type: row.type,
    name: row.name,
    fullName: row.full_name,
    nameEn: row.name_en,
    fullNameEn: row.full_name_en,
    slug: row.slug,
    parentCode: row.parent_code || null,
    provinceCode: provinceOf(row),
    searchText: foldDiacritics(row.full_name),
    ...eraValidity[era],
    lon: null,
    lat: null,
    areaKm2: null,
  }));
}

function topology(scope: string, objectName: string, text: string): BoundaryTopologyRecord {
  const parsed = z
    .object({
      type: z.literal('Topology'),
      objects: z.record(z.string(), z.object({ geometries: z.array(z.unknown()) })),
    })
    .safeParse(JSON.parse(text));
  const geometries = parsed.success ? parsed.data.objects[objectName]?.geometries : undefined;
  if (!geometries) throw new ReferenceDataError(`Boundary file for ${scope} has no "${objectName}" object`);
  return { scope, objectName, topology: text, featureCount: geometries.length };
}

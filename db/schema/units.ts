import { doublePrecision, date, index, pgTable, primaryKey, serial, text, unique, integer } from 'drizzle-orm/pg-core';
import {
  eras,
  successionKinds,
  successionSourceLevels,
  unitLevels,
  unitTypes,
} from '../../src/lib/units/vocabulary.ts';

/** Provinces, districts and communes of both eras, keyed by (era, code): codes repeat across eras. */
export const adminUnits = pgTable(
  'admin_units',
  {
    era: text({ enum: eras }).notNull(),
    code: text().notNull(),
    level: text({ enum: unitLevels }).notNull(),
    type: text({ enum: unitTypes }).notNull(),
    name: text().notNull(),
    fullName: text().notNull(),
    nameEn: text().notNull(),
    fullNameEn: text().notNull(),
    slug: text().notNull(),
    parentCode: text(),
    /** The province the unit lies in (its own code for a province), to roll up without walking parents. */
    provinceCode: text().notNull(),
    /** Lowercase name without diacritics, for search that ignores them. */
    searchText: text().notNull(),
    validFrom: date(),
    validTo: date(),
    /** A point inside the unit, for markers and labels (2025 communes only). */
    lon: doublePrecision(),
    lat: doublePrecision(),
    areaKm2: doublePrecision(),
  },
  (t) => [
    primaryKey({ columns: [t.era, t.code] }),
    index().on(t.era, t.level),
    index().on(t.era, t.parentCode),
    index().on(t.era, t.provinceCode),
  ],
);

/** The official old→new conversion table: one row per (old unit, new commune). */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    id: serial().primaryKey(),
    oldLevel: text({ enum: successionSourceLevels }).notNull(),
    /** pre2025 code; null only for an `area` that never had one. */
    oldCode: text(),
    oldName: text(),
    newCommuneCode: text().notNull(),
    kind: text({ enum: successionKinds }).notNull(),
    /** The conversion table's own words (Nhập toàn bộ, Nhập một phần, …). */
    note: text().notNull(),
  },
  (t) => [
    unique().on(t.oldLevel, t.oldCode, t.oldName, t.newCommuneCode).nullsNotDistinct(),
    index().on(t.newCommuneCode),
  ],
);

/** Old province → new province (provinces merged whole on 01/07/2025). */
export const provinceSuccessions = pgTable('province_successions', {
  oldProvinceCode: text().primaryKey(),
  newProvinceCode: text().notNull(),
});

/** Simplified 2025 boundaries as published TopoJSON, served as stored. */
export const boundaryTopologies = pgTable('boundary_topologies', {
  /** `provinces`, `communes` (nationwide) or `communes/<province code>`. */
  scope: text().primaryKey(),
  objectName: text().notNull(),
  topology: text().notNull(),
  sha256: text().notNull(),
  featureCount: integer().notNull(),
});

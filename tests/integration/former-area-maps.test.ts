import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { formerAreaMapOf } from '../../src/lib/progress/map-store.ts';
import { inScope } from '../../src/lib/progress/progress-counts.ts';
import { progressOf } from '../../src/lib/progress/store.ts';
import { campaignMap, embedAreaName, formerUnitMap } from '../../src/lib/progress/subject-map-store.ts';
import { formerAreaTopology, successorCommunesOf } from '../../src/lib/units/former-area-store.ts';
import { findBoundaryTopology } from '../../src/lib/units/store.ts';
import { formerEra } from '../../src/lib/units/vocabulary.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { vi } from '../../src/lib/i18n/vi.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

// The official succession as published in ../shared/data, read here on its own (not through the
// portal's loader), so that the maps are checked against the source rather than against themselves.
const dataDir = readEnvironment({}).SHARED_DATA_DIR;
const csv = (file: string) =>
  parse(readFileSync(path.join(dataDir, file), 'utf8'), { columns: true }) as Record<string, string>[];
const oldUnits = csv('units/units-pre2025.csv');
const succession = csv('units/succession-2025.csv');
const provinceOf = new Map<string, string>();
for (const unit of oldUnits) {
  const parent = oldUnits.find((u) => u.code === unit.parent_code && u.level === 'district');
  provinceOf.set(unit.code!, unit.level === 'province' ? unit.code! : (parent?.parent_code ?? unit.parent_code!));
}
/** The old units inside a former unit, by the published parents. */
const within = (area: string) =>
  new Set(
    oldUnits
      .filter((u) => u.code === area || u.parent_code === area || provinceOf.get(u.code!) === area)
      .map((u) => u.code!),
  );
const successorsInSource = (area: string) => {
  const inside = within(area);
  const codes = new Set(succession.filter((s) => inside.has(s.old_code!)).map((s) => s.new_commune_code!));
  const beyond = [...codes].filter((code) =>
    succession.some((s) => s.new_commune_code === code && !inside.has(s.old_code ?? '')),
  );
  return { codes, beyond: new Set(beyond) };
};

describe(`maps of pre-2025 units and campaigns (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it.each(['06', '24', '440', '184', '095'])(
    'draws former unit %s with exactly the communes the official succession names',
    async (area) => {
      const source = successorsInSource(area);
      const successors = await successorCommunesOf(database.db, area);
      expect(new Set(successors.map((s) => s.code))).toEqual(source.codes);
      expect(new Set(successors.filter((s) => s.extendsBeyond).map((s) => s.code))).toEqual(source.beyond);
      // Provinces merged whole: one 2025 province holds them all.
      expect(new Set(successors.map((s) => s.provinceCode)).size).toBe(1);
    },
  );

  it('cuts Bắc Kạn’s geometry out of Thái Nguyên’s communes, keeping only the arcs it uses', async () => {
    const cut = await formerAreaTopology(database.db, '06');
    const whole = await findBoundaryTopology(database.db, 'communes/19');
    const [topology, province] = [JSON.parse(cut!.topology), JSON.parse(whole!.topology)] as Topology[];
    const features = (feature(topology!, topology!.objects.communes as GeometryCollection) as { features: unknown[] })
      .features as { properties: { code: string }; geometry: { coordinates: unknown[] } }[];
    expect(new Set(features.map((f) => f.properties.code))).toEqual(successorsInSource('06').codes);
    for (const f of features) expect(f.geometry.coordinates.length).toBeGreaterThan(0);
    expect(topology!.arcs.length).toBeLessThan(province!.arcs.length);
    expect(cut!.topology.length).toBeLessThan(whole!.topology.length);
    expect(await formerAreaTopology(database.db, '99')).toBeUndefined();
  });

  it('colours the successor communes by the households recorded in the former unit, none lost', async () => {
    for (const area of ['06', '24', '440']) {
      const unit = area.length === 2 ? 'province' : 'commune';
      const map = await formerAreaMapOf(database.db, area, {}, (code) => `/commune/${code}`);
      const mapped = map.figures.reduce((sum, f) => sum + f.inScope, 0);
      if (unit === 'province') {
        const recorded = await progressOf(database.db, { level: 'province', era: formerEra, code: area });
        expect(mapped, area).toBe(inScope(recorded.counts));
      }
      expect(map.figures.every((f) => f.href === `/commune/${f.code}`)).toBe(true);
    }
  });

  it('maps each campaign: its area through the succession, or the provinces for the national one', async () => {
    const bacKan = await campaignMap(database.db, 'vi', vi, 'bac-kan-2025', (level, code) => `/${level}/${code}`);
    expect(bacKan).toMatchObject({ pagePath: '/campaigns/bac-kan-2025', scope: 'old/06' });
    const own = await progressOf(database.db, { level: 'nation' }, { campaignId: 'bac-kan-2025' });
    expect(bacKan!.figures.reduce((sum, f) => sum + f.inScope, 0)).toBe(inScope(own.counts));
    const national = await campaignMap(database.db, 'en', en, 'national-2025', (level, code) => `/${level}/${code}`);
    expect(national).toMatchObject({ scope: 'provinces' });
    expect(national!.figures).toHaveLength(34);
    expect(national!.places).toHaveLength(2);
    expect(await campaignMap(database.db, 'vi', vi, 'no-such-campaign', () => '')).toBeUndefined();
  });

  it('names in oEmbed exactly the embeds that exist', async () => {
    const db = database.db;
    expect(await embedAreaName(db, 'vi', vi, { level: 'province', code: '06' })).toBe(
      'Tỉnh Bắc Kạn (trước ngày 01/7/2025)',
    );
    expect(await embedAreaName(db, 'vi', vi, { level: 'province', code: '19' })).toBe('Tỉnh Thái Nguyên');
    expect(await embedAreaName(db, 'en', en, { level: 'old', code: '440' })).toMatch(/Duc Tho/);
    expect(await embedAreaName(db, 'vi', vi, { level: 'campaign', code: 'bac-kan-2025' })).toBeDefined();
    expect(await embedAreaName(db, 'vi', vi, { level: 'commune', code: '42' })).toBeUndefined();
    expect(await embedAreaName(db, 'vi', vi, { level: 'old', code: '99999' })).toBeUndefined();
    expect(await embedAreaName(db, 'vi', vi, { level: 'campaign', code: 'nope' })).toBeUndefined();
    expect((await formerUnitMap(db, 'vi', vi, '06', (c) => c))?.pagePath).toBe('/old/06');
  });
});

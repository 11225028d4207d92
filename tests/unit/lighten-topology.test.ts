import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lightenTopology } from '../../src/lib/units/lighten-topology.ts';
import { nationalMapDetail } from '../../src/lib/units/reference-data.ts';

const original = JSON.parse(readFileSync('../shared/data/geo/provinces.topo.json', 'utf8')) as Topology;
const lighter = lightenTopology(original, nationalMapDetail);

type Province = Feature<Polygon | MultiPolygon, { code: string; name: string }>;
const provincesOf = (topology: Topology) =>
  (feature(topology, topology.objects.provinces as GeometryCollection) as unknown as { features: Province[] }).features;
const polygons = (province: Province) =>
  province.geometry.type === 'Polygon' ? [province.geometry.coordinates] : province.geometry.coordinates;
const bounds = (province: Province) => {
  const points = polygons(province).flat(2);
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

describe('the lighter national province map', () => {
  it('is well under the embed budget once gzipped', () => {
    const before = gzipSync(JSON.stringify(original)).byteLength;
    const after = gzipSync(JSON.stringify(lighter)).byteLength;
    expect(after).toBeLessThan(10 * 1024);
    expect(after).toBeLessThan(before / 2);
  });

  it('keeps every province, every island and each province’s extent', () => {
    const before = provincesOf(original);
    const after = provincesOf(lighter);
    expect(after.map((p) => p.properties.code)).toEqual(before.map((p) => p.properties.code));
    after.forEach((province, index) => {
      expect(polygons(province).length, province.properties.name).toBe(polygons(before[index]!).length);
      const [x0, y0, x1, y1] = bounds(province);
      const [a0, b0, a1, b1] = bounds(before[index]!);
      for (const [value, expected] of [
        [x0, a0],
        [y0, b0],
        [x1, a1],
        [y1, b1],
      ] as const)
        expect(Math.abs(value! - expected!), province.properties.name).toBeLessThan(0.05);
    });
  });
});

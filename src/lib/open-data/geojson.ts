import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * A stored TopoJSON turned into GeoJSON features carrying the record with the same `code`;
 * units without a record are left out.
 */
export function toGeoJson(topologyText: string, records: Record<string, string | number | null>[]): FeatureCollection {
  const topology = JSON.parse(topologyText) as Topology;
  const objectName = Object.keys(topology.objects)[0]!;
  const collection = feature(topology, topology.objects[objectName] as GeometryCollection) as FeatureCollection<
    Geometry,
    { code: string }
  >;
  const byCode = new Map(records.map((record) => [String(record.code), record]));
  const features: Feature[] = collection.features
    .filter((f) => byCode.has(f.properties.code))
    .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: byCode.get(f.properties.code)! }));
  return { type: 'FeatureCollection', features };
}

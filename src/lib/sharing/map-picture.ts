import { feature } from 'topojson-client';
import type { Feature, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The size share previews ask for. */
export const pictureSize = { width: 1200, height: 630 };

const colors = { land: '#d9dde1', border: '#ffffff', chosen: '#a3121c', sea: '#eef3f7' };

/**
 * The picture a share preview (Zalo, Facebook: `og:image`) shows for a place: the provinces
 * drawn from the portal's own simplified boundaries, the one shared in the portal's red, as an
 * SVG 1200 × 630 (the size those previews ask for), for `sharp` to turn into a PNG.
 *
 * @example mapPictureSvg(topologyJson, '42') // '<svg …><path fill="#a3121c" …/></svg>'
 */
export function mapPictureSvg(topologyJson: string, focus?: string): string {
  const topology = JSON.parse(topologyJson) as Topology;
  const objectName = Object.keys(topology.objects)[0]!;
  const collection = feature(topology, topology.objects[objectName] as GeometryCollection) as unknown as {
    features: Feature<Geometry, { code: string }>[];
  };
  const framed = collection.features.filter((f) => !focus || f.properties.code === focus);
  const [west, south, east, north] = bounds(framed.length ? framed : collection.features);
  // An equirectangular view squeezed by the latitude's cosine: true enough in shape at Viet Nam's size.
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const margin = 40;
  const scale = Math.min(
    (pictureSize.width - 2 * margin) / ((east - west) * squeeze || 1),
    (pictureSize.height - 2 * margin) / (north - south || 1),
  );
  const offsetX = (pictureSize.width - (east - west) * squeeze * scale) / 2;
  const offsetY = (pictureSize.height - (north - south) * scale) / 2;
  const point = ([lon, lat]: Position) =>
    `${(offsetX + (lon! - west) * squeeze * scale).toFixed(1)},${(offsetY + (north - lat!) * scale).toFixed(1)}`;
  const paths = collection.features.map((f) => {
    const d = polygons(f.geometry)
      .flatMap((rings) => rings.map((ring) => `M${ring.map(point).join('L')}Z`))
      .join('');
    const fill = focus && f.properties.code === focus ? colors.chosen : focus ? colors.land : colors.chosen;
    return `<path d="${d}" fill="${fill}" stroke="${colors.border}" stroke-width="1.5" fill-rule="evenodd"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${pictureSize.width}" height="${pictureSize.height}" viewBox="0 0 ${pictureSize.width} ${pictureSize.height}"><rect width="100%" height="100%" fill="${colors.sea}"/>${paths.join('')}</svg>`;
}

function polygons(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygons);
  return [];
}

function bounds(features: Feature<Geometry, unknown>[]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const rings of polygons(f.geometry))
      for (const ring of rings)
        for (const [lon, lat] of ring) {
          west = Math.min(west, lon!);
          east = Math.max(east, lon!);
          south = Math.min(south, lat!);
          north = Math.max(north, lat!);
        }
  return [west, south, east, north];
}

import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/**
 * The part of a TopoJSON topology that draws only the geometries whose `code` property is in
 * `codes` (e.g. the 2025 communes that succeeded a pre-2025 district): other geometries go, and
 * so do the arcs only they used, so a former unit's map weighs what it shows. Arcs that stay are
 * renumbered; shared borders stay shared.
 */
export function subsetTopology(topology: Topology, objectName: string, codes: ReadonlySet<string>): Topology {
  const collection = topology.objects[objectName] as GeometryCollection<{ code: string }>;
  const geometries = collection.geometries.filter((g) => codes.has((g.properties as { code?: string })?.code ?? ''));
  const used = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  // TopoJSON writes a reversed arc as the ones' complement of its index (~i).
  const renumber = (index: number): number => {
    const arc = index < 0 ? ~index : index;
    let kept = used.get(arc);
    if (kept === undefined) {
      kept = arcs.length;
      used.set(arc, kept);
      arcs.push(topology.arcs[arc]!);
    }
    return index < 0 ? ~kept : kept;
  };
  const rings = (ring: number[]) => ring.map(renumber);
  const redraw = (geometry: GeometryObject<{ code: string }>): GeometryObject<{ code: string }> => {
    switch (geometry.type) {
      case 'Polygon':
        return { ...geometry, arcs: geometry.arcs.map(rings) };
      case 'MultiPolygon':
        return { ...geometry, arcs: geometry.arcs.map((polygon) => polygon.map(rings)) };
      case 'LineString':
        return { ...geometry, arcs: rings(geometry.arcs) };
      case 'MultiLineString':
        return { ...geometry, arcs: geometry.arcs.map(rings) };
      default:
        return geometry;
    }
  };
  return {
    ...topology,
    objects: { [objectName]: { ...collection, geometries: geometries.map(redraw) } },
    arcs,
  };
}

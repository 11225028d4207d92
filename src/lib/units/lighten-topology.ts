import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

/**
 * A lighter copy of a TopoJSON topology for small, whole-country maps (the national map and its
 * embed, which must stay under 75 KB in all): keeps the `keep` share of vertices that matter most
 * to the shape (Visvalingam), then quantizes to a `grid`×`grid` lattice. Arcs stay shared, so
 * neighbours still meet; small islands (the Hoàng Sa and Trường Sa archipelagos among them) keep
 * every vertex, so no territory disappears from the map.
 */
export function lightenTopology(topology: Topology, { keep, grid }: { keep: number; grid: number }): Topology {
  const weighted = presimplify(structuredClone(topology) as Topology<Objects<object>>);
  for (const arc of weighted.arcs) {
    const [first, last] = [arc[0]!, arc.at(-1)!];
    const ring = first[0] === last[0] && first[1] === last[1];
    if (ring && arc.length <= smallRing) for (const point of arc) point[2] = Infinity;
  }
  const simplified = simplify(weighted, quantile(weighted, keep));
  const points = simplified.arcs.flat();
  const [minX, maxX] = extent(points.map((p) => p[0]!));
  const [minY, maxY] = extent(points.map((p) => p[1]!));
  const scaleX = (maxX - minX) / (grid - 1) || 1;
  const scaleY = (maxY - minY) / (grid - 1) || 1;
  // Delta-encoded integer positions, as TopoJSON's quantized form expects; repeated points go.
  const arcs = simplified.arcs.map((arc) => {
    let previousX = 0;
    let previousY = 0;
    const kept = arc
      .map(([x, y], index) => {
        const qx = Math.round((x! - minX) / scaleX);
        const qy = Math.round((y! - minY) / scaleY);
        const delta: [number, number] = index === 0 ? [qx, qy] : [qx - previousX, qy - previousY];
        previousX = qx;
        previousY = qy;
        return delta;
      })
      .filter(([dx, dy], index) => index === 0 || dx !== 0 || dy !== 0);
    // An arc needs two points even when both land on one lattice point.
    return kept.length === 1 ? [...kept, [0, 0]] : kept;
  });
  return {
    type: 'Topology',
    objects: topology.objects,
    arcs,
    transform: { scale: [scaleX, scaleY], translate: [minX, minY] },
  };
}

/** Closed arcs (islands) with this few vertices are kept whole: simplifying would erase them. */
const smallRing = 16;

function extent(values: number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}

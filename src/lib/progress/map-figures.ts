import { delivered, inScope, progressPercent, type ProgressCounts } from './progress-counts.ts';

/** What the map shows for one area: small, serialisable, ready for the browser. */
export interface MapFigure {
  code: string;
  name: string;
  href: string;
  inScope: number;
  delivered: number;
  percent: number | null;
}

export function mapFigure(
  unit: { code: string; name: string; href: string },
  counts: ProgressCounts | undefined,
): MapFigure {
  return {
    ...unit,
    inScope: counts ? inScope(counts) : 0,
    delivered: counts ? delivered(counts) : 0,
    percent: counts ? progressPercent(counts) : null,
  };
}

/** A named point always labelled on a map, e.g. an archipelago. */
export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
}

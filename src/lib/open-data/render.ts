import type { Column } from './columns.ts';
import { toCsv, toRecords, type OpenDataFormat } from './formats.ts';
import { toGeoJson } from './geojson.ts';

/**
 * The body of an open data file. JSON and GeoJSON carry when the figures were computed and
 * where the column dictionary is; GeoJSON needs the units' boundaries.
 */
export function renderOpenData<Row>(
  format: OpenDataFormat,
  rows: Row[],
  columns: readonly Column<Row>[],
  meta: { asOf: Date | null; dictionaryUrl: string; topology?: string; figuresAsOf?: string },
): string {
  const about = {
    data_as_of: meta.asOf?.toISOString() ?? null,
    // Figures rebuilt from the stage history as they stood at the end of this day (`?as_of=`).
    ...(meta.figuresAsOf ? { figures_as_at_end_of: meta.figuresAsOf } : {}),
    dictionary: meta.dictionaryUrl,
  };
  if (format === 'csv') return toCsv(rows, columns);
  if (format === 'json') return JSON.stringify({ ...about, rows: toRecords(rows, columns) });
  if (!meta.topology) throw new Error('GeoJSON needs boundaries');
  return JSON.stringify({ ...about, ...toGeoJson(meta.topology, toRecords(rows, columns)) });
}

import { stringify } from 'csv-stringify/sync';
import type { Column } from './columns.ts';

export const openDataFormats = ['csv', 'json', 'geojson'] as const;
export type OpenDataFormat = (typeof openDataFormats)[number];

/** CSV for Excel: UTF-8 with a byte-order mark (or Excel garbles the diacritics), CRLF lines. */
export function toCsv<Row>(rows: Row[], columns: readonly Column<Row>[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    { header: true, columns: columns.map((c) => c.key), bom: true, record_delimiter: 'windows' },
  );
}

/** One plain object per row, keyed by the dictionary's column names. */
export function toRecords<Row>(rows: Row[], columns: readonly Column<Row>[]): Record<string, string | number | null>[] {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column.key, column.value(row)])));
}

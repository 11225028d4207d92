import { csvFile } from '../spreadsheets/spreadsheet-files.ts';
import type { Column } from './columns.ts';

export const openDataFormats = ['csv', 'json', 'geojson'] as const;
export type OpenDataFormat = (typeof openDataFormats)[number];

/** An open data file as CSV for Excel, headed by the dictionary's column names. */
export function toCsv<Row>(rows: Row[], columns: readonly Column<Row>[]): string {
  return csvFile(
    columns.map((column) => column.key),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}

/** One plain object per row, keyed by the dictionary's column names. */
export function toRecords<Row>(rows: Row[], columns: readonly Column<Row>[]): Record<string, string | number | null>[] {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column.key, column.value(row)])));
}

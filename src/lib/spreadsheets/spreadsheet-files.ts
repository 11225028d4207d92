import { stringify } from 'csv-stringify/sync';
import writeExcelFile, { type CellObject } from 'write-excel-file/node';

/**
 * The one writer of CSV files and spreadsheets (ESLint refuses csv-stringify and write-excel-file
 * elsewhere). Text in them is often typed by someone else — a donor's name, a bank memo, a
 * village — and Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-` or
 * `@` (or tab, carriage return, NUL, or a full-width `＝＋－＠`) as a formula. As OWASP's CSV
 * injection guidance and ASVS 1.2.10 say, such text is written after a single quote, which those
 * programs read as "this is text". A plain number is not a formula: `-500000` stays a number.
 * JSON and pages are not spreadsheets and keep the text as it is.
 */

const formulaStart = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^-?\d+(\.\d+)?$/;
/**
 * In a CSV file a cell can also begin inside a text: after a separator (`,`; `;` where Excel
 * splits on it, in many European locales, and disregards the quotes around the text), a quote or
 * a line break.
 */
const csvFormulaStart = /(?<=^|[,;"\t\r\n])(?=[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * Text as a spreadsheet cell may hold it: unchanged, unless a spreadsheet would run it.
 *
 * @example formulaSafe('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * @example formulaSafe('-500000') // '-500000'
 */
export function formulaSafe(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

function csvCellSafe(text: string): string {
  return plainNumber.test(text) ? text : text.replace(csvFormulaStart, "'");
}

/**
 * A CSV file for Excel: UTF-8 with a byte-order mark (or Excel garbles the diacritics), CRLF
 * lines, quoted where RFC 4180 needs it, every text formula-safe. An empty cell is null.
 */
export function csvFile(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? csvCellSafe(cell) : (cell ?? '')))),
    // A line break alone is quoted too: csv-stringify quotes only its own record delimiter, CRLF.
    { header: true, columns: header.map(formulaSafe), bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

/** A cell of a workbook: a value (text, number, date) with its style; never a formula. */
export type WorkbookCell = Omit<CellObject, 'type'> | null;

export interface WorkbookSheet {
  /** The tab's name; `Sheet1`… when absent. */
  name?: string;
  rows: readonly (readonly WorkbookCell[])[];
  /** Widths in characters, per column. */
  columns?: { width: number }[];
}

/** An Excel workbook (.xlsx) of one or more sheets, every text formula-safe. */
export function workbookFile(sheets: readonly WorkbookSheet[]): Promise<Buffer> {
  return writeExcelFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      columns: sheet.columns,
      data: sheet.rows.map((row) =>
        row.map((cell) => (typeof cell?.value === 'string' ? { ...cell, value: formulaSafe(cell.value) } : cell)),
      ),
    })),
  ).toBuffer();
}

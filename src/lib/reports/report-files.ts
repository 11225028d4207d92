import PDFDocument from 'pdfkit';
import { formatDong, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { withNotoSans } from '../pdf/noto-sans.ts';
import { workbookFile } from '../spreadsheets/spreadsheet-files.ts';
import type { ReportCell, ReportTable } from './progress-report.ts';

/** A report table as an Excel workbook: a title row, a date row, the header, the communes, the total. */
export function reportSpreadsheet(table: ReportTable): Promise<Buffer> {
  return reportWorkbook([table]);
}

/** Report tables as one workbook, a sheet each. */
export async function reportWorkbook(tables: readonly ReportTable[]): Promise<Buffer> {
  const value = (cell: ReportCell) =>
    cell === null
      ? { value: undefined }
      : typeof cell === 'bigint'
        ? { value: Number(cell), format: '#,##0' }
        : { value: cell };
  const bold = { fontWeight: 'bold' as const };
  return workbookFile(
    tables.map((table) => ({
      rows: [
        [{ value: table.title, ...bold }],
        [{ value: table.subtitle }],
        [],
        table.header.map((header) => ({ value: header, ...bold, wrap: true })),
        ...table.rows.map((row) => row.map(value)),
        table.total.map((cell) => ({ ...value(cell), ...bold })),
      ],
      columns: table.header.map((_, i) => ({ width: i === 1 ? 28 : i === table.header.length - 1 ? 18 : 11 })),
    })),
  );
}

/** A report table as an A4 landscape PDF, the header repeated on every page. */
export function reportPdf(table: ReportTable, locale: Locale): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: table.title } });
  const done = withNotoSans(document);

  const text = (cell: ReportCell, column: number): string => {
    if (cell === null) return '—';
    if (typeof cell === 'bigint') return formatDong(locale, cell);
    if (typeof cell === 'number')
      return column === table.header.length - 2 ? formatPercent(locale, cell) : formatNumber(locale, cell);
    return cell;
  };
  const width = document.page.width - 72;
  // Code, name and amount are wider than the counts.
  const widths = table.header.map((_, i): number =>
    i === 1 ? 120 : i === 0 ? 42 : i === table.header.length - 1 ? 84 : 0,
  );
  const rest = (width - widths.reduce((a, b) => a + b, 0)) / widths.filter((w) => w === 0).length;
  const columns = widths.map((w) => w || rest);

  const row = (values: string[], font: 'regular' | 'bold', size: number) => {
    document.font(font).fontSize(size);
    const height =
      Math.max(...values.map((value, i) => document.heightOfString(value, { width: columns[i]! - 4 }))) + 4;
    if (document.y + height > document.page.height - 36) {
      document.addPage();
      header();
    }
    const top = document.y;
    let x = 36;
    values.forEach((value, i) => {
      document.text(value, x + 2, top + 2, { width: columns[i]! - 4, align: i < 2 ? 'left' : 'right' });
      x += columns[i]!;
    });
    document
      .moveTo(36, top + height)
      .lineTo(36 + width, top + height)
      .lineWidth(0.3)
      .stroke('#999999');
    document.x = 36;
    document.y = top + height;
  };
  const header = () => row(table.header, 'bold', 7.5);

  document.font('bold').fontSize(14).text(table.title);
  document.font('regular').fontSize(9).text(table.subtitle).moveDown();
  header();
  for (const values of table.rows) row(values.map(text), 'regular', 8);
  row(table.total.map(text), 'bold', 8);
  document.end();
  return done;
}

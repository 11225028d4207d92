import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { maximumAmount } from '../money/whole-dong.ts';
import { shownSafely } from '../forms/shown-safely.ts';
import { readSpreadsheet } from '../http/heavy-work.ts';
import { publicReferencesIn } from '../references/public-reference.ts';
import { ok, refused, type Refused, type Result } from '../forms/result.ts';

/**
 * Bank statements (sao kê) as CSV or Excel (.xlsx), one format per bank: which column holds what,
 * and how its amounts are written. Banks change their export headers between products and years;
 * a new layout is a few lines here. The notations below are the portal's own reading of each
 * bank's export, as its files were met: an export written otherwise is refused, never guessed.
 */
export interface StatementFormat {
  /** Shown to the treasurer. */
  name: string;
  columns: { bookedAt: string; transactionId: string; credit: string; debit: string; description: string };
  /** A column naming the currency, when the export has one: every row must be in đồng. */
  currency: string;
  /** How amounts written as text group thousands and mark decimals. */
  notation: AmountNotation;
}

/** Which character groups an amount's thousands, and which one starts its decimals. */
export interface AmountNotation {
  thousands: '.' | ',';
  decimal: ',' | '.';
}
/** 2.500.000 or 2.500.000,00 */
const vietnameseNotation = { thousands: '.', decimal: ',' } as const;
/** 2,500,000 or 2500000.00 */
const englishNotation = { thousands: ',', decimal: '.' } as const;

export const statementFormats = {
  vietcombank: {
    name: 'Vietcombank',
    columns: {
      bookedAt: 'Ngày giao dịch',
      transactionId: 'Số tham chiếu',
      credit: 'Số tiền ghi có',
      debit: 'Số tiền ghi nợ',
      description: 'Mô tả',
    },
    currency: 'Loại tiền',
    notation: vietnameseNotation,
  },
  vietinbank: {
    name: 'VietinBank',
    columns: {
      bookedAt: 'Ngày hạch toán',
      transactionId: 'Mã giao dịch',
      credit: 'Ghi có',
      debit: 'Ghi nợ',
      description: 'Diễn giải',
    },
    currency: 'Loại tiền',
    notation: englishNotation,
  },
  bidv: {
    name: 'BIDV',
    columns: {
      bookedAt: 'Ngày GD',
      transactionId: 'Số bút toán',
      credit: 'Phát sinh có',
      debit: 'Phát sinh nợ',
      description: 'Nội dung',
    },
    currency: 'Loại tiền tệ',
    notation: vietnameseNotation,
  },
} as const satisfies Record<string, StatementFormat>;
export type StatementBank = keyof typeof statementFormats;
export const statementBanks = Object.keys(statementFormats) as [StatementBank, ...StatementBank[]];

/** A credit to the fund's account, as the bank reported it. */
export interface StatementCredit {
  /** The bank's own id of the transaction: the same transaction is never imported twice. */
  transactionId: string;
  bookedAt: Date;
  /** Whole đồng, more than zero. */
  amount: bigint;
  description: string;
  /** The row exactly as it was in the file. */
  raw: Record<string, string>;
}

/**
 * A debit from the fund's account: its own spending (recorded elsewhere), or money the bank sent
 * back to a donor, which the description usually ties to the earlier credit.
 */
export interface StatementDebit {
  transactionId: string;
  bookedAt: Date;
  /** Whole đồng taken from the account, more than zero. */
  amount: bigint;
  description: string;
}

/** One row of a statement: money in, or money out. */
export type StatementLine = ({ kind: 'credit' } & StatementCredit) | ({ kind: 'debit' } & StatementDebit);

/** What checking a whole file found: how many credits it holds, and its debits. */
export interface StatementCheck {
  credits: number;
  debits: StatementDebit[];
}

/**
 * Why a file is not read, each with `values` for its message: `row` (as the file numbers it, the
 * header being row 1), `column` (the bank's own header) and `value` (as found, made safe to show
 * by `shownSafely`) for a row's problem; `bank` and `columns` for a file of another layout.
 */
export const statementProblems = [
  /** Not CSV that can be parsed (an unclosed quote…), from `row` on. */
  'notCsv',
  /**
   * A CSV row of `found` fields under a header of `expected`: an unquoted comma in a description
   * shifts the amounts into the wrong columns (a credit read as a debit), so none is guessed.
   */
  'columnCount',
  /** Starts like a zip but is no workbook with a sheet. */
  'notXlsx',
  /** The bank's columns are not all there: `columns` are missing. */
  'wrongLayout',
  /** Not a number at all. */
  'amountNotNumber',
  /** Has a part of a đồng (`1.500,50`): the fund is credited whole đồng. */
  'amountFractional',
  /** Separators the bank does not write (`1.234,56` from a bank writing `1,234.56`), or thousands not grouped by three. */
  'amountSeparators',
  /** In another currency (`USD`, `$`), by the amount or by the currency column. */
  'amountCurrency',
  /** A minus on a credit, or a plus on a debit: which way the money went is unclear. */
  'amountSign',
  /** More than fifteen digits: no transfer is that large. */
  'amountTooLarge',
  /** Amounts in both the credit and the debit column. */
  'amountBoth',
  /** No amount in either column. */
  'amountNone',
  /** No transaction id: it could not be kept once. */
  'transactionIdMissing',
  /** Not a date like 25/09/2025 14:30. */
  'dateInvalid',
  /** Holds a NUL character, which no text in the database can keep. */
  'nulCharacter',
] as const;
export type StatementProblem = (typeof statementProblems)[number];

type AmountProblem =
  'amountNotNumber' | 'amountFractional' | 'amountSeparators' | 'amountCurrency' | 'amountSign' | 'amountTooLarge';

/** A spreadsheet cell or a CSV field: numbers only come from spreadsheets. */
type Cell = string | number | boolean | Date | null | undefined;

/**
 * Reads a statement file, CSV or Excel (an .xlsx is a zip: it starts with "PK"), row by row, in
 * the bank's layout and notation. Yields each credit and debit; at the first row it cannot read,
 * yields the refusal (naming the row, the column and the value) and stops. A CSV file is read as
 * it streams, so that a statement of any length is never held in memory whole.
 */
export async function* readStatementLines(
  bank: StatementBank,
  file: Blob,
): AsyncGenerator<StatementLine | Refused<StatementProblem>> {
  const rows = (await statementFileKind(file)) === 'xlsx' ? sheetRows(file) : csvRows(file);
  let header: string[] | undefined;
  for await (const row of rows) {
    if ('ok' in row) {
      yield row;
      return;
    }
    if (!header) {
      header = row.cells.map((cell) => String(cell ?? '').trim());
      const missing = Object.values(statementFormats[bank].columns).filter((column) => !header!.includes(column));
      if (missing.length > 0) {
        yield refused('wrongLayout', { values: { bank: statementFormats[bank].name, columns: missing.join(', ') } });
        return;
      }
      continue;
    }
    if (row.csv && row.cells.length !== header.length) {
      yield refused('columnCount', { values: { row: row.number, found: row.cells.length, expected: header.length } });
      return;
    }
    const line = readLine(bank, header, row.cells, row.number);
    yield line;
    if ('ok' in line) return;
  }
  if (!header) {
    const { name, columns } = statementFormats[bank];
    yield refused('wrongLayout', { values: { bank: name, columns: Object.values(columns).join(', ') } });
  }
}

/**
 * Reads a whole file without keeping its credits: how many there are and what its debits are, or
 * the first row that refuses the file, before anything of it is written.
 */
export async function checkStatement(
  bank: StatementBank,
  file: Blob,
): Promise<Result<StatementCheck, StatementProblem>> {
  const debits: StatementDebit[] = [];
  let credits = 0;
  for await (const line of readStatementLines(bank, file)) {
    if ('ok' in line) return line;
    if (line.kind === 'credit') credits++;
    else {
      const { kind: _debit, ...read } = line;
      debits.push(read);
    }
  }
  return ok({ credits, debits });
}

/** A statement file's kind: an .xlsx is a zip, which starts with "PK"; anything else is read as CSV. */
export async function statementFileKind(file: Blob): Promise<'csv' | 'xlsx'> {
  const start = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return start[0] === 0x50 && start[1] === 0x4b ? 'xlsx' : 'csv';
}

/** Bytes read at a time from a statement file. */
const chunkBytes = 64 * 1024;

/**
 * A file's bytes in chunks of 64 KB. A file held in memory (an upload) streams as one chunk,
 * which the CSV parser would turn into every record at once; slices keep it row by row.
 */
export async function* fileChunks(file: Blob): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < file.size; offset += chunkBytes)
    yield new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
}

/** A file's rows in order, each with its number in the file (the header is 1), or why it stops. */
type Row = { number: number; cells: Cell[]; csv?: true } | Refused<StatementProblem>;

async function* csvRows(file: Blob): AsyncGenerator<Row> {
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  Readable.from(fileChunks(file)).pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      yield { number: info.lines, cells: record, csv: true };
  } catch (error) {
    yield refused('notCsv', { values: { row: Number((error as { lines?: number }).lines ?? 1) } });
  }
}

async function* sheetRows(file: Blob): AsyncGenerator<Row> {
  // Bounded and in its turn (src/lib/http/heavy-work.ts): a sheet that cannot be read, or would inflate too far, is none.
  const rows = (await readSpreadsheet(new Uint8Array(await file.arrayBuffer()))) as Cell[][] | undefined;
  if (!rows) {
    yield refused('notXlsx');
    return;
  }
  for (const [index, cells] of rows.entries())
    if (cells.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''))
      yield { number: index + 1, cells };
}

/** One row of the body read by its header: a credit, a debit, or why the file is refused there. */
function readLine(
  bank: StatementBank,
  header: string[],
  cells: Cell[],
  row: number,
): StatementLine | Refused<StatementProblem> {
  const { columns, currency, notation } = statementFormats[bank];
  const cellOf = (column: string) => cells[header.indexOf(column)];
  const at = (code: StatementProblem, column: string) =>
    refused(code, { values: { row, column, value: shownSafely(cellText(cellOf(column))) } });

  const nul = header.find((_column, i) => typeof cells[i] === 'string' && cells[i].includes('\u0000'));
  if (nul !== undefined) return at('nulCharacter', nul);
  const credit = readAmount(cellOf(columns.credit), notation, 'credit');
  if (typeof credit === 'string') return at(credit, columns.credit);
  const debitAmount = readAmount(cellOf(columns.debit), notation, 'debit');
  if (typeof debitAmount === 'string') return at(debitAmount, columns.debit);
  if (credit > 0n && debitAmount > 0n) return at('amountBoth', columns.debit);
  if (credit === 0n && debitAmount === 0n) return at('amountNone', columns.credit);
  if (header.includes(currency) && !isDong(cellText(cellOf(currency)))) return at('amountCurrency', currency);

  const transactionId = cellText(cellOf(columns.transactionId));
  if (!transactionId) return at('transactionIdMissing', columns.transactionId);
  const bookedAt = bookedTime(cellOf(columns.bookedAt));
  if (!bookedAt) return at('dateInvalid', columns.bookedAt);
  const description = cellText(cellOf(columns.description));
  if (debitAmount > 0n) return { kind: 'debit', transactionId, bookedAt, amount: debitAmount, description };
  const raw = Object.fromEntries(header.map((name, i) => [name, cellText(cells[i])]));
  return { kind: 'credit', transactionId, bookedAt, amount: credit, description, raw };
}

/** A cell as text, as the bank's CSV would write it; a date cell holds the wall-clock time shown. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (!(cell instanceof Date)) return String(cell).trim();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(cell.getUTCDate())}/${two(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()} ${two(cell.getUTCHours())}:${two(cell.getUTCMinutes())}:${two(cell.getUTCSeconds())}`;
}

const dongMarks = /^(vnd|vnđ|đ|₫|đồng)$/i;
const isDong = (text: string) => text === '' || dongMarks.test(text);

/**
 * An amount as whole đồng, 0n for an empty cell, or why it is not one. A spreadsheet's number
 * must be whole; text must be written in the bank's notation, thousands grouped by three, with
 * decimals (if any) of one or two zeros — three digits after the decimal mark are refused, being
 * what the other notation writes for thousands. A currency mark is allowed only for đồng; a
 * debit may carry a minus, a credit a plus.
 */
export function readAmount(cell: Cell, notation: AmountNotation, side: 'credit' | 'debit'): bigint | AmountProblem {
  if (cell === null || cell === undefined || cell === '') return 0n;
  if (typeof cell === 'number') {
    const whole = side === 'debit' ? Math.abs(cell) : cell;
    if (!Number.isFinite(whole)) return 'amountNotNumber';
    if (whole < 0) return 'amountSign';
    if (!Number.isInteger(whole)) return 'amountFractional';
    if (!Number.isSafeInteger(whole) || BigInt(whole) > maximumAmount) return 'amountTooLarge';
    return BigInt(whole);
  }
  if (typeof cell !== 'string') return 'amountNotNumber';
  let text = cell.trim().replace(/^(vnd|vnđ)\s*/i, '');
  const mark = /\s*(vnd|vnđ|đ|₫|đồng)$/i.exec(text);
  if (mark) text = text.slice(0, mark.index);
  if (text === '' || text === '-') return mark ? 'amountNotNumber' : 0n;
  if (/[\p{L}\p{Sc}]/u.test(text)) return 'amountCurrency';
  const sign = /^[-+]/.exec(text)?.[0];
  if (sign) text = text.slice(1).trimStart();
  if (sign === (side === 'credit' ? '-' : '+')) return 'amountSign';
  if (!/^[\d.,]*\d[\d.,]*$/.test(text)) return 'amountNotNumber';
  const [whole = '', fraction, ...more] = text.split(notation.decimal);
  if (more.length > 0 || fraction?.includes(notation.thousands)) return 'amountSeparators';
  const grouped = new RegExp(`^(\\d+|\\d{1,3}(\\${notation.thousands}\\d{3})+)$`);
  if (!grouped.test(whole)) return 'amountSeparators';
  if (fraction !== undefined) {
    if (!/^\d{1,2}$/.test(fraction)) return 'amountSeparators';
    if (/[1-9]/.test(fraction)) return 'amountFractional';
  }
  const digits = whole.replaceAll(notation.thousands, '').replace(/^0+(?=\d)/, '');
  // The portal's one maximum for an amount from outside (src/lib/money/whole-dong.ts).
  if (digits.length > 15 || BigInt(digits) > maximumAmount) return 'amountTooLarge';
  return BigInt(digits);
}

/** `dd/mm/yyyy` with an optional `hh:mm[:ss]`, in Vietnam's time (GMT+7, no daylight saving); undefined when not. */
function bookedTime(cell: Cell): Date | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(cellText(cell));
  const [day, month, year, hour, minute, second] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0));
  const calendar = match ? new Date(Date.UTC(year!, month! - 1, day!)) : undefined;
  if (
    !calendar ||
    calendar.getUTCDate() !== day ||
    calendar.getUTCMonth() !== month! - 1 ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  )
    return undefined;
  return new Date(calendar.getTime() + ((hour! - 7) * 3600 + minute! * 60 + second!) * 1000);
}

/**
 * Pledge references a donor copied into the transfer description, however the bank reshaped it
 * (spaces dropped, words run together): every candidate, overlapping, for the caller to look up.
 */
export function pledgeReferencesIn(description: string): string[] {
  return publicReferencesIn('pledge', description);
}

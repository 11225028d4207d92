import { parse } from 'csv-parse/sync';
import { readSpreadsheet } from '../http/heavy-work.ts';
import { publicReferencesIn } from '../references/public-reference.ts';
import { ok, refused, type Result } from '../forms/result.ts';

/**
 * Bank statements (sao kê) as CSV or Excel (.xlsx), one format per bank: which column holds what. Banks change
 * their export headers between products and years; a new layout is a few lines here.
 */
export interface StatementFormat {
  /** Shown to the treasurer. */
  name: string;
  columns: { bookedAt: string; transactionId: string; credit: string; debit: string; description: string };
}

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
  },
} as const satisfies Record<string, StatementFormat>;
export type StatementBank = keyof typeof statementFormats;
export const statementBanks = Object.keys(statementFormats) as [StatementBank, ...StatementBank[]];

/** A credit to the fund's account, as the bank reported it. */
export interface StatementCredit {
  /** The bank's own id of the transaction: the same transaction is never imported twice. */
  transactionId: string;
  bookedAt: Date;
  /** Whole đồng. */
  amount: bigint;
  description: string;
  /** The row exactly as it was in the file. */
  raw: Record<string, string>;
}

/** What a file was read into: its credits, and how many debits it skipped. */
export interface StatementRead {
  credits: StatementCredit[];
  debits: number;
}

/**
 * Why a file is not read: `statementUnreadable`, with `detail` saying what is wrong and where
 * (e.g. `line 4: "31/02/2025" is not a date like 25/09/2025 14:30`), in English, as the bank's
 * own column names are.
 */
export type StatementProblem = 'statementUnreadable';
const unreadable = (detail: string) => refused<StatementProblem>('statementUnreadable', { values: { detail } });

/**
 * Reads a statement file, CSV or Excel (an .xlsx is a zip: it starts with "PK"), into its credits
 * (debits are the fund's own spending, recorded elsewhere). A row that cannot be read refuses the
 * whole file with its line number: nothing half-imported.
 */
export async function readStatementFile(
  bank: StatementBank,
  bytes: Uint8Array,
): Promise<Result<StatementRead, StatementProblem>> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) return readStatement(bank, Buffer.from(bytes).toString('utf8'));
  const sheet = await sheetRecords(bytes);
  return sheet ? readStatementRecords(bank, ...sheet) : unreadable('not a readable Excel (.xlsx) file');
}

/** Reads a CSV statement's credits. */
export function readStatement(bank: StatementBank, csv: string): Result<StatementRead, StatementProblem> {
  let header: string[] = [];
  let records: Record<string, string>[];
  try {
    const columns = (names: string[]) => (header = names);
    records = parse(csv.replace(/^\uFEFF/, ''), { columns, skip_empty_lines: true, trim: true });
  } catch (error) {
    return unreadable(`not a readable CSV file: ${(error as Error).message}`);
  }
  return readStatementRecords(bank, header, records);
}

/** The first sheet's header and rows as records by header, cells as the bank's CSV would write them. */
async function sheetRecords(bytes: Uint8Array): Promise<[string[], Record<string, string>[]] | undefined> {
  const rows = await readSpreadsheet(bytes);
  if (!rows) return undefined;
  const [header = [], ...body] = rows;
  const names = header.map((cell) => String(cell ?? '').trim());
  const records = body
    .filter((cells) => cells.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''))
    .map((cells) => Object.fromEntries(names.map((name, i) => [name, cellText(cells[i])])));
  return [names, records];
}

/** A spreadsheet cell as text; a date cell holds the wall-clock time shown, written dd/mm/yyyy hh:mm:ss. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (!(cell instanceof Date)) return String(cell).trim();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(cell.getUTCDate())}/${two(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()} ${two(cell.getUTCHours())}:${two(cell.getUTCMinutes())}:${two(cell.getUTCSeconds())}`;
}

function readStatementRecords(
  bank: StatementBank,
  header: string[],
  records: Record<string, string>[],
): Result<StatementRead, StatementProblem> {
  const { columns } = statementFormats[bank];
  const missing = Object.values(columns).filter((column) => !header.includes(column));
  if (missing.length > 0)
    return unreadable(`not a ${statementFormats[bank].name} statement: missing column(s) ${missing.join(', ')}`);

  const credits: StatementCredit[] = [];
  let debits = 0;
  for (const [index, row] of records.entries()) {
    const line = index + 2;
    const creditText = row[columns.credit] ?? '';
    const credit = wholeDong(creditText);
    if (credit === undefined) return unreadable(`line ${line}: "${creditText}" is not an amount in whole đồng`);
    if (credit === 0n) {
      const debitText = row[columns.debit] ?? '';
      const debit = wholeDong(debitText);
      if (debit === undefined) return unreadable(`line ${line}: "${debitText}" is not an amount in whole đồng`);
      if (debit > 0n) debits++;
      continue;
    }
    const transactionId = row[columns.transactionId]?.trim();
    if (!transactionId) return unreadable(`line ${line}: no transaction id`);
    const bookedText = row[columns.bookedAt] ?? '';
    const bookedAt = vietnamTime(bookedText);
    if (!bookedAt) return unreadable(`line ${line}: "${bookedText}" is not a date like 25/09/2025 14:30`);
    credits.push({ transactionId, bookedAt, amount: credit, description: row[columns.description] ?? '', raw: row });
  }
  return ok({ credits, debits });
}

/** Whole đồng as a bank writes them ("2.500.000", "500,000", empty for none); undefined when not. */
function wholeDong(text: string): bigint | undefined {
  const cleaned = text.replace(/[\s.,]/g, '');
  if (cleaned === '' || cleaned === '-') return 0n;
  if (!/^\d{1,15}$/.test(cleaned)) return undefined;
  return BigInt(cleaned);
}

/** `dd/mm/yyyy` with an optional `hh:mm[:ss]`, in Vietnam's time (GMT+7, no daylight saving); undefined when not. */
function vietnamTime(text: string): Date | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  const [day, month, year, hour, minute, second] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0));
  const calendar = match ? new Date(Date.UTC(year!, month! - 1, day!)) : undefined;
  if (!calendar || calendar.getUTCDate() !== day || calendar.getUTCMonth() !== month! - 1 || hour! > 23 || minute! > 59)
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

import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Problem, Result } from '../forms/result.ts';
import { personalDataIn } from '../privacy/public-text.ts';
import { eraOn, type Era } from '../units/vocabulary.ts';
import { isAcceptableSource } from './source.ts';
import { officialReportKinds, type OfficialReportKind } from './vocabulary.ts';

/**
 * Reading a CSV of official reports, in the columns of ../shared/official/national-reports.csv.
 * Every row is checked before any is kept: a file with one wrong cell is refused whole, naming the
 * row (as a spreadsheet numbers it, the header being row 1), the column and the value.
 */

/** The figures a report may give; an empty cell is a figure the source does not state. */
export const officialCountColumns = [
  'homes_total',
  'completed',
  'under_way',
  'new_build',
  'repair',
  'meritorious_total',
  'target_programmes_total',
  'campaign_total',
  'localities_done',
  'localities_total',
  'workdays',
] as const;
export type OfficialCountColumn = (typeof officialCountColumns)[number];

export const officialReportColumns = [
  'as_of',
  'area',
  'kind',
  ...officialCountColumns,
  'money_mobilised_billion_dong',
  'publisher',
  'source',
  'note',
] as const;
export type OfficialReportColumn = (typeof officialReportColumns)[number];

export interface OfficialReportRecord {
  asOf: string;
  area: string;
  areaEra: Era;
  kind: OfficialReportKind;
  counts: Record<OfficialCountColumn, number | null>;
  /** Billions of đồng as published, digits with up to three decimals. */
  moneyMobilisedBillionDong: string | null;
  publisher: string;
  source: string;
  note: string | null;
  fingerprint: string;
}

export type OfficialReportProblem =
  | 'unreadable'
  | 'noRows'
  | 'tooManyRows'
  | 'missingColumn'
  | 'date'
  | 'area'
  | 'kind'
  | 'count'
  | 'money'
  | 'required'
  | 'tooLong'
  | 'futureDate'
  | 'countAboveTotal'
  | 'source'
  | 'hiddenCharacters';

/** More rows than any report file holds: a guard, not a limit anyone meets. */
export const maximumOfficialRows = 5_000;
export const maximumOfficialFileBytes = 2 * 1024 * 1024;

/** Published text: hidden or text-direction characters refused, as in all public free text. */
const text = (maximum: number) =>
  z
    .string()
    .trim()
    .max(maximum, 'tooLong')
    .refine((value) => !personalDataIn(value).includes('textHasHiddenCharacters'), 'hiddenCharacters');
const count = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{1,10}$/.test(value), 'count')
  .transform((value) => (value === '' ? null : Number(value)))
  .refine((value) => value === null || value <= 2_147_483_647, 'count');

const countShape = Object.fromEntries(officialCountColumns.map((column) => [column, count])) as Record<
  OfficialCountColumn,
  typeof count
>;

const rowSchema = z.object({
  as_of: z.string().trim().pipe(z.iso.date('date')),
  area: z
    .string()
    .trim()
    .regex(/^(national|\d{2})$/, 'area'),
  kind: z.string().trim().pipe(z.enum(officialReportKinds, 'kind')),
  ...countShape,
  money_mobilised_billion_dong: z
    .string()
    .trim()
    .regex(/^(\d{1,11}(\.\d{1,3})?)?$/, 'money'),
  publisher: text(300).min(1, 'required'),
  source: text(1000).min(1, 'required').refine(isAcceptableSource, 'source'),
  note: text(2000),
});

/** A part cannot exceed its whole: each count here is at most the one it is paired with. */
const partsOfWholes: [OfficialCountColumn, OfficialCountColumn][] = [
  ['completed', 'homes_total'],
  ['under_way', 'homes_total'],
  ['localities_done', 'localities_total'],
];

/** Today's date in Vietnam (YYYY-MM-DD), the latest a published figure can be dated. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/**
 * Reads the file's text against the provinces of each era (`provinceCodes`); the rows, in the
 * file's order, or every problem found (at most one per cell, the first twenty). A report dated
 * after `today` (Vietnam's date) is refused: figures are published about what has happened.
 */
export function readOfficialReports(
  csv: string,
  provinceCodes: Record<Era, ReadonlySet<string>>,
  today: string = todayInVietnam(),
): Result<OfficialReportRecord[], OfficialReportProblem> {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch {
    return { ok: false, problems: [{ code: 'unreadable' }] };
  }
  const [header = [], ...body] = records;
  const names = header.map((name) => name.trim());
  const missing = officialReportColumns.filter((column) => !names.includes(column));
  if (missing.length > 0)
    return { ok: false, problems: missing.map((column) => ({ code: 'missingColumn', values: { column } })) };
  if (body.length === 0) return { ok: false, problems: [{ code: 'noRows' }] };
  if (body.length > maximumOfficialRows)
    return { ok: false, problems: [{ code: 'tooManyRows', values: { maximum: maximumOfficialRows } }] };

  const problems: Problem<OfficialReportProblem>[] = [];
  const rows: OfficialReportRecord[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    const raw = Object.fromEntries(officialReportColumns.map((column) => [column, cells[names.indexOf(column)] ?? '']));
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0]);
        const code = (issue.message in problemCodes ? issue.message : 'required') as OfficialReportProblem;
        // Hidden characters are shown, not echoed: a direction override would reorder the message.
        const value = String(raw[column] ?? '').replace(/[\p{Cf}\p{Cc}\u2028\u2029]/gu, '\uFFFD');
        problems.push({ code, field: column, values: { row, column, value } });
      }
      return;
    }
    const value = parsed.data;
    const asOf = value.as_of;
    if (asOf > today) {
      problems.push({ code: 'futureDate', field: 'as_of', values: { row, column: 'as_of', value: asOf } });
      return;
    }
    const areaEra = eraOn(asOf);
    const area = value.area;
    if (area !== 'national' && !provinceCodes[areaEra].has(area)) {
      problems.push({ code: 'area', field: 'area', values: { row, column: 'area', value: area } });
      return;
    }
    const counts = Object.fromEntries(officialCountColumns.map((column) => [column, value[column]])) as Record<
      OfficialCountColumn,
      number | null
    >;
    const aboveTotal = partsOfWholes.filter(([part, whole]) => (counts[part] ?? 0) > (counts[whole] ?? Infinity));
    if (aboveTotal.length > 0) {
      for (const [part, whole] of aboveTotal)
        problems.push({
          code: 'countAboveTotal',
          field: part,
          values: { row, column: part, value: String(counts[part]), total: whole },
        });
      return;
    }
    const record = {
      asOf,
      area,
      areaEra,
      kind: value.kind,
      counts,
      moneyMobilisedBillionDong: value.money_mobilised_billion_dong || null,
      publisher: value.publisher,
      source: value.source,
      note: value.note || null,
    };
    rows.push({ ...record, fingerprint: fingerprintOf(record) });
  });
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, value: rows };
}

const problemCodes: Record<OfficialReportProblem, true> = {
  unreadable: true,
  noRows: true,
  tooManyRows: true,
  missingColumn: true,
  date: true,
  area: true,
  kind: true,
  count: true,
  money: true,
  required: true,
  tooLong: true,
  futureDate: true,
  countAboveTotal: true,
  source: true,
  hiddenCharacters: true,
};

/** The same values give the same fingerprint, whatever the file's column order or spacing. */
function fingerprintOf(record: Omit<OfficialReportRecord, 'fingerprint'>): string {
  const values = [
    record.asOf,
    record.area,
    record.kind,
    ...officialCountColumns.map((column) => record.counts[column]),
    record.moneyMobilisedBillionDong === null ? null : Number(record.moneyMobilisedBillionDong).toFixed(3),
    record.publisher,
    record.source,
    record.note,
  ];
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}

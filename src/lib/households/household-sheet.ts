import { initialsOf } from '../privacy/display-name.ts';
import { personalDataIn, publicTextProblems } from '../privacy/public-text.ts';
import { amountFromText } from '../money/whole-dong.ts';
import { foldDiacritics } from '../units/fold-diacritics.ts';
import {
  beneficiaryCategories,
  supportProgrammes,
  supportTypes,
  type BeneficiaryCategory,
  type SupportProgramme,
  type SupportType,
} from './vocabulary.ts';
import { ok, refused, type Result } from '../forms/result.ts';

/**
 * The household list template that communes fill in (one row per household) and its reader.
 * Headers are Vietnamese; choice columns take the labels the portal shows (in any of its
 * languages, with or without diacritics: the caller gives them) or the codes. The householder's name is read only to
 * make initials: the full name is never kept, not even in the upload as read (DESIGN.md §5,
 * `storableCells`).
 */
export const sheetColumnKeys = [
  'code',
  'commune',
  'village',
  'name',
  'category',
  'supportType',
  'programme',
  'amount',
  'identifiedOn',
  'approvedOn',
] as const;
export type SheetColumn = (typeof sheetColumnKeys)[number];

export interface SheetColumnSpec {
  key: SheetColumn;
  header: string;
  /** In characters, for the template. */
  width: number;
  /** For a choice column, the code of the example: the template shows its label. */
  example: string | number;
}

/** The template's columns, in order. */
export const sheetColumns: readonly SheetColumnSpec[] = [
  { key: 'code', header: 'Mã hộ', width: 18, example: 'DT25-18229-101' },
  { key: 'commune', header: 'Mã xã', width: 10, example: '18229' },
  { key: 'village', header: 'Thôn, tổ dân phố', width: 22, example: 'Thôn 3' },
  { key: 'name', header: 'Họ tên chủ hộ (chỉ lưu chữ cái đầu)', width: 30, example: 'Nguyễn Văn An' },
  { key: 'category', header: 'Diện hỗ trợ', width: 30, example: 'poor' },
  { key: 'supportType', header: 'Hình thức', width: 12, example: 'new_build' },
  { key: 'programme', header: 'Chương trình', width: 34, example: 'temporary_housing_elimination' },
  { key: 'amount', header: 'Số tiền hỗ trợ (đồng)', width: 18, example: 60000000 },
  { key: 'identifiedOn', header: 'Ngày rà soát (dd/mm/yyyy)', width: 16, example: '15/03/2025' },
  { key: 'approvedOn', header: 'Ngày phê duyệt (nếu có)', width: 16, example: '' },
];

/** Days an upload never saved is kept (a preview, re-uploaded at will; README, "Privacy"). */
export const unsavedSheetDays = 30;

/** Larger lists are split by commune or village: a preview must stay readable and quick. */
export const maximumSheetRows = 5000;
export const maximumSheetBytes = 5 * 1024 * 1024;

export const sheetProblems = [
  'notASpreadsheet',
  'empty',
  'wrongColumns',
  'tooManyRows',
  'tooLarge',
  'campaignUnknown',
  'alreadySaved', // the list's households were added already
] as const;
export type SheetProblem = (typeof sheetProblems)[number];

export const rowProblems = [
  'codeInvalid',
  'codeRepeated', // the same code twice in the sheet
  'codeTaken', // a household with this code is already on a list
  'communeInvalid',
  'communeUnknown',
  'notYourCommune',
  'villageMissing',
  'nameMissing',
  'categoryUnknown',
  'supportTypeUnknown',
  'programmeUnknown',
  'amountInvalid',
  'dateInvalid',
  'dateInFuture',
  'approvedBeforeIdentified',
  ...publicTextProblems, // in the village, the one free-text column the public list shows
] as const;
export type RowProblem = (typeof rowProblems)[number];

export interface SheetHousehold {
  publicCode: string;
  communeCode: string;
  village: string;
  displayName: string;
  category: BeneficiaryCategory;
  supportType: SupportType;
  supportProgramme: SupportProgramme;
  supportAmount: bigint;
  identifiedOn: string;
  approvedOn: string | null;
}

export interface SheetRow {
  /** The row's number in the spreadsheet (the header is row 1). */
  line: number;
  cells: Partial<Record<SheetColumn, string>>;
  household?: SheetHousehold;
  problems: RowProblem[];
}

/** A cell as a spreadsheet gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * The words a choice cell may be written in, in one language: the labels the portal shows for a
 * household's vocabularies (the `households` messages).
 */
export interface SheetChoiceWords {
  households: {
    categoryLabel: Record<BeneficiaryCategory, string>;
    supportTypeLabel: Record<SupportType, string>;
    supportProgrammeLabel: Record<SupportProgramme, string>;
  };
}

/** The choice columns, and the vocabulary of a household each one takes. */
export const choiceColumns = {
  category: 'categoryLabel',
  supportType: 'supportTypeLabel',
  programme: 'supportProgrammeLabel',
} as const satisfies Partial<Record<SheetColumn, keyof SheetChoiceWords['households']>>;

function choice<T extends string>(values: readonly T[], labels: Record<T, string>[]): (text: string) => T | undefined {
  const known = new Map<string, T>();
  for (const value of values) {
    known.set(foldDiacritics(value), value);
    for (const label of labels) known.set(foldDiacritics(label[value]), value);
  }
  return (text) => known.get(foldDiacritics(text));
}

/** Readers of the choice columns, in every language given. */
function choiceReaders(languages: readonly SheetChoiceWords[]) {
  const labels = languages.map((words) => words.households);
  return {
    categoryOf: choice(
      beneficiaryCategories,
      labels.map((l) => l.categoryLabel),
    ),
    supportTypeOf: choice(
      supportTypes,
      labels.map((l) => l.supportTypeLabel),
    ),
    programmeOf: choice(
      supportProgrammes,
      labels.map((l) => l.supportProgrammeLabel),
    ),
  };
}
type ChoiceReaders = ReturnType<typeof choiceReaders>;

/** A cell as text: dates as ISO dates (spreadsheets keep them as midnight UTC), numbers as digits. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** `15/03/2025`, `15-3-2025` or `2025-03-15` → `2025-03-15`; anything else → undefined. */
export function isoDateOf(text: string): string | undefined {
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : (/^(\d{4})-(\d{2})-(\d{2})$/.exec(text)?.slice(1).map(Number) ?? []);
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999: such a year is no year of this portal's records.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function readRow(
  line: number,
  cells: Partial<Record<SheetColumn, string>>,
  today: string,
  { categoryOf, supportTypeOf, programmeOf }: ChoiceReaders,
): SheetRow {
  const problems: RowProblem[] = [];
  const publicCode = (cells.code ?? '').toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9-]{2,39}$/.test(publicCode)) problems.push('codeInvalid');
  const communeCode = cells.commune ?? '';
  if (!/^\d{5}$/.test(communeCode)) problems.push('communeInvalid');
  const village = cells.village ?? '';
  if (village.length === 0 || village.length > 100) problems.push('villageMissing');
  problems.push(...personalDataIn(village));
  const name = cells.name ?? '';
  if (!/\p{L}/u.test(name) || name.length > 200) problems.push('nameMissing');
  const category = categoryOf(cells.category ?? '');
  if (!category) problems.push('categoryUnknown');
  const supportType = supportTypeOf(cells.supportType ?? '');
  if (!supportType) problems.push('supportTypeUnknown');
  const supportProgramme = programmeOf(cells.programme ?? '');
  if (!supportProgramme) problems.push('programmeUnknown');
  const supportAmount = amountFromText(cells.amount ?? '');
  if (!supportAmount.ok) problems.push('amountInvalid');
  const identifiedOn = isoDateOf(cells.identifiedOn ?? '');
  const approvedOn = cells.approvedOn ? isoDateOf(cells.approvedOn) : null;
  if (!identifiedOn || approvedOn === undefined) problems.push('dateInvalid');
  else if (identifiedOn > today || (approvedOn && approvedOn > today)) problems.push('dateInFuture');
  else if (approvedOn && approvedOn < identifiedOn) problems.push('approvedBeforeIdentified');
  if (problems.length > 0 || !supportAmount.ok) return { line, cells, problems };
  return {
    line,
    cells,
    problems,
    household: {
      publicCode,
      communeCode,
      village,
      displayName: initialsOf(name),
      category: category!,
      supportType: supportType!,
      supportProgramme: supportProgramme!,
      supportAmount: supportAmount.value,
      identifiedOn: identifiedOn!,
      approvedOn: approvedOn ?? null,
    },
  };
}

/**
 * Reads the template's rows. The header row must be the template's, in its order; blank rows
 * are skipped; each other row gets its problems, and a household when it has none. `today` is
 * the date in Vietnam; `languages` are the portal's catalogues, whose labels choice cells may use.
 */
export function readHouseholdSheet(
  sheet: Cell[][],
  today: string,
  languages: readonly SheetChoiceWords[],
): Result<SheetRow[], SheetProblem> {
  const [header, ...body] = sheet;
  if (!header) return refused('empty');
  if (!isTemplateHeader(header)) return refused('wrongColumns');
  const filled = body
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cellText(cell) !== ''));
  if (filled.length === 0) return refused('empty');
  if (filled.length > maximumSheetRows) return refused('tooManyRows');
  const readers = choiceReaders(languages);
  const rows = filled.map(({ line, cells }) =>
    readRow(
      line,
      Object.fromEntries(sheetColumns.map((column, i) => [column.key, cellText(cells[i])])),
      today,
      readers,
    ),
  );
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.household) continue;
    const count = (seen.get(row.household.publicCode) ?? 0) + 1;
    seen.set(row.household.publicCode, count);
  }
  for (const row of rows)
    if (row.household && seen.get(row.household.publicCode)! > 1) {
      row.problems.push('codeRepeated');
      delete row.household;
    }
  return ok(rows);
}

/** The template's headers, in its order, with or without diacritics; blank columns after them allowed. */
function isTemplateHeader(header: Cell[]): boolean {
  const headers = header
    .map((cell) => foldDiacritics(cellText(cell)))
    .filter((text, i) => text || i < sheetColumns.length);
  const expected = sheetColumns.map((column) => foldDiacritics(column.header));
  return headers.length === expected.length && headers.every((text, i) => text === expected[i]);
}

const nameColumn = sheetColumns.findIndex((column) => column.key === 'name');

/**
 * Cells as they are kept (JSON), with no more than the preview and the audit need (Law
 * 91/2025/QH15, minimisation; README, "Privacy"): the template's columns only, the householder's
 * name as its initials (left empty when it is no name, for the preview to say so), dates as ISO
 * dates, which the reader takes back as dates. A sheet whose header is not the template's keeps
 * its header alone, which the preview refuses.
 */
export function storableCells(sheet: Cell[][]): Cell[][] {
  const [header, ...body] = sheet.map((row) =>
    row.map((cell) => (cell instanceof Date ? cellText(cell) : (cell ?? null))),
  );
  if (!header) return [];
  if (!isTemplateHeader(header)) return [header];
  const initials = (cell: Cell) => {
    const name = cellText(cell);
    return /\p{L}/u.test(name) && name.length <= 200 ? initialsOf(name) : '';
  };
  return [header, ...body].map((row, line) =>
    row.slice(0, sheetColumns.length).map((cell, i) => (line > 0 && i === nameColumn ? initials(cell) : cell)),
  );
}

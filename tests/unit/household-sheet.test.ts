import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { householdTemplate, readSheetFile } from '../../src/lib/households/household-sheet-file.ts';
import { isoDateOf, readHouseholdSheet, sheetColumns, type Cell } from '../../src/lib/households/household-sheet.ts';
import { catalogues } from '../../src/lib/i18n/messages.ts';

const header = sheetColumns.map((column) => column.header);
const today = '2026-11-25';
// Choice cells may be written in either of the portal's languages.
const languages = Object.values(catalogues);
// Đức Thọ (18229), Hà Tĩnh: the template's own example row.
const example: Cell[] = sheetColumns.map((column) => column.example);

function read(...rows: Cell[][]) {
  const result = readHouseholdSheet([header, ...rows], today, languages);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('the household list template', () => {
  it('reads the example row into a household with initials only', () => {
    const [row] = read(example);
    expect(row).toMatchObject({
      line: 2,
      problems: [],
      household: {
        publicCode: 'DT25-18229-101',
        communeCode: '18229',
        village: 'Thôn 3',
        displayName: 'N.V.A.',
        category: 'poor',
        supportType: 'new_build',
        supportProgramme: 'temporary_housing_elimination',
        supportAmount: 60_000_000n,
        identifiedOn: '2025-03-15',
        approvedOn: null,
      },
    });
    expect(JSON.stringify(row!.household, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(
      'Nguyễn',
    );
  });

  it('accepts labels without diacritics, English labels, amounts with separators and real date cells', () => {
    const [row] = read([
      'dt25-18229-102',
      18229,
      'Thôn 1',
      'Trần Thị Bình',
      'ho can ngheo',
      'Repair',
      'National target programmes',
      '30.000.000',
      new Date(Date.UTC(2025, 3, 2)),
      '2025-05-01',
    ]);
    expect(row!.household).toMatchObject({
      publicCode: 'DT25-18229-102',
      category: 'near_poor',
      supportType: 'repair',
      supportProgramme: 'national_target_programmes',
      supportAmount: 30_000_000n,
      identifiedOn: '2025-04-02',
      approvedOn: '2025-05-01',
    });
  });

  it('names every problem of a bad row, and saves nothing of it', () => {
    const [row] = read(['x', '182', '', '123', 'giàu', 'xây to', 'khác', '-5', '31/02/2025', '']);
    expect(row!.household).toBeUndefined();
    expect(row!.problems).toEqual([
      'codeInvalid',
      'communeInvalid',
      'villageMissing',
      'nameMissing',
      'categoryUnknown',
      'supportTypeUnknown',
      'programmeUnknown',
      'amountInvalid',
      'dateInvalid',
    ]);
  });

  it('refuses dates in the future and approval before identification', () => {
    const future = [...example];
    future[8] = '01/01/2027';
    const backwards = [...example];
    backwards[9] = '01/03/2025';
    expect(read(future)[0]!.problems).toEqual(['dateInFuture']);
    expect(read(backwards)[0]!.problems).toEqual(['approvedBeforeIdentified']);
  });

  it('marks every row that repeats a code, and skips blank rows', () => {
    const rows = read(example, [null, '', null], example);
    expect(rows.map((row) => [row.line, row.problems])).toEqual([
      [2, ['codeRepeated']],
      [4, ['codeRepeated']],
    ]);
  });

  it('refuses a sheet with other columns, or with no households', () => {
    expect(readHouseholdSheet([['Họ tên', 'Địa chỉ'], example], today, languages)).toEqual({
      ok: false,
      problems: [{ code: 'wrongColumns' }],
    });
    expect(readHouseholdSheet([header], today, languages)).toEqual({ ok: false, problems: [{ code: 'empty' }] });
    expect(readHouseholdSheet([], today, languages)).toEqual({ ok: false, problems: [{ code: 'empty' }] });
  });

  it('reads day-first dates as Vietnamese write them, and refuses impossible ones', () => {
    expect(isoDateOf('5/3/2025')).toBe('2025-03-05');
    expect(isoDateOf('29/02/2024')).toBe('2024-02-29');
    expect(isoDateOf('29/02/2025')).toBeUndefined();
    expect(isoDateOf('2025/03/05')).toBeUndefined();
    // Years 0–99 are no years of these records (Date.UTC would read 0025 as 1925).
    for (const text of ['0025-03-01', '0001-01-01', '1/3/0099']) expect(isoDateOf(text), text).toBeUndefined();
    expect(isoDateOf('0100-01-01')).toBe('0100-01-01');
  });
});

describe('the downloadable template', () => {
  it('is an Excel file whose first sheet is the header row the reader expects, with a guide beside it', async () => {
    const bytes = await householdTemplate(catalogues);
    const cells = await readSheetFile(bytes);
    expect(cells).toEqual([header]);
    expect(readHouseholdSheet(cells!, today, languages)).toEqual({ ok: false, problems: [{ code: 'empty' }] });
    const guide = await readSheet(bytes, 'Hướng dẫn');
    expect(guide[1]).toEqual(['Mã hộ', expect.stringContaining('duy nhất'), 'DT25-18229-101', 'Household code']);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { readOfficialReports } from '../../src/lib/official/report-csv.ts';
import { sourceLink } from '../../src/lib/official/source.ts';
import { readSupportLevels, supportLevelFor } from '../../src/lib/official/support-levels.ts';

const dir = readEnvironment({}).SHARED_OFFICIAL_DIR;
const shared = readFileSync(path.join(dir, 'national-reports.csv'), 'utf8');
const provinces = { pre2025: new Set(['24', '06', '01']), '2025': new Set(['01', '24']) };
const header = shared.split('\n')[0]!;
const columns = header.split(',');
/** A CSV line in the shared file's columns; cells not given are empty. */
const line = (cells: Record<string, string>) => columns.map((column) => cells[column] ?? '').join(',');
const valid = { as_of: '2025-03-01', area: '24', kind: 'reported', homes_total: '10', publisher: 'P', source: 'S' };

describe('official reports read from a CSV', () => {
  it('reads the shared file row by row, empty cells as not stated, each in the era of its date', () => {
    const read = readOfficialReports(shared, provinces);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const source = shared.trim().split('\n').length - 1;
    expect(read.value).toHaveLength(source);
    const first = read.value[0]!;
    expect(first).toMatchObject({ asOf: '2025-02-07', area: 'national', areaEra: 'pre2025', kind: 'reported' });
    expect(first.counts.homes_total).toBe(100637);
    expect(first.counts.new_build).toBeNull();
    expect(first.publisher).toBe('Tạp chí Lao động và Xã hội');
    const last = read.value.at(-1)!;
    expect(last).toMatchObject({ areaEra: '2025', moneyMobilisedBillionDong: '24761.596' });
    expect(read.value.find((row) => row.kind === 'target')?.counts.homes_total).toBe(277400);
    expect(new Set(read.value.map((row) => row.fingerprint)).size).toBe(read.value.length);
  });

  it('takes the columns in any order, and gives a row the same fingerprint whatever its spacing', () => {
    const a = readOfficialReports(`${header}\n${line(valid)}`, provinces);
    const reversed = [...columns].reverse();
    const cells = reversed.map((column) =>
      column === 'as_of' ? ' 2025-03-01 ' : ((valid as Record<string, string>)[column] ?? ''),
    );
    const b = readOfficialReports(`${reversed.join(',')}\n${cells.join(',')}`, provinces);
    expect(a.ok && b.ok && a.value[0]!.fingerprint === b.value[0]!.fingerprint).toBe(true);
  });

  it('refuses a file naming each wrong row, column and value, in Vietnamese and English', () => {
    const csv = [
      header,
      line({ ...valid, as_of: '2025-13-01' }),
      line({ ...valid, as_of: '2025-08-01', area: '06' }),
      line({ ...valid, kind: 'guess', homes_total: '1.5', money_mobilised_billion_dong: '12.3456', publisher: '' }),
    ].join('\n');
    const read = readOfficialReports(csv, provinces);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const found = read.problems.map((p) => [p.code, p.values?.row, p.values?.column]);
    expect(found).toEqual([
      ['date', 2, 'as_of'],
      // Bắc Kạn (06) is a province before 1/7/2025, not after.
      ['area', 3, 'area'],
      ['kind', 4, 'kind'],
      ['count', 4, 'homes_total'],
      ['money', 4, 'money_mobilised_billion_dong'],
      ['required', 4, 'publisher'],
    ]);
    const [problem] = read.problems;
    expect(messagesFor('vi').official.problem[problem!.code](problem!.values!)).toBe(
      'Dòng 2, cột “as_of”, giá trị “2025-13-01”: ngày phải có dạng YYYY-MM-DD.',
    );
    expect(messagesFor('en').official.problem[problem!.code](problem!.values!)).toBe(
      'Row 2, column “as_of”, value “2025-13-01”: a date is written YYYY-MM-DD.',
    );
  });

  it('refuses a source that looks like an address but is not a usable http(s) link; keeps citations in words', () => {
    const sources = ['https://bad host/x', 'https://', 'javascript:alert(1)', 'ftp://example.vn/a', 'http://[::1'];
    const read = readOfficialReports(
      [header, ...sources.map((source) => line({ ...valid, source }))].join('\n'),
      provinces,
    );
    expect(read.ok || read.problems.map((p) => [p.code, p.values?.row, p.values?.column])).toEqual(
      sources.map((_, index) => ['source', index + 2, 'source']),
    );
    const words = [
      'm.tapchilaodongxahoi.vn article 1334445',
      'Báo Nhân Dân: bài ngày 1/7',
      'https://baochinhphu.vn/a-1.htm',
    ];
    const kept = readOfficialReports(
      [header, ...words.map((source) => line({ ...valid, source }))].join('\n'),
      provinces,
    );
    expect(kept.ok && kept.value.map((row) => row.source)).toEqual(words);
    // What the page links: only a parsed http(s) address; anything else (even if stored before) is text.
    expect(sourceLink('https://baochinhphu.vn/a-1.htm')?.hostname).toBe('baochinhphu.vn');
    for (const stored of [...sources, ...words.slice(0, 2), '', ' https://x.vn/a b'])
      expect(sourceLink(stored)).toBeNull();
  });

  it('refuses a future date, a part larger than its whole and hidden characters, naming row and column', () => {
    const today = '2026-12-01';
    const csv = [
      header,
      line({ ...valid, as_of: '2030-01-01' }),
      line({ ...valid, as_of: today, homes_total: '5', completed: '999999', under_way: '6' }),
      line({ ...valid, localities_done: '35', localities_total: '34' }),
      line({ ...valid, publisher: 'Báo \u202Eabc' }),
      line({ ...valid, source: 'https://x.vn/\u200Ba' }),
      line({ ...valid, note: 'khoảng\u2066' }),
      line({ ...valid, as_of: today, homes_total: '5', completed: '5', under_way: '0', note: 'đủ' }),
    ].join('\n');
    const read = readOfficialReports(csv, provinces, today);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.code, p.values?.row, p.values?.column])).toEqual([
      ['futureDate', 2, 'as_of'],
      ['countAboveTotal', 3, 'completed'],
      ['countAboveTotal', 3, 'under_way'],
      ['countAboveTotal', 4, 'localities_done'],
      ['hiddenCharacters', 5, 'publisher'],
      ['hiddenCharacters', 6, 'source'],
      ['hiddenCharacters', 7, 'note'],
    ]);
    const [future, above, , , hidden] = read.problems;
    expect(messagesFor('vi').official.problem.futureDate(future!.values!)).toMatch(
      /^Dòng 2, cột “as_of”, giá trị “2030-01-01”: ngày số liệu chưa đến/,
    );
    expect(messagesFor('en').official.problem.futureDate(future!.values!)).toMatch(
      /^Row 2, column “as_of”, value “2030-01-01”: the date has not come yet/,
    );
    expect(messagesFor('vi').official.problem.countAboveTotal(above!.values!)).toBe(
      'Dòng 3, cột “completed”, giá trị “999999”: lớn hơn cột “homes_total” của cùng dòng.',
    );
    expect(messagesFor('en').official.problem.countAboveTotal(above!.values!)).toBe(
      'Row 3, column “completed”, value “999999”: larger than column “homes_total” of the same row.',
    );
    // The message does not carry the override itself.
    expect(messagesFor('en').official.problem.hiddenCharacters(hidden!.values!)).not.toMatch(/\u202E/);
    expect(readOfficialReports([header, line({ ...valid, as_of: today })].join('\n'), provinces, today).ok).toBe(true);
  });

  it('labels figures as published, with their publisher, and the note as the portal’s own', () => {
    const [vi, en] = [messagesFor('vi').official, messagesFor('en').official];
    // Press articles are among them: nothing calls them "officially announced".
    for (const label of [vi.reportedTitle, vi.officiallyReported, vi.noReports, vi.chartOfficial])
      expect(label).not.toMatch(/chính thức/i);
    for (const label of [en.reportedTitle, en.officiallyReported, en.noReports, en.chartOfficial])
      expect(label).not.toMatch(/official/i);
    expect([vi.officiallyReported, en.officiallyReported]).toEqual(['Số liệu đã công bố', 'Published figures']);
    expect(vi.note).toBe('Ghi chú của cổng thông tin về số liệu đã công bố');
    expect(en.note).toBe('The portal’s note on the published figure');
    expect(vi.reportedIntro).toMatch(/ghi chú của cổng thông tin/);
    expect(en.reportedIntro).toMatch(/portal’s note/);
  });

  it('names the columns a file lacks, and refuses a file without rows', () => {
    const read = readOfficialReports('as_of,area,kind\n2025-01-01,national,reported', provinces);
    expect(read.ok || read.problems.map((p) => p.values?.column)).toContain('publisher');
    expect(readOfficialReports(`${header}\n`, provinces)).toEqual({ ok: false, problems: [{ code: 'noRows' }] });
  });
});

describe('national support levels', () => {
  const levels = readSupportLevels(readFileSync(path.join(dir, 'support-levels.csv'), 'utf8'));

  it('are read from the shared file with their legal basis and source, and found by the portal’s programme', () => {
    expect(levels).toHaveLength(6);
    expect(supportLevelFor(levels, 'meritorious_housing', 'new_build')).toMatchObject({
      amount: 60_000_000n,
      legalBasis: 'Quyết định 21/2024/QĐ-TTg',
      basisDate: '2024-11-22',
    });
    expect(supportLevelFor(levels, 'temporary_housing_elimination', 'repair')).toMatchObject({
      amount: 30_000_000n,
      basisDate: '2024-11-10',
    });
    const target = supportLevelFor(levels, 'national_target_programmes', 'new_build');
    expect(target).toMatchObject({ amount: 40_000_000n, basisDate: null });
    expect(target?.source).toMatch(/^https:\/\//);
  });

  it('refuse a file with a wrong row, naming it', () => {
    expect(() =>
      readSupportLevels(
        'programme,support_type,amount_dong,legal_basis,basis_date,period,source,note\nx,repair,1,b,,p,s,',
      ),
    ).toThrow(/row 2/);
  });
});

import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { emptyCounts } from '../../src/lib/progress/progress-counts.ts';
import { reportTable, type ProgressReport } from '../../src/lib/reports/progress-report.ts';
import { reportPdf, reportSpreadsheet } from '../../src/lib/reports/report-files.ts';

// Two real communes of Hà Tĩnh (42).
const report: ProgressReport = {
  areaName: 'Tỉnh Hà Tĩnh',
  date: '2025-12-31',
  generatedAt: new Date('2026-01-05T02:30:00Z'),
  communes: [
    {
      code: '18229',
      name: 'Xã Đức Thọ',
      counts: {
        ...emptyCounts,
        households: 10,
        withdrawn: 1,
        completed: 6,
        validated: 3,
        newBuild: 5,
        repair: 4,
        supportAmount: 450_000_000n,
      },
    },
    {
      code: '18244',
      name: 'Xã Đức Đồng',
      counts: { ...emptyCounts, households: 4, started: 2, identified: 2, newBuild: 4, supportAmount: 240_000_000n },
    },
  ],
};

describe('progress reports', () => {
  const table = reportTable(report, messagesFor('vi'), 'vi');

  it('gives each commune a row and a total, with progress over the households still in scope', () => {
    expect(table.title).toBe('Báo cáo tiến độ xóa nhà tạm, nhà dột nát: Tỉnh Hà Tĩnh, đến hết ngày 31/12/2025');
    expect(table.rows[0]).toEqual(['18229', 'Xã Đức Thọ', 9, 0, 0, 0, 6, 0, 3, 1, 5, 4, 100, 450_000_000n]);
    expect(table.total).toEqual(['', 'Tổng cộng', 13, 2, 0, 2, 6, 0, 3, 1, 9, 4, 69.2, 690_000_000n]);
  });

  it('writes a spreadsheet whose numbers stay numbers', async () => {
    const rows = await readSheet(await reportSpreadsheet(table));
    expect(rows[0]![0]).toBe(table.title);
    expect(rows[3]![1]).toBe('Xã, phường');
    expect(rows[4]).toEqual(['18229', 'Xã Đức Thọ', 9, 0, 0, 0, 6, 0, 3, 1, 5, 4, 100, 450_000_000]);
    expect(rows[6]![13]).toBe(690_000_000);
  });

  it('writes an A4 PDF with an embedded font that has every Vietnamese letter', async () => {
    const pdf = await reportPdf(table, 'vi');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
  });
});

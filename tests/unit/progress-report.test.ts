import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { emptyCounts } from '../../src/lib/progress/progress-counts.ts';
import { reportTable, type ProgressReport } from '../../src/lib/reports/progress-report.ts';
import { reportPdf, reportSpreadsheet } from '../../src/lib/reports/report-files.ts';
import { pdfText } from '../support/pdf-text.ts';

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
    expect(table.total).toEqual(['', 'Tổng cộng', 13, 2, 0, 2, 6, 0, 3, 1, 9, 4, 69, 690_000_000n]);
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
    const { pages, text } = await pdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(text).toContain(`${table.title} Lập từ cổng thông tin lúc 5/1/2026 09:30 (GMT+7)`);
    // The columns, each header wrapped in its cell, then a row per commune and the total.
    expect(text).toContain(
      'Mã xã Xã, phường Số hộ (trừ hộ rút) Đã rà soát Đã phê duyệt Đang thi công Đã hoàn thành Đã bàn giao ' +
        'Đã xác nhận Đã rút khỏi danh sách Xây mới Sửa chữa Tỷ lệ hoàn thành Kinh phí hỗ trợ (đồng)',
    );
    expect(text).toContain('18229 Xã Đức Thọ 9 0 0 0 6 0 3 1 5 4 100% 450.000.000 ₫');
    expect(text).toContain('18244 Xã Đức Đồng 4 2 0 2 0 0 0 0 4 0 0% 240.000.000 ₫');
    expect(text).toContain('Tổng cộng 13 2 0 2 6 0 3 1 9 4 69% 690.000.000 ₫');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
  });
});

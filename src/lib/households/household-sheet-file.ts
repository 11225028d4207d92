import { readSpreadsheet } from '../http/heavy-work.ts';
import type { Locale } from '../i18n/locales.ts';
import {
  choiceColumns,
  sheetColumns,
  storableCells,
  type Cell,
  type SheetChoiceWords,
  type SheetColumn,
  type SheetColumnSpec,
} from './household-sheet.ts';
import { beneficiaryCategories, supportProgrammes, supportTypes } from './vocabulary.ts';
import { workbookFile } from '../spreadsheets/spreadsheet-files.ts';

/**
 * The household list as an Excel file: read-excel-file reads the upload's first sheet (bounded,
 * in its turn: src/lib/http/heavy-work.ts), and the template is written as a workbook (headers, a
 * column guide, the allowed values).
 */
export async function readSheetFile(bytes: Uint8Array): Promise<Cell[][] | undefined> {
  const rows = await readSpreadsheet(bytes);
  return rows && storableCells(rows as Cell[][]);
}

/** The words the template is written in, per language: the choices' labels and the columns' names. */
export type TemplateWords = Record<
  Locale,
  SheetChoiceWords & { imports: { householdSheetColumn: Record<SheetColumn, string> } }
>;

const guide = ({ households }: SheetChoiceWords): Record<SheetColumn, string> => ({
  code: 'Mã công khai của hộ, duy nhất trên cả nước, ví dụ DT25-18229-101 (chữ, số, gạch ngang).',
  commune: 'Mã xã, phường hiện nay (5 chữ số, theo danh mục từ 01/7/2025).',
  village: 'Tên thôn, bản, tổ dân phố: được công khai, không ghi số nhà, số điện thoại hay số giấy tờ.',
  name: 'Họ tên chủ hộ: cổng thông tin chỉ lưu chữ cái đầu (ví dụ N.V.A.), không lưu họ tên.',
  category: `Một trong: ${beneficiaryCategories.map((c) => households.categoryLabel[c]).join('; ')}.`,
  supportType: `Một trong: ${supportTypes.map((t) => households.supportTypeLabel[t]).join('; ')}.`,
  programme: `Một trong: ${supportProgrammes.map((p) => households.supportProgrammeLabel[p]).join('; ')}.`,
  amount: 'Số tiền hỗ trợ theo quyết định, bằng đồng, số nguyên (ví dụ 60000000).',
  identifiedOn: 'Ngày rà soát, xác định hộ, dạng dd/mm/yyyy.',
  approvedOn: 'Ngày phê duyệt hỗ trợ, nếu đã có; để trống nếu chưa.',
});

/** A column's example as the template shows it: a choice by its Vietnamese label. */
function exampleText(column: SheetColumnSpec, { households }: SheetChoiceWords): string {
  const choice = choiceColumns[column.key as keyof typeof choiceColumns];
  return choice ? (households[choice] as Record<string, string>)[column.example]! : String(column.example);
}

/**
 * The template officials download: an empty list with its headers, and a guide to each column
 * (in Vietnamese, with each column's English name).
 */
export async function householdTemplate(words: TemplateWords): Promise<Buffer> {
  const guideText = guide(words.vi);
  const bold = { fontWeight: 'bold' as const };
  return workbookFile([
    {
      name: 'Danh sách hộ',
      rows: [sheetColumns.map((column) => ({ value: column.header, ...bold }))],
      columns: sheetColumns.map((column) => ({ width: column.width })),
    },
    {
      name: 'Hướng dẫn',
      rows: [
        [
          { value: 'Cột', ...bold },
          { value: 'Cách ghi', ...bold },
          { value: 'Ví dụ', ...bold },
          { value: 'Column (English)', ...bold },
        ],
        ...sheetColumns.map((column) => [
          { value: column.header },
          { value: guideText[column.key] },
          { value: exampleText(column, words.vi) },
          { value: words.en.imports.householdSheetColumn[column.key] },
        ]),
      ],
      columns: [{ width: 34 }, { width: 90 }, { width: 34 }, { width: 40 }],
    },
  ]);
}

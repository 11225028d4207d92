import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import {
  pledgeReferencesIn,
  readStatement,
  readStatementFile,
  type StatementBank,
  type StatementRead,
} from '../../src/lib/payments/bank-statement.ts';
import type { Result } from '../../src/lib/forms/result.ts';

function read(bank: StatementBank, csv: string): StatementRead {
  return value(readStatement(bank, csv));
}
function value(result: Result<StatementRead, string>): StatementRead {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
/** A statement refused, saying what is wrong. */
const unreadable = (detail: string | RegExp) => ({
  ok: false,
  problems: [
    {
      code: 'statementUnreadable',
      values: { detail: typeof detail === 'string' ? expect.stringContaining(detail) : expect.stringMatching(detail) },
    },
  ],
});

const vietinbank = `\uFEFFNgày hạch toán,Mã giao dịch,Diễn giải,Ghi nợ,Ghi có
25/09/2025 14:30:05,FT25268001,CT7K9Q2XMA ung ho xa Duc Tho,,"2.500.000"
26/09/2025 08:00,FT25269002,Phi quan ly tai khoan,"11.000",
01/10/2025,FT25274003,MBVCB.9988776655.CT 7K9Q2XMA.Nguyen Van A chuyen tien,,"500,000"
`;

describe('reading bank statements', () => {
  it('reads the credits of a VietinBank statement, skipping debits, in whole đồng and Vietnam time', () => {
    const { credits, debits } = read('vietinbank', vietinbank);
    expect(debits).toBe(1);
    expect(credits.map((c) => [c.transactionId, c.amount, c.bookedAt.toISOString()])).toEqual([
      ['FT25268001', 2_500_000n, '2025-09-25T07:30:05.000Z'],
      ['FT25274003', 500_000n, '2025-09-30T17:00:00.000Z'],
    ]);
    expect(credits[0]!.raw['Diễn giải']).toBe('CT7K9Q2XMA ung ho xa Duc Tho');
  });

  it('reads each bank by its own columns', () => {
    const vietcombank = `Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Mô tả\n02/10/2025,5213.2,,1000000,CTABCDEFGH\n`;
    expect(read('vietcombank', vietcombank).credits[0]).toMatchObject({
      transactionId: '5213.2',
      amount: 1_000_000n,
    });
    const bidv = `Ngày GD,Số bút toán,Phát sinh nợ,Phát sinh có,Nội dung\n03/10/2025 09:15,BT01,,"750.000",ung ho\n`;
    expect(read('bidv', bidv).credits[0]).toMatchObject({ transactionId: 'BT01', amount: 750_000n });
  });

  it('refuses another bank’s file, and a row it cannot read, naming the line', () => {
    expect(readStatement('bidv', vietinbank)).toEqual(unreadable(/not a BIDV statement: missing column\(s\) Ngày GD/));
    const badAmount = vietinbank.replace('"2.500.000"', '"2,5 triệu"');
    expect(readStatement('vietinbank', badAmount)).toEqual(unreadable(/line 2: "2,5 triệu" is not an amount/));
    const badDate = vietinbank.replace('01/10/2025', '31/02/2025');
    expect(readStatement('vietinbank', badDate)).toEqual(unreadable(/line 4: "31\/02\/2025" is not a date/));
  });
});

describe('finding pledge references in transfer descriptions', () => {
  it('finds a reference however the bank reshaped the description', () => {
    expect(pledgeReferencesIn('CT7K9Q2XMA ung ho')).toContain('CT7K9Q2XMA');
    expect(pledgeReferencesIn('ungho ct7k9q2xma')).toContain('CT7K9Q2XMA');
    expect(pledgeReferencesIn('MBVCB.123.UNGHOCT7K9Q2XMA.tu Nguyen')).toContain('CT7K9Q2XMA');
    expect(pledgeReferencesIn('Phi quan ly tai khoan')).toEqual([]);
  });
});

describe('statements as Excel files', () => {
  it('reads a VietinBank .xlsx export like its CSV: dates as shown, amounts as numbers or text', async () => {
    const header = ['Ngày hạch toán', 'Mã giao dịch', 'Diễn giải', 'Ghi nợ', 'Ghi có'];
    const rows = [
      [new Date(Date.UTC(2026, 10, 20, 9, 15, 0)), 'FT26324001', 'CT7K9Q2XMA ung ho xa Duc Tho', '', 5_000_000],
      ['21/11/2026 10:00', 'FT26325002', 'Phi quan ly tai khoan', '11.000', ''],
    ];
    const bytes = await writeExcelFile(
      [header, ...rows].map((cells) => cells.map((value) => ({ value }))),
      { dateFormat: 'dd/mm/yyyy hh:mm' },
    ).toBuffer();
    const { credits, debits } = value(await readStatementFile('vietinbank', bytes));
    expect(debits).toBe(1);
    expect(credits).toEqual([
      expect.objectContaining({
        transactionId: 'FT26324001',
        // 09:15 in Vietnam is 02:15 UTC.
        bookedAt: new Date('2026-11-20T02:15:00Z'),
        amount: 5_000_000n,
        description: 'CT7K9Q2XMA ung ho xa Duc Tho',
      }),
    ]);
  });

  it('refuses a file of another layout even when it has no rows', () => {
    expect(readStatement('vietinbank', 'Ghi chú\n')).toEqual(
      unreadable('not a VietinBank statement: missing column(s)'),
    );
  });

  it('says what is wrong with a file that is neither a statement nor a spreadsheet', async () => {
    expect(await readStatementFile('bidv', new TextEncoder().encode('"unclosed,quote\n'))).toEqual(
      unreadable('not a readable CSV file'),
    );
    expect(await readStatementFile('bidv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual(
      unreadable('not a readable Excel (.xlsx) file'),
    );
  });
});

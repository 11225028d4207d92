import { describe, expect, it } from 'vitest';
import { pledgeReferencesIn, readStatement } from '../../src/lib/payments/bank-statement.ts';

const vietinbank = `\uFEFFNgày hạch toán,Mã giao dịch,Diễn giải,Ghi nợ,Ghi có
25/09/2025 14:30:05,FT25268001,CT7K9Q2XMA ung ho xa Duc Tho,,"2.500.000"
26/09/2025 08:00,FT25269002,Phi quan ly tai khoan,"11.000",
01/10/2025,FT25274003,MBVCB.9988776655.CT 7K9Q2XMA.Nguyen Van A chuyen tien,,"500,000"
`;

describe('reading bank statements', () => {
  it('reads the credits of a VietinBank statement, skipping debits, in whole đồng and Vietnam time', () => {
    const { credits, debits } = readStatement('vietinbank', vietinbank);
    expect(debits).toBe(1);
    expect(credits.map((c) => [c.transactionId, c.amount, c.bookedAt.toISOString()])).toEqual([
      ['FT25268001', 2_500_000n, '2025-09-25T07:30:05.000Z'],
      ['FT25274003', 500_000n, '2025-09-30T17:00:00.000Z'],
    ]);
    expect(credits[0]!.raw['Diễn giải']).toBe('CT7K9Q2XMA ung ho xa Duc Tho');
  });

  it('reads each bank by its own columns', () => {
    const vietcombank = `Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Mô tả\n02/10/2025,5213.2,,1000000,CTABCDEFGH\n`;
    expect(readStatement('vietcombank', vietcombank).credits[0]).toMatchObject({
      transactionId: '5213.2',
      amount: 1_000_000n,
    });
    const bidv = `Ngày GD,Số bút toán,Phát sinh nợ,Phát sinh có,Nội dung\n03/10/2025 09:15,BT01,,"750.000",ung ho\n`;
    expect(readStatement('bidv', bidv).credits[0]).toMatchObject({ transactionId: 'BT01', amount: 750_000n });
  });

  it('refuses another bank’s file, and a row it cannot read, naming the line', () => {
    expect(() => readStatement('bidv', vietinbank)).toThrow(/not a BIDV statement: missing column\(s\) Ngày GD/);
    const badAmount = vietinbank.replace('"2.500.000"', '"2,5 triệu"');
    expect(() => readStatement('vietinbank', badAmount)).toThrow(/line 2: "2,5 triệu" is not an amount/);
    const badDate = vietinbank.replace('01/10/2025', '31/02/2025');
    expect(() => readStatement('vietinbank', badDate)).toThrow(/line 4: "31\/02\/2025" is not a date/);
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

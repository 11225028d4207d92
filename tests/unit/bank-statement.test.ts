import fc from 'fast-check';
import { maximumAmount } from '../../src/lib/money/whole-dong.ts';
import { shownSafely } from '../../src/lib/forms/shown-safely.ts';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import {
  checkStatement,
  pledgeReferencesIn,
  readAmount,
  statementBanks,
  statementFormats,
  type StatementBank,
} from '../../src/lib/payments/bank-statement.ts';
import { readWholeStatement } from '../support/statement-file.ts';

async function read(bank: StatementBank, contents: string | Uint8Array) {
  const result = await readWholeStatement(bank, contents);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
/** A statement refused at a row, naming its column and the value found there. */
const refusedAt = (code: string, row: number, column: string, value: string) => ({
  ok: false,
  problems: [{ code, values: { row, column, value } }],
});

const vietinbankHeader = 'Ngày hạch toán,Mã giao dịch,Diễn giải,Ghi nợ,Ghi có';
const vietinbank = `\uFEFF${vietinbankHeader}
25/09/2025 14:30:05,FT25268001,CT7K9Q2XMA ung ho xa Duc Tho,,"2,500,000.00"
26/09/2025 08:00,FT25269002,Phi quan ly tai khoan,"11,000",
01/10/2025,FT25274003,MBVCB.9988776655.CT 7K9Q2XMA.Nguyen Van A chuyen tien,,500000.00
`;
/** A VietinBank statement of one credit, written as `amount`. */
const vietinbankCredit = (amount: string) => `${vietinbankHeader}\n01/10/2025,VTB2004,ung ho,,"${amount}"\n`;
const vietcombankHeader = 'Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Mô tả';
const vietcombankCredit = (amount: string) => `${vietcombankHeader}\n02/10/2025,5213.2,,"${amount}",ung ho\n`;

describe('reading bank statements', () => {
  it('reads the credits of a VietinBank statement in whole đồng and Vietnam time, and its debits apart', async () => {
    const { credits, debits } = await read('vietinbank', vietinbank);
    expect(credits.map((c) => [c.transactionId, c.amount, c.bookedAt.toISOString()])).toEqual([
      ['FT25268001', 2_500_000n, '2025-09-25T07:30:05.000Z'],
      // VietinBank writes two decimals: 500000.00 is five hundred thousand đồng, not fifty million.
      ['FT25274003', 500_000n, '2025-09-30T17:00:00.000Z'],
    ]);
    expect(credits[0]!.raw['Diễn giải']).toBe('CT7K9Q2XMA ung ho xa Duc Tho');
    expect(debits).toEqual([
      {
        transactionId: 'FT25269002',
        bookedAt: new Date('2025-09-26T01:00:00Z'),
        amount: 11_000n,
        description: 'Phi quan ly tai khoan',
      },
    ]);
    expect(await checkStatement('vietinbank', new Blob([vietinbank]))).toEqual({
      ok: true,
      value: { credits: 2, debits },
    });
  });

  it('reads each bank by its own columns and its own way of writing amounts', async () => {
    expect((await read('vietcombank', vietcombankCredit('1.000.000'))).credits[0]).toMatchObject({
      transactionId: '5213.2',
      amount: 1_000_000n,
    });
    expect((await read('vietcombank', vietcombankCredit('1.000.000,00'))).credits[0]!.amount).toBe(1_000_000n);
    const bidv = `Ngày GD,Số bút toán,Phát sinh nợ,Phát sinh có,Nội dung\n03/10/2025 09:15,BT01,,"750.000",ung ho\n`;
    expect((await read('bidv', bidv)).credits[0]).toMatchObject({ transactionId: 'BT01', amount: 750_000n });
  });

  it('refuses an amount it cannot read as whole đồng, naming the row, the column and the value', async () => {
    // Each bank's notation is its own: the other one's thousands or decimals are refused, never guessed.
    const cases: [StatementBank, string, string][] = [
      ['vietinbank', '1.234,56', 'amountSeparators'],
      ['vietinbank', '2.500.000', 'amountSeparators'],
      ['vietinbank', '1,500.50', 'amountFractional'],
      ['vietinbank', '500000.5', 'amountFractional'],
      ['vietinbank', '50,00,000', 'amountSeparators'],
      ['vietinbank', '500 USD', 'amountCurrency'],
      ['vietinbank', '$500', 'amountCurrency'],
      ['vietinbank', '-500,000', 'amountSign'],
      ['vietinbank', '2,5 triệu', 'amountCurrency'],
      ['vietinbank', '12.3.4', 'amountSeparators'],
      ['vietinbank', '1,000,000,000,000,000', 'amountTooLarge'],
      // Above the portal's one maximum for an amount (1,000 billion đồng), though a bank could write it.
      ['vietinbank', '5,000,000,000,000', 'amountTooLarge'],
      ['vietinbank', '1,000,000,000,001', 'amountTooLarge'],
      ['vietinbank', '(500)', 'amountNotNumber'],
    ];
    for (const [bank, amount, code] of cases)
      expect(await readWholeStatement(bank, vietinbankCredit(amount)), amount).toEqual(
        refusedAt(code, 2, 'Ghi có', amount),
      );
    for (const [amount, code] of [
      ['5.000,000', 'amountSeparators'],
      ['2,500,000.00', 'amountSeparators'],
      ['500000.00', 'amountSeparators'],
      ['1.234,56', 'amountFractional'],
    ])
      expect(await readWholeStatement('vietcombank', vietcombankCredit(amount!)), amount).toEqual(
        refusedAt(code!, 2, 'Số tiền ghi có', amount!),
      );
  });

  it('refuses a row whose direction is unclear, and another currency named in its own column', async () => {
    const both = `${vietinbankHeader}\n01/10/2025,VTB1,x,"11,000","500,000"\n`;
    expect(await readWholeStatement('vietinbank', both)).toEqual(refusedAt('amountBoth', 2, 'Ghi nợ', '11,000'));
    const none = `${vietinbankHeader}\n01/10/2025,VTB1,x,,\n`;
    expect(await readWholeStatement('vietinbank', none)).toEqual(refusedAt('amountNone', 2, 'Ghi có', ''));
    const debit = `${vietinbankHeader}\n01/10/2025,VTB1,x,"11.000,5",\n`;
    expect(await readWholeStatement('vietinbank', debit)).toEqual(
      refusedAt('amountSeparators', 2, 'Ghi nợ', '11.000,5'),
    );
    const dollars = `${vietinbankHeader},Loại tiền\n01/10/2025,VTB1,x,,"500",USD\n`;
    expect(await readWholeStatement('vietinbank', dollars)).toEqual(refusedAt('amountCurrency', 2, 'Loại tiền', 'USD'));
    const dong = `${vietinbankHeader},Loại tiền\n01/10/2025,VTB1,x,-11,,VND\n01/10/2025,VTB2,x,,"500 VND",VND\n`;
    const read2 = await read('vietinbank', dong);
    expect([read2.debits[0]!.amount, read2.credits[0]!.amount]).toEqual([11n, 500n]);
  });

  it('refuses a CSV row whose fields do not line up with the header, as a credit shifted into the debit column', async () => {
    const shifted = `${vietinbankHeader}\n01/10/2025,VTB1,ung ho,"500,000"\n`;
    expect(await readWholeStatement('vietinbank', shifted)).toEqual({
      ok: false,
      problems: [{ code: 'columnCount', values: { row: 2, found: 4, expected: 5 } }],
    });
  });

  it('refuses the whole file at its first unreadable row, however many rows come before', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `01/10/2025,VTB${i},ung ho,,"1,000"`);
    rows.splice(37, 0, '01/10/2025,VTB-X,ung ho,,"1.000,50"');
    expect(await checkStatement('vietinbank', new Blob([`${vietinbankHeader}\n${rows.join('\n')}\n`]))).toEqual(
      refusedAt('amountSeparators', 39, 'Ghi có', '1.000,50'),
    );
  });

  it('refuses another bank’s file, a row without an id, and a date that is not one', async () => {
    expect(await readWholeStatement('bidv', vietinbank)).toEqual({
      ok: false,
      problems: [
        {
          code: 'wrongLayout',
          values: { bank: 'BIDV', columns: 'Ngày GD, Số bút toán, Phát sinh có, Phát sinh nợ, Nội dung' },
        },
      ],
    });
    const badDate = vietinbank.replace('01/10/2025', '31/02/2025');
    expect(await readWholeStatement('vietinbank', badDate)).toEqual(
      refusedAt('dateInvalid', 4, 'Ngày hạch toán', '31/02/2025'),
    );
    const noId = vietinbank.replace('FT25274003', '');
    expect(await readWholeStatement('vietinbank', noId)).toEqual(
      refusedAt('transactionIdMissing', 4, 'Mã giao dịch', ''),
    );
  });

  it('shows a value found in a file safely: cut, control and invisible characters made visible', async () => {
    expect(shownSafely('1.000\u0000\u001b[31m')).toBe('1.000␀␛[31m');
    expect(shownSafely('500\u202e000')).toBe('500U+202E000');
    expect(shownSafely('9'.repeat(60))).toBe(`${'9'.repeat(40)}…`);
    const nul = `${vietinbankHeader}\n01/10/2025,VTB1,ung ho\u0000,,"5,000"\n`;
    expect(await readWholeStatement('vietinbank', nul)).toEqual(refusedAt('nulCharacter', 2, 'Diễn giải', 'ung ho␀'));
    const hostile = `${vietinbankHeader}\n01/10/2025,VTB1,x,,"5\u0007${'0'.repeat(50)}"\n`;
    expect(await readWholeStatement('vietinbank', hostile)).toEqual(
      refusedAt('amountNotNumber', 2, 'Ghi có', `5␇${'0'.repeat(38)}…`),
    );
  });
});

/** A whole amount written the way a notation writes it, grouped or not, with or without decimals. */
function written(
  amount: bigint,
  notation: { thousands: string; decimal: string },
  grouped: boolean,
  decimals: 0 | 1 | 2,
) {
  const digits = String(amount);
  const whole = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, notation.thousands) : digits;
  return decimals === 0 ? whole : `${whole}${notation.decimal}${'0'.repeat(decimals)}`;
}
const amounts = fc.bigInt({ min: 1n, max: maximumAmount });
const writing = fc.record({ grouped: fc.boolean(), decimals: fc.constantFrom<0 | 1 | 2>(0, 1, 2) });
const headerOf = (bank: StatementBank) => {
  const { columns } = statementFormats[bank];
  return [columns.bookedAt, columns.transactionId, columns.description, columns.debit, columns.credit];
};

describe('amounts written each bank’s way', () => {
  it('reads back exactly every whole-đồng amount its bank wrote, in CSV and .xlsx, as text or as numbers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...statementBanks),
        fc.array(fc.record({ amount: amounts, writing, asNumber: fc.boolean(), debit: fc.boolean() }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (bank, rows) => {
          const { notation } = statementFormats[bank];
          const text = rows.map(({ amount, writing: w }) => written(amount, notation, w.grouped, w.decimals));
          const csv = [
            headerOf(bank).join(','),
            ...rows.map((row, i) => `01/10/2025,T${i},ung ho,${row.debit ? `"${text[i]}",` : `,"${text[i]}"`}`),
          ].join('\n');
          const sheet = await writeExcelFile([
            headerOf(bank).map((value) => ({ value })),
            ...rows.map((row, i) => {
              const cell =
                row.asNumber && row.amount <= BigInt(Number.MAX_SAFE_INTEGER)
                  ? { value: Number(row.amount) }
                  : { value: text[i]!, type: String };
              const empty = { value: '' };
              return [
                { value: '01/10/2025' },
                { value: `T${i}` },
                { value: 'ung ho' },
                ...(row.debit ? [cell, empty] : [empty, cell]),
              ];
            }),
          ]).toBuffer();
          for (const file of [csv, new Uint8Array(sheet)]) {
            const { credits, debits } = await read(bank, file);
            const lines = [...credits, ...debits].sort(
              (a, b) => Number(a.transactionId.slice(1)) - Number(b.transactionId.slice(1)),
            );
            expect(lines.map((line) => line.amount)).toEqual(rows.map((row) => row.amount));
            expect(debits.map((line) => line.transactionId)).toEqual(
              rows.flatMap((row, i) => (row.debit ? [`T${i}`] : [])),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never reads an amount as another: written in either notation, it reads exactly or is refused', () => {
    const notations = [
      { thousands: '.', decimal: ',' },
      { thousands: ',', decimal: '.' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...statementBanks),
        amounts,
        fc.constantFrom(...notations),
        writing,
        (bank, amount, notation, w) => {
          const read = readAmount(
            written(amount, notation, w.grouped, w.decimals),
            statementFormats[bank].notation,
            'credit',
          );
          expect([amount, 'amountSeparators']).toContain(read);
        },
      ),
      { numRuns: 2000 },
    );
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
      ['21/11/2026 10:00', 'FT26325002', 'Phi quan ly tai khoan', '11,000.00', ''],
    ];
    const bytes = await writeExcelFile(
      [header, ...rows].map((cells) => cells.map((value) => ({ value }))),
      { dateFormat: 'dd/mm/yyyy hh:mm' },
    ).toBuffer();
    const { credits, debits } = await read('vietinbank', bytes);
    expect(debits).toMatchObject([{ transactionId: 'FT26325002', amount: 11_000n }]);
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

  it('refuses a spreadsheet number with a fraction of a đồng', async () => {
    const bytes = await writeExcelFile([
      headerOf('vietinbank').map((value) => ({ value })),
      [{ value: '01/10/2025' }, { value: 'VTB1' }, { value: 'x' }, { value: '' }, { value: 1234.56 }],
    ]).toBuffer();
    expect(await readWholeStatement('vietinbank', bytes)).toEqual(
      refusedAt('amountFractional', 2, 'Ghi có', '1234.56'),
    );
  });

  it('refuses a file of another layout even when it has no rows', async () => {
    expect(await readWholeStatement('vietinbank', 'Ghi chú\n')).toMatchObject({
      ok: false,
      problems: [{ code: 'wrongLayout', values: { bank: 'VietinBank' } }],
    });
  });

  it('says what is wrong with a file that is neither a statement nor a spreadsheet', async () => {
    expect(await readWholeStatement('bidv', '"unclosed,quote\n')).toEqual({
      ok: false,
      problems: [{ code: 'notCsv', values: { row: 1 } }],
    });
    expect(await readWholeStatement('bidv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({
      ok: false,
      problems: [{ code: 'notXlsx' }],
    });
  });
});

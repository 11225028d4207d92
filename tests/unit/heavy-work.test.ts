import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import {
  expandsWithin,
  heavyWork,
  maximumSpreadsheetXmlBytes,
  readSpreadsheet,
} from '../../src/lib/http/heavy-work.ts';
import { spreadsheetBomb, spreadsheetDeclaring, spreadsheetHolding } from '../support/spreadsheet-bomb.ts';

/** A promise settled from outside, to hold a piece of work in progress. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('heavy work', () => {
  it('runs one piece at a time, the others waiting their turn in the order they came', async () => {
    const order: string[] = [];
    const holds = [deferred(), deferred(), deferred()];
    const works = holds.map((hold, i) =>
      heavyWork(async () => {
        order.push(`start ${i}`);
        await hold.promise;
        order.push(`end ${i}`);
        return i;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['start 0']);
    holds[2]!.resolve();
    holds[1]!.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['start 0']);
    holds[0]!.resolve();
    expect(await Promise.all(works)).toEqual([0, 1, 2]);
    expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('gives the next piece its turn when one fails', async () => {
    const failing = heavyWork(async () => {
      throw new Error('unreadable');
    });
    await expect(failing).rejects.toThrow('unreadable');
    expect(await heavyWork(() => 'next')).toBe('next');
  });
});

describe('reading an uploaded spreadsheet', () => {
  it('reads the first sheet of a real .xlsx', async () => {
    const file = await writeExcelFile([[{ value: 'Mã hộ' }], [{ value: 'DT25-18229-101' }]]).toBuffer();
    expect(expandsWithin(file, maximumSpreadsheetXmlBytes)).toBe(true);
    expect(await readSpreadsheet(file)).toEqual([['Mã hộ'], ['DT25-18229-101']]);
  });

  it('refuses a zip bomb by what it inflates to, before keeping any of it', async () => {
    const bomb = spreadsheetBomb(100 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(expandsWithin(bomb, maximumSpreadsheetXmlBytes)).toBe(false);
    expect(await readSpreadsheet(bomb)).toBeUndefined();
    // The same file within the limit is a spreadsheet like any other.
    expect(await readSpreadsheet(spreadsheetBomb(1024 * 1024))).toEqual([['Mã hộ']]);
  });

  it('refuses a spreadsheet that declares more than the limit, which read-excel-file would set aside', async () => {
    expect(expandsWithin(spreadsheetDeclaring(1000), maximumSpreadsheetXmlBytes)).toBe(true);
    expect(expandsWithin(spreadsheetDeclaring(maximumSpreadsheetXmlBytes + 1), maximumSpreadsheetXmlBytes)).toBe(false);
  });

  it('reads a NUL in a cell, which the database cannot store, as U+FFFD', async () => {
    expect(await readSpreadsheet(spreadsheetHolding('Thôn\u0000Mới&#0;'))).toEqual([
      ['Mã hộ'],
      ['Thôn\uFFFDMới\uFFFD'],
    ]);
  });

  it('reads a file that is no zip as no spreadsheet', async () => {
    expect(await readSpreadsheet(new TextEncoder().encode('Mã hộ,Mã xã\n'))).toBeUndefined();
  });
});

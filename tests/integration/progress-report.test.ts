import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { progressOf } from '../../src/lib/progress/store.ts';
import { progressOnDate, progressReportFile } from '../../src/lib/reports/store.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { addCounts, emptyCounts } from '../../src/lib/progress/progress-counts.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`progress reports for a date (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it("rebuilt for today, add up to exactly the province's published figures", async () => {
    const communes = await progressOnDate(database.db, { level: 'province', code: '42' }, '2026-11-25');
    const total = communes.reduce((sum, commune) => addCounts(sum, commune.counts), emptyCounts);
    const published = await progressOf(database.db, { level: 'province', era: '2025', code: '42' });
    const { households: _all, withdrawn: _w, supportAmount, ...stages } = published.counts;
    expect(total).toMatchObject(stages);
    expect(total.supportAmount).toBe(supportAmount);
    expect(total.households - total.withdrawn).toBe(published.counts.households - published.counts.withdrawn);
    expect(communes.length).toBeGreaterThan(1);
    expect(communes.every((commune) => commune.communeName.length > 0)).toBe(true);
  });

  it('counts a home at the stage it had reached by the chosen day', async () => {
    const now = await progressOnDate(database.db, { level: 'commune', code: '18229' }, '2026-11-25');
    const earlier = await progressOnDate(database.db, { level: 'commune', code: '18229' }, '2025-03-01');
    const delivered = (rows: typeof now) =>
      rows.reduce((n, row) => n + row.counts.completed + row.counts.handedOver + row.counts.validated, 0);
    expect(delivered(earlier)).toBeLessThan(delivered(now));
    expect(await progressOnDate(database.db, { level: 'commune', code: '18229' }, '2000-01-01')).toEqual([]);
  });

  it('makes the report form’s file in one call, for an area the official may report on', async () => {
    const grants = [{ role: 'commune_officer' as const, unitCode: '18229' }];
    const today = '2026-11-25';
    const report = await progressReportFile(
      database.db,
      { area: ' 18229 ', format: 'xlsx' },
      grants,
      'vi',
      messagesFor('vi'),
      today,
    );
    expect(report).toMatchObject({
      ok: true,
      value: {
        fileName: 'bao-cao-tien-do-18229-2026-11-25.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    });
    expect(report.ok && report.value.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await progressReportFile(
      database.db,
      { area: '18229', date: '01/03/2025', format: 'pdf' },
      grants,
      'en',
      messagesFor('en'),
      today,
    );
    expect(pdf.ok && pdf.value.fileName).toBe('bao-cao-tien-do-18229-2025-03-01.pdf');
    expect(
      await progressReportFile(database.db, { area: '42', date: '2026-11-26' }, grants, 'vi', messagesFor('vi'), today),
    ).toEqual({
      ok: false,
      problems: [
        { code: 'areaNotYours', field: 'area' },
        { code: 'dateInvalid', field: 'date' },
      ],
    });
  });
});

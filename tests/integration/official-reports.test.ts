import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { listAuditEvents } from '../../src/lib/audit/store.ts';
import { currentPublicDataVersion } from '../../src/lib/http/public-data-version-store.ts';
import { importOfficialReports, listOfficialReports } from '../../src/lib/official/store.ts';
import { progressBreakdown, progressByUnit, progressOf } from '../../src/lib/progress/store.ts';
import { refusal } from './support/refusal.ts';
import { runScript, scriptTimeout } from './support/run-script.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { createScratchDatabase, driverUnderTest } from './support/test-database.ts';
import { officials } from '../../db/schema/index.ts';

const sharedFile = path.join(readEnvironment({}).SHARED_OFFICIAL_DIR, 'national-reports.csv');
const shared = readFileSync(sharedFile, 'utf8');
const columns = shared.split('\n')[0]!.split(',');
const line = (cells: Record<string, string>) => columns.map((column) => cells[column] ?? '').join(',');
const provinceFile = [
  columns.join(','),
  // Bắc Kạn before the merger, and Thái Nguyên (which took it in) after.
  line({
    as_of: '2025-05-15',
    area: '06',
    kind: 'reported',
    homes_total: '4000',
    completed: '3000',
    publisher: 'Báo Bắc Kạn',
    source: 'https://example.test/bk',
    note: 'khoảng',
  }),
  line({
    as_of: '2025-08-10',
    area: '19',
    kind: 'reported',
    homes_total: '9000',
    completed: '9000',
    publisher: 'Báo Thái Nguyên',
    source: 'https://example.test/tn',
  }),
].join('\n');

describe(`official reports imported (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('the seed imported the shared file; importing it again adds nothing', async () => {
    const national = await listOfficialReports(database.db, { level: 'nation' });
    expect(national).toHaveLength(shared.trim().split('\n').length - 1);
    expect(national[0]).toMatchObject({ asOf: '2025-02-07', publisher: 'Tạp chí Lao động và Xã hội', areaName: null });
    expect(await importOfficialReports(database.db, shared, null)).toEqual({
      ok: true,
      value: { added: 0, alreadyImported: national.length },
    });
    expect(await listOfficialReports(database.db, { level: 'nation' })).toHaveLength(national.length);
  });

  it('never adds official figures into the portal’s own counts', async () => {
    const before = await Promise.all([
      progressOf(database.db, { level: 'nation' }),
      progressOf(database.db, { level: 'province', era: '2025', code: '19' }),
      progressByUnit(database.db, { era: 'pre2025', level: 'province' }),
      progressBreakdown(database.db, { level: 'nation' }),
    ]);
    const version = await currentPublicDataVersion(database.db);
    const imported = await importOfficialReports(database.db, provinceFile, null);
    expect(imported).toEqual({ ok: true, value: { added: 2, alreadyImported: 0 } });
    // Pages kept in memory are made again with the new figures; a file adding nothing changes nothing.
    expect(await currentPublicDataVersion(database.db)).toBe(version + 1);
    expect(await importOfficialReports(database.db, provinceFile, null)).toMatchObject({ ok: true });
    expect(await currentPublicDataVersion(database.db)).toBe(version + 1);
    const after = await Promise.all([
      progressOf(database.db, { level: 'nation' }),
      progressOf(database.db, { level: 'province', era: '2025', code: '19' }),
      progressByUnit(database.db, { era: 'pre2025', level: 'province' }),
      progressBreakdown(database.db, { level: 'nation' }),
    ]);
    expect(after).toEqual(before);
  });

  it('shows a 2025 province its own reports and those of the provinces merged into it', async () => {
    const reports = await listOfficialReports(database.db, { level: 'province', code: '19' });
    expect(reports.map((r) => [r.area, r.areaEra, r.areaName, r.counts.completed, r.note])).toEqual([
      ['06', 'pre2025', 'Tỉnh Bắc Kạn', 3000, 'khoảng'],
      ['19', '2025', 'Tỉnh Thái Nguyên', 9000, null],
    ]);
    expect(await listOfficialReports(database.db, { level: 'province', code: '01' })).toEqual([]);
  });

  it('lets an official import only for areas their grants cover, and records who did', async () => {
    const [official] = await database.db
      .insert(officials)
      .values({ email: 'tn@example.test', name: 'Cán bộ tỉnh', passwordHash: 'x', secondFactorSecret: 'x' })
      .returning({ id: officials.id });
    const officialId = official!.id;
    const grants = [{ role: 'province_officer' as const, unitCode: '19' }];
    const refused = await importOfficialReports(database.db, shared, { officialId, grants, fileName: 'n.csv' });
    expect(refused.ok || refused.problems[0]).toMatchObject({
      code: 'areaNotYours',
      values: { row: 2, value: 'national' },
    });
    const again = provinceFile.replace('9000,9000', '9100,9100');
    const done = await importOfficialReports(database.db, again, { officialId, grants, fileName: 'tn.csv' });
    expect(done).toEqual({ ok: true, value: { added: 1, alreadyImported: 1 } });
    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 1 });
    expect(events[0]).toMatchObject({
      action: 'official_reports_imported',
      subject: 'official_reports:tn.csv',
      officialName: 'Cán bộ tỉnh',
    });
  });

  it('keeps reports as imported: the database refuses to change or remove one', async () => {
    expect(await refusal(database.db, sql`update official_reports set completed = 1`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`delete from official_reports`)).toMatch(/append-only/);
  });
});

describe(`npm run import-official-reports (${driverUnderTest})`, () => {
  it(
    'imports any file of the shape once, and refuses a wrong one naming row and column',
    async () => {
      const scratch = await createScratchDatabase();
      try {
        const first = await runScript(['scripts/import-official-reports.ts', sharedFile], scratch.environment);
        expect(first).toMatchObject({ status: 0 });
        expect(first.stdout).toMatch(/7 added, 0 imported before/);
        const second = await runScript(['scripts/import-official-reports.ts', sharedFile], scratch.environment);
        expect(second.stdout).toMatch(/0 added, 7 imported before/);
        const dir = mkdtempSync(path.join(tmpdir(), 'official-'));
        const wrong = path.join(dir, 'wrong.csv');
        writeFileSync(
          wrong,
          `${columns.join(',')}\n${line({ as_of: '2025-02-30', area: 'national', kind: 'reported', publisher: 'P', source: 'S' })}`,
        );
        const refused = await runScript(['scripts/import-official-reports.ts', wrong], scratch.environment);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toBe('Error: Row 2, column “as_of”, value “2025-02-30”: a date is written YYYY-MM-DD.');
      } finally {
        await scratch.remove();
      }
    },
    scriptTimeout * 4,
  );
});

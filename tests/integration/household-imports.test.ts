import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { listAuditEvents } from '../../src/lib/audit/store.ts';
import { migrationsFolder } from '../../db/client.ts';
import {
  findHouseholdImport,
  forgetUnsavedHouseholdSheets,
  keepHouseholdSheet,
  previewHouseholdImport,
  saveHouseholdImport,
  uploadHouseholdSheet,
} from '../../src/lib/households/import-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { progressOf } from '../../src/lib/progress/store.ts';
import { householdImports, households, householdStageEvents } from '../../db/schema/index.ts';
import { readSheetFile } from '../../src/lib/households/household-sheet-file.ts';
import { sheetColumns, type Cell } from '../../src/lib/households/household-sheet.ts';
import { catalogues, inEveryLanguage } from '../../src/lib/i18n/messages.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

const today = '2026-11-25';
const languages = Object.values(catalogues);
const header = sheetColumns.map((column) => column.header);
// Đức Thọ commune (18229, Hà Tĩnh) under the Đức Thọ 2025 plan; 18244 is another commune of Hà Tĩnh.
const row = (code: string, commune = '18229', amount: Cell = 60_000_000, village = 'Thôn 3'): Cell[] => [
  code,
  commune,
  village,
  'Nguyễn Văn An',
  'Hộ nghèo',
  'Xây mới',
  'Chương trình xóa nhà tạm, nhà dột nát',
  amount,
  '15/03/2025',
  '20/04/2025',
];

describe(`household list imports (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let actor: { id: number; grants: { role: 'commune_officer'; unitCode: string }[] };

  beforeAll(async () => {
    database = await createSeededDatabase();
    const grants = [{ role: 'commune_officer' as const, unitCode: '18229' }];
    const official = await createOfficial(
      database.db,
      { email: 'nhap@example.vn', name: 'Cán bộ nhập', password: 'một mật khẩu dài', grants },
      null,
    );
    if (!official.ok) throw new Error('email taken');
    actor = { id: official.value.id, grants };
  });
  afterAll(() => database?.close());

  /** An upload as the page keeps it: real .xlsx bytes, read back by the portal's reader. */
  async function upload(...rows: Cell[][]) {
    const bytes = new Uint8Array(
      await writeExcelFile(
        [header, ...rows].map((cells) => cells.map((value) => ({ value: value ?? undefined }))),
      ).toBuffer(),
    );
    const cells = await readSheetFile(bytes);
    if (!cells) throw new Error('unreadable');
    const id = await keepHouseholdSheet(database.db, {
      officialId: actor.id,
      campaignId: 'duc-tho-2025',
      fileName: 'danh-sach.xlsx',
      bytes,
      cells,
    });
    return (await findHouseholdImport(database.db, id, actor.id))!;
  }

  const countListed = (codes: string[]) => database.db.$count(households, inArray(households.publicCode, codes));

  it('previews a list with problems per row and keeps nothing, not even the good rows', async () => {
    const sheet = await upload(row('DT25-18229-901'), row('DT25-18229-902', '18244'), row('DT25-18229-001'));
    const check = await previewHouseholdImport(database.db, sheet, actor, today, languages);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.value.valid).toBe(false);
    expect(check.value.rows.map((r) => [r.line, r.problems])).toEqual([
      [2, []],
      [3, ['notYourCommune']],
      [4, ['codeTaken']],
    ]);
    expect(await saveHouseholdImport(database.db, sheet, actor, today, languages)).toMatchObject({
      ok: true,
      value: { valid: false },
    });
    expect(await countListed(['DT25-18229-901'])).toBe(0);
    expect((await findHouseholdImport(database.db, sheet.id, actor.id))!.savedAt).toBeNull();
  });

  it('shows criteria findings in the preview without refusing the row', async () => {
    // Đức Thọ's plan does not name martyrs' relatives; no plan sets an amount, so 1,000 đồng passes.
    const martyr = row('DT25-18229-903', '18229', 1_000);
    martyr[4] = 'Thân nhân liệt sĩ';
    const sheet = await upload(martyr);
    const check = await previewHouseholdImport(database.db, sheet, actor, today, languages);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.value.valid).toBe(true);
    expect(check.value.rows[0]!.findings).toEqual([{ rule: 'beneficiary-group', category: 'martyr_relative' }]);
    expect(await countListed(['DT25-18229-903'])).toBe(0);
  });

  it('saves a clean list whole, with initials only, its stages, progress and an audit entry, once', async () => {
    const area = { level: 'commune' as const, era: '2025' as const, code: '18229' };
    const before = (await progressOf(database.db, area)).counts.households;
    const sheet = await upload(row('DT25-18229-904'), row('DT25-18229-905'));
    expect(await saveHouseholdImport(database.db, sheet, actor, today, languages)).toMatchObject({
      ok: true,
      value: { valid: true },
    });

    const [saved] = await database.db.select().from(households).where(eq(households.publicCode, 'DT25-18229-904'));
    expect(saved).toMatchObject({ displayName: 'N.V.A.', stage: 'approved', stageDate: '2025-04-20', isDemo: false });
    expect(JSON.stringify(saved, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toContain('Nguyễn');
    const stages = await database.db
      .select({ stage: householdStageEvents.stage, on: householdStageEvents.occurredOn })
      .from(householdStageEvents)
      .where(eq(householdStageEvents.householdId, saved!.id));
    expect(stages).toEqual([
      { stage: 'identified', on: '2025-03-15' },
      { stage: 'approved', on: '2025-04-20' },
    ]);
    expect((await progressOf(database.db, area)).counts.households).toBe(before + 2);
    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 1 });
    expect(events[0]).toMatchObject({
      action: 'households_imported',
      after: { campaign: 'duc-tho-2025', households: ['DT25-18229-904', 'DT25-18229-905'] },
    });

    const again = (await findHouseholdImport(database.db, sheet.id, actor.id))!;
    expect(again.savedCount).toBe(2);
    expect(await saveHouseholdImport(database.db, again, actor, today, languages)).toEqual({
      ok: false,
      problems: [{ code: 'alreadySaved' }],
    });
    expect(await countListed(['DT25-18229-904', 'DT25-18229-905'])).toBe(2);
  });

  it('refuses a village holding personal data, naming the row and the column in both languages', async () => {
    const village = 'Số 12 ngõ 34, SĐT 0912345678, CCCD 001088012345';
    const sheet = await upload(row('DT25-18229-907'), row('DT25-18229-908', '18229', 60_000_000, village));
    const check = await previewHouseholdImport(database.db, sheet, actor, today, languages);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.value.rows.map((r) => [r.line, r.problems])).toEqual([
      [2, []],
      [3, ['textHasAddress', 'textHasPhoneNumber', 'textHasIdNumber']],
    ]);
    expect(inEveryLanguage((t) => t.imports.rowProblem.textHasPhoneNumber)).toEqual({
      vi: expect.stringContaining('Cột “Thôn, tổ dân phố”: Có số điện thoại'),
      en: expect.stringContaining('Column “Village or residential group”: Holds a phone number'),
    });
    await saveHouseholdImport(database.db, sheet, actor, today, languages);
    expect(await countListed(['DT25-18229-907', 'DT25-18229-908'])).toBe(0);
  });

  it('keeps of an upload only what the preview and the audit need: initials, not names, nor other columns', async () => {
    const extra = [...row('DT25-18229-909'), 'SĐT 0912345678'];
    const sheet = await upload(extra, row('DT25-18229-910'));
    const kept = JSON.stringify(sheet.cells);
    expect(kept).not.toMatch(/Nguyễn|Văn An|0912345678/);
    expect(sheet.cells[1]).toEqual([
      'DT25-18229-909',
      '18229',
      'Thôn 3',
      'N.V.A.',
      'Hộ nghèo',
      'Xây mới',
      'Chương trình xóa nhà tạm, nhà dột nát',
      60_000_000,
      '15/03/2025',
      '20/04/2025',
    ]);
    // What is kept reads as the upload did, and saves the same households.
    expect(await saveHouseholdImport(database.db, sheet, actor, today, languages)).toMatchObject({
      ok: true,
      value: { valid: true },
    });
    const [saved] = await database.db.select().from(households).where(eq(households.publicCode, 'DT25-18229-909'));
    expect(saved?.displayName).toBe('N.V.A.');
  });

  it('deletes uploads never saved after 30 days, and keeps saved ones', async () => {
    const old = await upload(row('DT25-18229-911'));
    const recent = await upload(row('DT25-18229-912'));
    const saved = await upload(row('DT25-18229-913'));
    await saveHouseholdImport(database.db, saved, actor, today, languages);
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await database.db
      .update(householdImports)
      .set({ uploadedAt: longAgo })
      .where(inArray(householdImports.id, [old.id, saved.id]));
    expect(await forgetUnsavedHouseholdSheets(database.db)).toBe(1);
    expect(await findHouseholdImport(database.db, old.id, actor.id)).toBeUndefined();
    expect(await findHouseholdImport(database.db, recent.id, actor.id)).toBeDefined();
    expect(await findHouseholdImport(database.db, saved.id, actor.id)).toBeDefined();
  });

  it('rewrites sheets kept before: previews go, saved ones keep initials and the template’s columns (migration 0015)', async () => {
    const unsaved = await upload(row('DT25-18229-914'));
    const saved = await upload(row('DT25-18229-915'));
    await saveHouseholdImport(database.db, saved, actor, today, languages);
    // As sheets were kept before: names whole, and a column beyond the template's.
    const asBefore = [header, [...row('DT25-18229-915'), 'SĐT 0912345678'], []];
    await database.db
      .update(householdImports)
      .set({ cells: asBefore })
      .where(inArray(householdImports.id, [unsaved.id, saved.id]));
    const migration = readFileSync(path.join(migrationsFolder, '0015_household_sheet_minimisation.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await database.db.execute(sql.raw(statement));
    expect(await findHouseholdImport(database.db, unsaved.id, actor.id)).toBeUndefined();
    const rewritten = await findHouseholdImport(database.db, saved.id, actor.id);
    const minimised = row('DT25-18229-915');
    minimised[3] = 'N.V.A.';
    expect(rewritten!.cells).toEqual([header, minimised, []]);
  });

  it('reads nothing from a file that is not a spreadsheet', async () => {
    expect(await readSheetFile(new TextEncoder().encode('Mã hộ,Mã xã\nDT25-1,18229'))).toBeUndefined();
  });

  it('keeps an uploaded list in one call, for its campaign, and refuses what it cannot read', async () => {
    const bytes = await writeExcelFile(
      [header, row('DT25-18229-906')].map((cells) => cells.map((value) => ({ value: value ?? undefined }))),
    ).toBuffer();
    const file = new File([new Uint8Array(bytes)], 'danh-sach-2.xlsx');
    expect(await uploadHouseholdSheet(database.db, { campaign: 'atlantis-2025', file }, actor.id)).toEqual({
      ok: false,
      problems: [{ code: 'campaignUnknown', field: 'campaign' }],
    });
    expect(await uploadHouseholdSheet(database.db, { campaign: 'duc-tho-2025' }, actor.id)).toEqual({
      ok: false,
      problems: [{ code: 'empty', field: 'file' }],
    });
    const text = new File(['Mã hộ,Mã xã\nDT25-1,18229'], 'danh-sach.csv');
    expect(await uploadHouseholdSheet(database.db, { campaign: 'duc-tho-2025', file: text }, actor.id)).toEqual({
      ok: false,
      problems: [{ code: 'notASpreadsheet', field: 'file' }],
    });
    const kept = await uploadHouseholdSheet(database.db, { campaign: 'duc-tho-2025', file }, actor.id);
    if (!kept.ok) throw new Error(JSON.stringify(kept.problems));
    expect(await findHouseholdImport(database.db, kept.value, actor.id)).toMatchObject({
      campaignId: 'duc-tho-2025',
      fileName: 'danh-sach-2.xlsx',
      officialId: actor.id,
      savedAt: null,
    });
    // It is the uploader's work in progress: no other official sees it, whatever their role.
    expect(await findHouseholdImport(database.db, kept.value, actor.id + 1)).toBeUndefined();
  });
});

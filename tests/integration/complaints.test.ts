import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { listAuditEvents } from '../../src/lib/audit/store.ts';
import {
  answerComplaint,
  createComplaint,
  findPublicComplaint,
  listComplaintsForOfficial,
  listPublicComplaintsOfCommune,
  replyToComplaint,
  submitComplaint,
} from '../../src/lib/complaints/store.ts';
import { currentPublicDataVersion } from '../../src/lib/http/public-data-version-store.ts';
import { households } from '../../db/schema/index.ts';
import type { Grant } from '../../src/lib/officials/roles.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`complaints (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let household: { publicCode: string; communeCode: string };
  let otherCommune: string;
  const officer = (id: number, grants: Grant[]) => ({ id, grants });

  beforeAll(async () => {
    database = await createSeededDatabase();
    [household] = (await database.db
      .select({ publicCode: households.publicCode, communeCode: households.communeCode })
      .from(households)
      .where(eq(households.communeCode, '18229'))
      .limit(1)) as [typeof household];
    const [other] = await database.db
      .select({ communeCode: households.communeCode })
      .from(households)
      .where(and(ne(households.communeCode, '18229')))
      .limit(1);
    otherCommune = other!.communeCode;
  });
  afterAll(() => database?.close());

  const complaint = (fields: Partial<Parameters<typeof createComplaint>[1]> = {}) =>
    createComplaint(
      database.db,
      {
        subject: 'household_entry',
        communeCode: household.communeCode,
        householdCode: household.publicCode,
        message: 'Hộ này đã có nhà kiên cố từ năm 2020.',
        contact: 'Lê Văn Tâm, 0912 345 678',
        ...fields,
      },
      '2026-11-25',
      15,
    );

  it('files a complaint about a household for its commune, due fifteen days later, shown at once', async () => {
    const before = await currentPublicDataVersion(database.db);
    const created = await complaint();
    expect(created).toMatchObject({ ok: true, value: { reference: expect.stringMatching(/^PA[0-9A-Z]{8}$/) } });
    if (!created.ok) throw new Error('not filed');
    const shown = await findPublicComplaint(database.db, created.value.reference);
    expect(shown).toMatchObject({ status: 'received', dueOn: '2026-12-10', householdCode: household.publicCode });
    expect(await currentPublicDataVersion(database.db)).toBeGreaterThan(before);
  });

  it('never shows the message or the contact publicly', async () => {
    const created = await complaint();
    if (!created.ok) throw new Error('not filed');
    const shown = (await listPublicComplaintsOfCommune(database.db, household.communeCode)).find(
      (c) => c.reference === created.value.reference,
    );
    expect(shown).toMatchObject({ reference: created.value.reference, status: 'received' });
    expect(Object.keys(shown!)).not.toContain('message');
    expect(Object.keys(shown!)).not.toContain('contact');
    expect(JSON.stringify(shown)).not.toContain('0912');
  });

  it('refuses a household that is not in the named commune, and a commune that does not exist', async () => {
    const unknown = { ok: false, problems: [{ code: 'subjectUnknown', field: 'subject' }] };
    expect(await complaint({ communeCode: otherCommune })).toEqual(unknown);
    expect(await complaint({ subject: 'commune_figures', householdCode: '', communeCode: '99999' })).toEqual(unknown);
  });

  it('routes complaints to the commune and its province, and to no one else', async () => {
    const created = await complaint({ subject: 'commune_figures', householdCode: '' });
    if (!created.ok) throw new Error('not filed');
    const references = async (grants: Grant[]) =>
      (await listComplaintsForOfficial(database.db, grants)).map((c) => c.reference);
    expect(await references([{ role: 'commune_officer', unitCode: household.communeCode }])).toContain(
      created.value.reference,
    );
    expect(await references([{ role: 'province_officer', unitCode: '42' }])).toContain(created.value.reference);
    expect(await references([{ role: 'commune_officer', unitCode: otherCommune }])).not.toContain(
      created.value.reference,
    );
    expect(await references([{ role: 'auditor', unitCode: null }])).toEqual([]);
    const [routed] = await listComplaintsForOfficial(database.db, [
      { role: 'commune_officer', unitCode: household.communeCode },
    ]);
    expect(routed).toMatchObject({ contact: 'Lê Văn Tâm, 0912 345 678' });
  });

  it('lets only the commune answer, forward only, with an audited public answer', async () => {
    const created = await complaint();
    if (!created.ok) throw new Error('not filed');
    const official = await createOfficial(
      database.db,
      {
        email: 'xa.ductho@example.vn',
        name: 'Cán bộ Đức Thọ',
        password: 'một mật khẩu dài',
        grants: [{ role: 'commune_officer', unitCode: household.communeCode }],
      },
      null,
    );
    if (!official.ok) throw new Error('email taken');
    const mine = officer(official.value.id, [{ role: 'commune_officer', unitCode: household.communeCode }]);
    const stranger = officer(official.value.id, [{ role: 'commune_officer', unitCode: otherCommune }]);
    const answer = { status: 'answered' as const, answer: 'Xã đã kiểm tra: hộ được hỗ trợ sửa chữa mái nhà.' };

    expect(await replyToComplaint(database.db, created.value.reference, answer, stranger)).toEqual({
      ok: false,
      problems: [{ code: 'notYourCommune', field: 'status' }],
    });
    expect(await replyToComplaint(database.db, created.value.reference, answer, mine)).toEqual({
      ok: true,
      value: { status: 'answered' },
    });
    expect(
      await replyToComplaint(database.db, created.value.reference, { status: 'in_progress', answer: '' }, mine),
    ).toEqual({ ok: false, problems: [{ code: 'statusNotAllowed', field: 'status' }] });
    expect(await findPublicComplaint(database.db, created.value.reference)).toMatchObject({
      status: 'answered',
      answer: answer.answer,
    });
    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 1 });
    expect(events[0]).toMatchObject({
      action: 'complaint_status_changed',
      subject: `complaint:${created.value.reference}`,
      officialName: 'Cán bộ Đức Thọ',
      before: { status: 'received' },
      after: answer,
    });
  });

  it('takes the public form in one call, about the commune or the household the page names', async () => {
    const about = { communeCode: household.communeCode, householdCode: '' };
    const client = { address: '203.0.113.9', perTenMinutes: 10 };
    const fields = { message: 'Số hộ trong danh sách của xã chưa đúng.', contact: '', website: '' };
    const filed = await submitComplaint(database.db, fields, about, client, '2026-11-25', 15);
    if (!filed.ok) throw new Error(JSON.stringify(filed.problems));
    expect(await findPublicComplaint(database.db, filed.value.reference)).toMatchObject({
      subject: 'commune_figures',
      householdCode: null,
      dueOn: '2026-12-10',
    });
    const aboutEntry = { ...about, householdCode: household.publicCode };
    expect(
      await submitComplaint(database.db, { ...fields, message: 'sai' }, aboutEntry, client, '2026-11-25', 15),
    ).toEqual({
      ok: false,
      problems: [{ code: 'messageTooShort', field: 'message' }],
    });
  });

  it('refuses a bot that filled in the hidden field, and an address past its limit', async () => {
    const about = { communeCode: household.communeCode, householdCode: '' };
    const client = { address: '198.51.100.9', perTenMinutes: 3 };
    const tooMany = { ok: false, problems: [{ code: 'tooMany' }] };
    const bot = { message: 'x', website: 'http://spam.example' };
    expect(await submitComplaint(database.db, bot, about, client, '2026-11-25', 15)).toEqual(tooMany);
    // A complaint sent back to be put right is not counted: only those filed are.
    for (let i = 0; i < 5; i++)
      expect(await submitComplaint(database.db, { message: 'x' }, about, client, '2026-11-25', 15)).toMatchObject({
        ok: false,
        problems: [{ code: 'messageTooShort' }],
      });
    const filed = { message: 'Số hộ trong danh sách của xã chưa đúng.', contact: '' };
    // Nor one about a household the commune's list does not hold.
    const unknownHome = { ...about, householdCode: 'ZZ00-00000-000' };
    for (let i = 0; i < 3; i++)
      expect(await submitComplaint(database.db, filed, unknownHome, client, '2026-11-25', 15)).toMatchObject({
        ok: false,
        problems: [{ code: 'subjectUnknown' }],
      });
    for (let i = 0; i < 3; i++)
      expect((await submitComplaint(database.db, filed, about, client, '2026-11-25', 15)).ok).toBe(true);
    expect(await submitComplaint(database.db, filed, about, client, '2026-11-25', 15)).toEqual(tooMany);
  });

  it('reads an officer’s reply form before anything is recorded', async () => {
    const mine = officer(1, [{ role: 'commune_officer', unitCode: household.communeCode }]);
    expect(await answerComplaint(database.db, 'PA00000000', { status: 'answered', answer: '' }, mine)).toEqual({
      ok: false,
      problems: [{ code: 'answerMissing', field: 'answer' }],
    });
    expect(await answerComplaint(database.db, 'PA00000000', { status: 'in_progress' }, mine)).toEqual({
      ok: false,
      problems: [{ code: 'subjectUnknown', field: 'status' }],
    });
  });
});

import { and, eq, ne, sql } from 'drizzle-orm';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { checkAuditChain, listAuditEvents } from '../../src/lib/audit/store.ts';
import {
  editHousehold,
  findWorkspaceCommune,
  findWorkspaceHousehold,
  recordHouseholdStage,
  submitHouseholdEdit,
  submitStageChange,
} from '../../src/lib/households/stage-store.ts';
import { diskEvidenceStore } from '../../src/lib/evidence/evidence-store.ts';
import { findEvidencePhoto } from '../../src/lib/evidence/photo-access-store.ts';
import { listPublicHouseholdsOfCommune } from '../../src/lib/households/store.ts';
import {
  completeSecondFactor,
  endSession,
  findSession,
  signInWithPassword,
  startSession,
} from '../../src/lib/officials/session-store.ts';
import {
  changeOfficialAccess,
  createOfficial,
  deactivateOfficial,
  grantsOf,
  listOfficials,
  removeGrant,
  submitNewOfficial,
  useSecondFactorStep,
  type Official,
} from '../../src/lib/officials/store.ts';
import { progressOf } from '../../src/lib/progress/store.ts';
import { adminUnits, auditEvents, households } from '../../db/schema/index.ts';
import { verifyPassword } from '../../src/lib/officials/password.ts';
import type { Grant } from '../../src/lib/officials/roles.ts';
import { refusal } from './support/refusal.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

const today = '2026-11-25';
// A photo already in the evidence store; the store itself is tested with real images elsewhere.
const photoKey = `${'c0'.repeat(32)}.jpg`;
/** A photo's bytes as the disk evidence store keeps them. */
const jpegOf = (folder: string, key: string) => readFileSync(path.join(folder, key.slice(0, 2), key));

describe(`officials, sessions and the audit log (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  // Homes under construction in one commune, one for each test that records a stage or an edit.
  let homes: { publicCode: string; stageDate: string }[];
  let commune: string;
  let province: string;
  let otherCommune: string;
  let communeOfficer: Official & { grants: Grant[] };
  let neighbour: Official & { grants: Grant[] };
  let provinceOfficer: Official & { grants: Grant[] };

  async function official(email: string, grants: Grant[], db = database.db) {
    const made = await createOfficial(
      db,
      { email, name: email.split('@')[0]!, password: 'một mật khẩu dài', grants },
      null,
    );
    if (!made.ok) throw new Error('email taken');
    return { ...made.value, grants };
  }

  beforeAll(async () => {
    database = await createSeededDatabase();
    const [busiest] = await database.db
      .select({ communeCode: households.communeCode, provinceCode: adminUnits.provinceCode })
      .from(households)
      .innerJoin(adminUnits, and(eq(adminUnits.era, '2025'), eq(adminUnits.code, households.communeCode)))
      .where(eq(households.stage, 'started'))
      .groupBy(households.communeCode, adminUnits.provinceCode)
      .having(sql`count(*) >= 4`)
      .orderBy(households.communeCode)
      .limit(1);
    commune = busiest!.communeCode;
    province = busiest!.provinceCode!;
    homes = await database.db
      .select({ publicCode: households.publicCode, stageDate: households.stageDate })
      .from(households)
      .where(and(eq(households.communeCode, commune), eq(households.stage, 'started')))
      .orderBy(households.publicCode);
    const [other] = await database.db
      .select({ code: adminUnits.code })
      .from(adminUnits)
      .where(
        and(
          eq(adminUnits.era, '2025'),
          eq(adminUnits.provinceCode, province),
          eq(adminUnits.level, 'commune'),
          sql`${adminUnits.code} <> ${commune}`,
        ),
      )
      .limit(1);
    otherCommune = other!.code;
    communeOfficer = await official('xa@example.vn', [{ role: 'commune_officer', unitCode: commune }]);
    neighbour = await official('xa.ben@example.vn', [{ role: 'commune_officer', unitCode: otherCommune }]);
    provinceOfficer = await official('tinh@example.vn', [{ role: 'province_officer', unitCode: province }]);
  });
  afterAll(() => database?.close());

  /** A home as its province's officer sees it in the workspace. */
  async function workspaceHousehold(publicCode: string) {
    const found = await findWorkspaceHousehold(database.db, publicCode, provinceOfficer.grants);
    if (!found.ok) throw new Error(JSON.stringify(found.problems));
    return found.value;
  }

  const complete = (home: { publicCode: string }) =>
    recordHouseholdStage(
      database.db,
      home.publicCode,
      { stage: 'completed', occurredOn: today, reason: '', photoKey },
      communeOfficer,
      today,
    );

  it('keeps only an Argon2id hash of the password and refuses a second account for one email', async () => {
    expect(communeOfficer.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword('một mật khẩu dài', communeOfficer.passwordHash)).toBe(true);
    expect(
      await createOfficial(
        database.db,
        { email: 'XA@example.vn', name: 'XA', password: 'một mật khẩu dài', grants: [] },
        null,
      ),
    ).toEqual({ ok: false, problems: [{ code: 'emailTaken', field: 'email' }] });
  });

  it("lists each account with its own roles, and no one else's", async () => {
    const listed = await listOfficials(database.db);
    const rolesOf = (id: number) => listed.find((account) => account.id === id)?.grants;
    for (const account of [communeOfficer, neighbour, provinceOfficer])
      expect(rolesOf(account.id)).toEqual(await grantsOf(database.db, account.id));
    expect(rolesOf(communeOfficer.id)).toEqual([{ role: 'commune_officer', unitCode: commune }]);
    expect(rolesOf(provinceOfficer.id)).toEqual([{ role: 'province_officer', unitCode: province }]);
    expect(listed.every((account) => !('passwordHash' in account))).toBe(true);
  });

  it('opens the workspace only after the second factor, and never after signing out', async () => {
    const waiting = await startSession(database.db, communeOfficer.id);
    expect(await findSession(database.db, waiting)).toMatchObject({ signedIn: false });
    const token = await completeSecondFactor(database.db, waiting);
    // The token seen before the second factor opens nothing afterwards (no session fixation).
    expect(token).not.toBe(waiting);
    expect(await findSession(database.db, waiting)).toBeUndefined();
    await expect(completeSecondFactor(database.db, waiting)).rejects.toThrow();
    const session = await findSession(database.db, token);
    expect(session).toMatchObject({ signedIn: true, official: { email: 'xa@example.vn' } });
    expect(session!.grants).toEqual(communeOfficer.grants);
    await endSession(database.db, token);
    expect(await findSession(database.db, token)).toBeUndefined();
    expect(await findSession(database.db, 'not-a-token')).toBeUndefined();
  });

  it('accepts each second-factor time step once, and records the enrolment once', async () => {
    const enrolling = await official('xa.moi@example.vn', [{ role: 'commune_officer', unitCode: otherCommune }]);
    expect(await useSecondFactorStep(database.db, enrolling.id, 1000)).toBe(true);
    expect(await useSecondFactorStep(database.db, enrolling.id, 1000)).toBe(false);
    expect(await useSecondFactorStep(database.db, enrolling.id, 999)).toBe(false);
    expect(await useSecondFactorStep(database.db, enrolling.id, 1001)).toBe(true);
    const enrolments = await database.db.$count(
      auditEvents,
      and(eq(auditEvents.action, 'second_factor_enrolled'), eq(auditEvents.subject, `official:${enrolling.id}`)),
    );
    expect(enrolments).toBe(1);
  });

  it('does not let a commune officer touch a home in another commune', async () => {
    const home = homes[0]!;
    const result = await recordHouseholdStage(
      database.db,
      home.publicCode,
      { stage: 'completed', occurredOn: today, reason: '', photoKey },
      neighbour,
      today,
    );
    expect(result).toEqual({ ok: false, problems: [{ code: 'notYourCommune', field: 'stage' }] });
    expect((await workspaceHousehold(home.publicCode)).stage).toBe('started');
  });

  it('writes no photo for a stage change it refuses: another commune, a date in the future', async () => {
    const home = homes[0]!;
    const folder = mkdtempSync(path.join(tmpdir(), 'evidence-'));
    const evidence = diskEvidenceStore(folder);
    try {
      const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } })
        .jpeg()
        .toBuffer();
      const photo = new File([new Uint8Array(jpeg)], 'nha.jpg', { type: 'image/jpeg' });
      const completed = { stage: 'completed', occurredOn: today, photo };
      expect(await submitStageChange(database.db, home.publicCode, completed, neighbour, today, evidence)).toEqual({
        ok: false,
        problems: [{ code: 'notYourCommune', field: 'stage' }],
      });
      const tomorrow = { ...completed, occurredOn: '2026-11-26' };
      expect(
        await submitStageChange(database.db, home.publicCode, tomorrow, communeOfficer, today, evidence),
      ).toMatchObject({ ok: false });
      expect(readdirSync(folder, { recursive: true })).toEqual([]);
      expect((await workspaceHousehold(home.publicCode)).stage).toBe('started');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('moves a home to completed, updates public progress and audits who did it', async () => {
    const home = homes[1]!;
    const area = { level: 'commune' as const, era: '2025' as const, code: commune };
    const before = await progressOf(database.db, area);
    expect(await complete(home)).toEqual({ ok: true, value: { stage: 'completed' } });
    const after = await progressOf(database.db, area);
    expect(after.counts.completed).toBe(before.counts.completed + 1);

    const household = await workspaceHousehold(home.publicCode);
    expect(household.history.at(-1)).toMatchObject({
      stage: 'completed',
      occurredOn: today,
      recordedBy: 'xa',
      photoKey,
    });
    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 1 });
    expect(events[0]).toMatchObject({
      officialName: 'xa',
      action: 'household_stage_recorded',
      subject: `household:${home.publicCode}`,
      before: { stage: 'started', stageDate: home.stageDate },
      after: { stage: 'completed', stageDate: today, photo: photoKey },
    });
  });

  it('lets the province, not the reporter, validate the completed home', async () => {
    const home = homes[2]!;
    expect(await complete(home)).toEqual({ ok: true, value: { stage: 'completed' } });
    const validation = { stage: 'validated' as const, occurredOn: today, reason: '', photoKey: null };
    expect(await recordHouseholdStage(database.db, home.publicCode, validation, communeOfficer, today)).toEqual({
      ok: false,
      problems: [{ code: 'notYourCommune', field: 'stage' }],
    });
    const reporterWithBothRoles = { ...communeOfficer, grants: [...communeOfficer.grants, ...provinceOfficer.grants] };
    expect(await recordHouseholdStage(database.db, home.publicCode, validation, reporterWithBothRoles, today)).toEqual({
      ok: false,
      problems: [{ code: 'sameOfficialValidates', field: 'stage' }],
    });
    expect(await recordHouseholdStage(database.db, home.publicCode, validation, provinceOfficer, today)).toEqual({
      ok: true,
      value: { stage: 'validated' },
    });
    expect((await workspaceHousehold(home.publicCode)).stage).toBe('validated');
  });

  it('lets the commune correct a record, re-checks it against the criteria and audits before and after', async () => {
    const home = homes[3]!;
    const edit = {
      village: 'Thôn Mới',
      category: 'poor' as const,
      supportType: 'repair' as const,
      supportProgramme: 'temporary_housing_elimination' as const,
      supportAmount: 1_000n,
    };
    expect(await editHousehold(database.db, home.publicCode, edit, neighbour)).toEqual({
      ok: false,
      problems: [{ code: 'notYourCommune', field: 'village' }],
    });
    expect(await editHousehold(database.db, home.publicCode, edit, communeOfficer)).toEqual({
      ok: true,
      value: undefined,
    });
    const [listed] = await listPublicHouseholdsOfCommune(database.db, commune, { text: home.publicCode });
    expect(listed).toMatchObject({
      publicCode: home.publicCode,
      village: 'Thôn Mới',
      supportType: 'repair',
      supportAmount: 1_000n,
    });
    // No plan sets an amount per home: an amount is never held against one.
    expect(listed!.findings).toEqual([]);
    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 1 });
    expect(events[0]).toMatchObject({
      action: 'household_edited',
      subject: `household:${home.publicCode}`,
      after: { village: 'Thôn Mới', supportAmount: '1000' },
    });
  });

  it('keeps one active admin: the last one can neither lose the role nor be disabled', async () => {
    // The seeded database has no admin: the first one made here is the only one.
    const first = await official('quantri.1@example.vn', [{ role: 'admin', unitCode: null }]);
    const admin = { role: 'admin' as const, unitCode: null };
    expect(await removeGrant(database.db, first.id, admin, first.id)).toEqual({
      ok: false,
      problems: [{ code: 'lastAdmin' }],
    });
    expect(await deactivateOfficial(database.db, first.id, first.id)).toEqual({
      ok: false,
      problems: [{ code: 'lastAdmin' }],
    });

    const second = await official('quantri.2@example.vn', [admin]);
    expect(await removeGrant(database.db, first.id, admin, second.id)).toEqual({ ok: true, value: { removed: true } });
    expect(await grantsOf(database.db, first.id)).toEqual([]);
    expect(await removeGrant(database.db, second.id, admin, second.id)).toEqual({
      ok: false,
      problems: [{ code: 'lastAdmin' }],
    });
  });

  it('ends every session of a disabled account at once, and audits it', async () => {
    const leaving = await official('tinh.nghi@example.vn', [{ role: 'province_officer', unitCode: province }]);
    const token = await completeSecondFactor(database.db, await startSession(database.db, leaving.id));
    expect(await findSession(database.db, token)).toMatchObject({ signedIn: true });
    expect(await deactivateOfficial(database.db, leaving.id, communeOfficer.id)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await findSession(database.db, token)).toBeUndefined();
    const { events } = await listAuditEvents(database.db, { offset: 0, limit: 1 });
    expect(events[0]).toMatchObject({ action: 'official_deactivated', subject: `official:${leaving.id}` });
  });

  it('takes the stage form in one call: read, its photo kept as evidence, then recorded', async () => {
    const home = homes[0]!;
    const folder = mkdtempSync(path.join(tmpdir(), 'evidence-'));
    const evidence = diskEvidenceStore(folder);
    try {
      expect(
        await submitStageChange(database.db, home.publicCode, { stage: 'finished' }, provinceOfficer, today, evidence),
      ).toEqual({
        ok: false,
        problems: [
          { code: 'stageNotAllowed', field: 'stage' },
          { code: 'dateInvalid', field: 'occurredOn' },
        ],
      });
      const [other] = await database.db
        .select({ publicCode: households.publicCode })
        .from(households)
        .innerJoin(adminUnits, and(eq(adminUnits.era, '2025'), eq(adminUnits.code, households.communeCode)))
        .where(
          and(
            eq(households.stage, 'started'),
            eq(adminUnits.provinceCode, province),
            ne(households.publicCode, home.publicCode),
          ),
        )
        .limit(1);
      const completed = { stage: 'completed', occurredOn: today };
      const notAnImage = new File(['không phải ảnh'], 'nha.jpg', { type: 'image/jpeg' });
      expect(
        await submitStageChange(
          database.db,
          other!.publicCode,
          { ...completed, photo: notAnImage },
          provinceOfficer,
          today,
          evidence,
        ),
      ).toEqual({ ok: false, problems: [{ code: 'photoNotAnImage', field: 'photo' }] });
      expect(
        await submitStageChange(database.db, other!.publicCode, completed, provinceOfficer, today, evidence),
      ).toEqual({ ok: false, problems: [{ code: 'photoMissing', field: 'photo' }] });
      const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
        .jpeg()
        .toBuffer();
      const photo = new File([new Uint8Array(jpeg)], 'nha.jpg', { type: 'image/jpeg' });
      expect(
        await submitStageChange(
          database.db,
          other!.publicCode,
          { ...completed, photo },
          provinceOfficer,
          today,
          evidence,
        ),
      ).toEqual({ ok: true, value: { stage: 'completed' } });
      const [event] = (await workspaceHousehold(other!.publicCode)).history.slice(-1);
      expect(await evidence.get(event!.photoKey!)).toBeDefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('takes the form correcting a record in one call', async () => {
    const home = homes[0]!;
    const form = {
      village: ' ',
      category: 'poor',
      supportType: 'repair',
      supportProgramme: 'temporary_housing_elimination',
      supportAmount: '1.000',
    };
    expect(await submitHouseholdEdit(database.db, home.publicCode, form, communeOfficer)).toEqual({
      ok: false,
      problems: [{ code: 'villageMissing', field: 'village' }],
    });
    expect(
      await submitHouseholdEdit(database.db, home.publicCode, { ...form, village: 'Thôn Mới' }, neighbour),
    ).toEqual({ ok: false, problems: [{ code: 'notYourCommune', field: 'village' }] });
  });

  it('shows a home, its commune’s list and its photos only to officials who may read records there', async () => {
    // A home of the commune still under construction: earlier tests moved some on.
    const [home] = await database.db
      .select({ publicCode: households.publicCode })
      .from(households)
      .where(and(eq(households.communeCode, commune), eq(households.stage, 'started')))
      .limit(1);
    if (!home) throw new Error('no home under construction left');
    const folder = mkdtempSync(path.join(tmpdir(), 'evidence-'));
    const evidence = diskEvidenceStore(folder);
    try {
      const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } })
        .jpeg()
        .toBuffer();
      const photo = new File([new Uint8Array(jpeg)], 'nha.jpg', { type: 'image/jpeg' });
      const completed = { stage: 'completed', occurredOn: today, photo };
      expect(await submitStageChange(database.db, home.publicCode, completed, communeOfficer, today, evidence)).toEqual(
        { ok: true, value: { stage: 'completed' } },
      );
      const key = (await workspaceHousehold(home.publicCode)).history.at(-1)!.photoKey!;

      const outsider = neighbour.grants;
      const nationalAuditor: Grant[] = [{ role: 'auditor', unitCode: null }];
      for (const viewer of [communeOfficer.grants, provinceOfficer.grants, nationalAuditor]) {
        expect(await findWorkspaceHousehold(database.db, home.publicCode, viewer)).toMatchObject({ ok: true });
        expect(await findWorkspaceCommune(database.db, commune, viewer)).toMatchObject({ ok: true });
        expect(await findEvidencePhoto(database.db, evidence, key, viewer)).toEqual({
          ok: true,
          value: jpegOf(folder, key),
        });
      }
      const notYours = { ok: false, problems: [{ code: 'notYourCommune' }] };
      expect(await findWorkspaceHousehold(database.db, home.publicCode, outsider)).toEqual(notYours);
      expect(await findWorkspaceCommune(database.db, commune, outsider)).toEqual(notYours);
      expect(await findEvidencePhoto(database.db, evidence, key, outsider)).toEqual({
        ok: false,
        problems: [{ code: 'notYourArea' }],
      });
      expect(await findWorkspaceHousehold(database.db, 'XX-00000-000', nationalAuditor)).toEqual({
        ok: false,
        problems: [{ code: 'householdUnknown' }],
      });
      expect(await findWorkspaceCommune(database.db, province, nationalAuditor)).toEqual({
        ok: false,
        problems: [{ code: 'communeUnknown' }],
      });
      // A photo no record names is unknown, even to an admin, even with its file on disk.
      await evidence.put(`${'d1'.repeat(32)}.jpg`, jpeg);
      expect(await findEvidencePhoto(database.db, evidence, `${'d1'.repeat(32)}.jpg`, nationalAuditor)).toEqual({
        ok: false,
        problems: [{ code: 'photoUnknown' }],
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('signs in from the form: a right password starts a session, anything else gets one same refusal', async () => {
    const form = { email: ' XA@example.vn ', password: 'một mật khẩu dài' };
    const signedIn = await signInWithPassword(database.db, form, '192.0.2.10');
    expect(signedIn).toMatchObject({ ok: true, value: { token: expect.any(String) } });
    if (signedIn.ok) expect(await findSession(database.db, signedIn.value.token)).toMatchObject({ signedIn: false });
    const failed = { ok: false, problems: [{ code: 'signInFailed' }] };
    expect(await signInWithPassword(database.db, { ...form, password: 'sai' }, '192.0.2.10')).toEqual(failed);
    expect(await signInWithPassword(database.db, { ...form, password: 'x'.repeat(201) }, '192.0.2.10')).toEqual(failed);
    expect(await signInWithPassword(database.db, { email: ['a', 'b'] }, '192.0.2.10')).toEqual(failed);
  });

  it('makes an account from the admin’s form, and changes its grants from the account’s forms', async () => {
    const admin = await official('quantri.3@example.vn', [{ role: 'admin', unitCode: null }]);
    const form = {
      email: 'Moi@example.vn',
      name: 'Cán bộ mới',
      password: 'một mật khẩu dài',
      role: 'commune_officer',
      unitCode: '99999',
    };
    expect(await submitNewOfficial(database.db, form, admin.id)).toEqual({
      ok: false,
      problems: [{ code: 'unitInvalid', field: 'unitCode' }],
    });
    expect(await submitNewOfficial(database.db, { ...form, name: '' }, admin.id)).toEqual({
      ok: false,
      problems: [{ code: 'nameInvalid', field: 'name' }],
    });
    const created = await submitNewOfficial(database.db, { ...form, unitCode: commune }, admin.id);
    if (!created.ok) throw new Error(JSON.stringify(created.problems));
    expect(created.value.email).toBe('moi@example.vn');
    expect(await submitNewOfficial(database.db, { ...form, unitCode: commune }, admin.id)).toEqual({
      ok: false,
      problems: [{ code: 'emailTaken', field: 'email' }],
    });

    const id = created.value.id;
    const neighbourGrant = { role: 'commune_officer', unitCode: otherCommune };
    expect(await changeOfficialAccess(database.db, id, { action: 'add_grant', ...neighbourGrant }, admin.id)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await grantsOf(database.db, id)).toContainEqual(neighbourGrant);
    expect(
      await changeOfficialAccess(database.db, id, { action: 'remove_grant', ...neighbourGrant }, admin.id),
    ).toEqual({ ok: true, value: undefined });
    expect(await grantsOf(database.db, id)).not.toContainEqual(neighbourGrant);
    const provinceAsCommune = { action: 'add_grant', role: 'commune_officer', unitCode: province };
    expect(await changeOfficialAccess(database.db, id, provinceAsCommune, admin.id)).toEqual({
      ok: false,
      problems: [{ code: 'unitInvalid', field: 'unitCode' }],
    });
    const deactivate = { action: 'deactivate', role: 'admin', unitCode: '' };
    expect(await changeOfficialAccess(database.db, id, deactivate, admin.id)).toEqual({ ok: true, value: undefined });
  });

  it('refuses to change or remove an audit event, even by hand', async () => {
    // Making the officials above wrote the first events.
    expect(await database.db.$count(auditEvents)).toBeGreaterThan(0);
    expect(await refusal(database.db, sql`update audit_events set subject = 'x' where sequence = 1`)).toMatch(
      /audit_events is append-only/,
    );
    expect(await refusal(database.db, sql`delete from audit_events where sequence = 1`)).toMatch(/append-only/);
    expect(await refusal(database.db, sql`truncate audit_events`)).toMatch(/append-only/);
  });

  it('re-computes the whole chain, and finds an event altered behind the triggers', async () => {
    // A database of its own: this test breaks the chain on purpose.
    const own = await createSeededDatabase();
    try {
      const officer = await official('xa.rieng@example.vn', [{ role: 'commune_officer', unitCode: commune }], own.db);
      await official('tinh.rieng@example.vn', [{ role: 'province_officer', unitCode: province }], own.db);
      const stage = { stage: 'completed' as const, occurredOn: today, reason: '', photoKey };
      expect(await recordHouseholdStage(own.db, homes[0]!.publicCode, stage, officer, today)).toEqual({
        ok: true,
        value: { stage: 'completed' },
      });
      const intact = await checkAuditChain(own.db);
      expect(intact).toMatchObject({ ok: true });
      const { total } = await listAuditEvents(own.db, { offset: 0, limit: 1 });
      expect(total).toBe(3);
      expect(intact.ok && intact.records).toBe(total);

      // Someone with the database owner's rights turns the trigger off and rewrites an event.
      await own.db.transaction(async (tx) => {
        await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
        await tx.execute(sql`update audit_events set after = '{"stage":"handed_over"}' where sequence = ${total}`);
        await tx.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
      });
      expect(await checkAuditChain(own.db)).toEqual({
        ok: false,
        sequence: total,
        problem: 'content does not match its hash',
      });
    } finally {
      await own.close();
    }
  });
});

import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import {
  deliveredForPledge,
  findPledgeForDelivery,
  recordDelivery,
  submitDelivery,
} from '../../src/lib/pledges/delivery-store.ts';
import type { EvidenceStore } from '../../src/lib/evidence/evidence-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { pledgeStatus } from '../../src/lib/pledges/lifecycle.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { refusal } from './support/refusal.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

const today = '2026-11-25';

describe(`deliveries of materials and workdays (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let officer: { id: number; grants: { role: 'commune_officer'; unitCode: string }[] };
  let elsewhere: { id: number; grants: { role: 'commune_officer'; unitCode: string }[] };

  async function pledge(fields: Record<string, string>) {
    const read = readPledgeForm({
      targetKind: 'commune',
      targetCode: '18229',
      donorType: 'organisation',
      donorName: 'Công ty Xi măng Hoàng Mai',
      taxCode: '',
      displayChoice: 'full_name',
      email: '',
      ...fields,
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const target = await resolvePledgeTarget(database.db, read.value, today);
    if (!target.ok) throw new Error(JSON.stringify(target.problems));
    return (await createPledge(database.db, read.value, target.value)).reference;
  }

  /** A pledge as its commune's officer sees it in the workspace. */
  async function workspacePledge(reference: string) {
    const found = await findPledgeForDelivery(database.db, reference, officer.grants);
    if (!found.ok) throw new Error(JSON.stringify(found.problems));
    return found.value;
  }

  beforeAll(async () => {
    database = await createSeededDatabase();
    const make = async (email: string, unitCode: string) => {
      const grants = [{ role: 'commune_officer' as const, unitCode }];
      const made = await createOfficial(
        database.db,
        { email, name: email, password: 'một mật khẩu dài', grants },
        null,
      );
      if (!made.ok) throw new Error('email taken');
      return { id: made.value.id, grants };
    };
    officer = await make('ductho@example.vn', '18229');
    elsewhere = await make('ducdong@example.vn', '18244');
  });
  afterAll(() => database?.close());

  it('fulfils a pledge of cement in partial deliveries, never beyond what was pledged', async () => {
    const reference = await pledge({ kind: 'material', material: 'cement', materialDescription: '', quantity: '100' });
    const first = { quantity: 60, deliveredOn: '2026-11-20', note: 'Đợt 1', photoKey: null };
    expect(await recordDelivery(database.db, reference, first, officer, today)).toEqual({
      ok: true,
      value: { delivered: 60 },
    });
    const found = await workspacePledge(reference);
    expect(found).toMatchObject({ delivered: 60, donorPublicName: 'Công ty Xi măng Hoàng Mai' });
    const status = (fulfilled: number) =>
      pledgeStatus({ cancelled: false, expiresOn: null, promised: 100n, fulfilled: BigInt(fulfilled) }, today);
    expect(status(await deliveredForPledge(database.db, found.id))).toBe('partly_fulfilled');

    const tooMuch = { ...first, quantity: 41 };
    expect(await recordDelivery(database.db, reference, tooMuch, officer, today)).toEqual({
      ok: false,
      problems: [{ code: 'moreThanPledged', field: 'quantity' }],
    });
    expect(await recordDelivery(database.db, reference, { ...first, quantity: 40 }, officer, today)).toEqual({
      ok: true,
      value: { delivered: 100 },
    });
    expect(status(await deliveredForPledge(database.db, found.id))).toBe('fulfilled');
  });

  it('lets only officers of the place the gift is for record it, and only for gifts in kind', async () => {
    const workdays = await pledge({ kind: 'labour', workdays: '10', skill: 'mason' });
    const one = { quantity: 1, deliveredOn: today, note: '', photoKey: null };
    expect(await recordDelivery(database.db, workdays, one, elsewhere, today)).toEqual({
      ok: false,
      problems: [{ code: 'notYourArea', field: 'quantity' }],
    });
    const money = await pledge({ kind: 'money', amount: '5.000.000' });
    expect(await recordDelivery(database.db, money, one, officer, today)).toEqual({
      ok: false,
      problems: [{ code: 'notInKind', field: 'quantity' }],
    });
    expect(await recordDelivery(database.db, 'CT00000000', one, officer, today)).toEqual({
      ok: false,
      problems: [{ code: 'pledgeUnknown', field: 'quantity' }],
    });
  });

  it('shows a pledge and its deliveries only to officials who may read records where its gifts arrive', async () => {
    const reference = await pledge({ kind: 'labour', workdays: '3', skill: 'mason' });
    expect(await findPledgeForDelivery(database.db, reference, officer.grants)).toMatchObject({ ok: true });
    expect(await findPledgeForDelivery(database.db, reference, elsewhere.grants)).toEqual({
      ok: false,
      problems: [{ code: 'notYourArea' }],
    });
    const national = [{ role: 'auditor' as const, unitCode: null }];
    expect(await findPledgeForDelivery(database.db, reference, national)).toMatchObject({ ok: true });
    expect(await findPledgeForDelivery(database.db, 'CT00000000', national)).toEqual({
      ok: false,
      problems: [{ code: 'pledgeUnknown' }],
    });
  });

  it('takes the delivery form in one call: read, its photo checked, then recorded', async () => {
    const reference = await pledge({ kind: 'labour', workdays: '10', skill: 'mason' });
    const kept: string[] = [];
    const evidence: EvidenceStore = { put: async (key) => void kept.push(key), get: async () => undefined };
    expect(await submitDelivery(database.db, reference, { quantity: 'mười' }, officer, today, evidence)).toEqual({
      ok: false,
      problems: [
        { code: 'quantityInvalid', field: 'quantity' },
        { code: 'dateInvalid', field: 'deliveredOn' },
      ],
    });
    const form = { quantity: '4', deliveredOn: today, note: ' Đợt 1 ' };
    const notAnImage = new File(['không phải ảnh'], 'a.jpg', { type: 'image/jpeg' });
    expect(
      await submitDelivery(database.db, reference, { ...form, photo: notAnImage }, officer, today, evidence),
    ).toEqual({ ok: false, problems: [{ code: 'photoNotAnImage', field: 'photo' }] });
    expect(await submitDelivery(database.db, reference, form, officer, today, evidence)).toEqual({
      ok: true,
      value: { delivered: 4 },
    });
    expect(kept).toEqual([]);
    expect((await workspacePledge(reference)).deliveries).toMatchObject([
      { quantity: 4, note: 'Đợt 1', photoKey: null },
    ]);
  });

  it('writes no photo for a delivery it refuses: another area, more than was pledged', async () => {
    const reference = await pledge({ kind: 'labour', workdays: '3', skill: 'mason' });
    const kept: string[] = [];
    const evidence: EvidenceStore = { put: async (key) => void kept.push(key), get: async () => undefined };
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } })
      .jpeg()
      .toBuffer();
    const photo = new File([new Uint8Array(jpeg)], 'giao.jpg', { type: 'image/jpeg' });
    const form = { quantity: '2', deliveredOn: today, note: '', photo };
    expect(await submitDelivery(database.db, reference, form, elsewhere, today, evidence)).toEqual({
      ok: false,
      problems: [{ code: 'notYourArea', field: 'quantity' }],
    });
    expect(
      await submitDelivery(database.db, reference, { ...form, quantity: '4' }, officer, today, evidence),
    ).toMatchObject({ ok: false });
    expect(kept).toEqual([]);
    expect(await submitDelivery(database.db, reference, form, officer, today, evidence)).toEqual({
      ok: true,
      value: { delivered: 2 },
    });
    expect(kept).toHaveLength(1);
  });

  it('keeps deliveries as records that cannot be changed or removed', async () => {
    // A delivery to refuse changes to: the database's guard acts on each row.
    const reference = await pledge({ kind: 'labour', workdays: '5', skill: 'mason' });
    const delivery = { quantity: 2, deliveredOn: today, note: '', photoKey: null };
    expect(await recordDelivery(database.db, reference, delivery, officer, today)).toEqual({
      ok: true,
      value: { delivered: 2 },
    });
    expect(await refusal(database.db, sql`update deliveries set quantity = 1`)).toMatch(/deliveries is append-only/);
    expect(await refusal(database.db, sql`delete from deliveries`)).toMatch(/deliveries is append-only/);
    const found = await workspacePledge(reference);
    expect(await deliveredForPledge(database.db, found.id)).toBe(2);
  });
});

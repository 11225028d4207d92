import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { deliveredForPledge, findPledgeForDelivery, recordDelivery } from '../../src/lib/pledges/delivery-store.ts';
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
    if (!('form' in read)) throw new Error(JSON.stringify(read.problems));
    const target = await resolvePledgeTarget(database.db, read.form, today);
    if (!('target' in target)) throw new Error(target.problem);
    return (await createPledge(database.db, read.form, target.target)).reference;
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
      return { id: made.id, grants };
    };
    officer = await make('ductho@example.vn', '18229');
    elsewhere = await make('ducdong@example.vn', '18244');
  });
  afterAll(() => database?.close());

  it('fulfils a pledge of cement in partial deliveries, never beyond what was pledged', async () => {
    const reference = await pledge({ kind: 'material', material: 'cement', materialDescription: '', quantity: '100' });
    const first = { quantity: 60, deliveredOn: '2026-11-20', note: 'Đợt 1', photoKey: null };
    expect(await recordDelivery(database.db, reference, first, officer, today)).toEqual({ delivered: 60 });
    const found = await findPledgeForDelivery(database.db, reference);
    expect(found).toMatchObject({ delivered: 60, donorPublicName: 'Công ty Xi măng Hoàng Mai' });
    const status = (fulfilled: number) =>
      pledgeStatus({ cancelled: false, expiresOn: null, promised: 100n, fulfilled: BigInt(fulfilled) }, today);
    expect(status(await deliveredForPledge(database.db, found!.id))).toBe('partly_fulfilled');

    const tooMuch = { ...first, quantity: 41 };
    expect(await recordDelivery(database.db, reference, tooMuch, officer, today)).toEqual({
      problem: 'moreThanPledged',
    });
    expect(await recordDelivery(database.db, reference, { ...first, quantity: 40 }, officer, today)).toEqual({
      delivered: 100,
    });
    expect(status(await deliveredForPledge(database.db, found!.id))).toBe('fulfilled');
  });

  it('lets only officers of the place the gift is for record it, and only for gifts in kind', async () => {
    const workdays = await pledge({ kind: 'labour', workdays: '10', skill: 'mason' });
    const one = { quantity: 1, deliveredOn: today, note: '', photoKey: null };
    expect(await recordDelivery(database.db, workdays, one, elsewhere, today)).toEqual({ problem: 'notYourArea' });
    const money = await pledge({ kind: 'money', amount: '5.000.000' });
    expect(await recordDelivery(database.db, money, one, officer, today)).toEqual({ problem: 'notInKind' });
    expect(await recordDelivery(database.db, 'CT00000000', one, officer, today)).toEqual({ problem: 'pledgeUnknown' });
  });

  it('keeps deliveries as records that cannot be changed or removed', async () => {
    // A delivery to refuse changes to: the database's guard acts on each row.
    const reference = await pledge({ kind: 'labour', workdays: '5', skill: 'mason' });
    const delivery = { quantity: 2, deliveredOn: today, note: '', photoKey: null };
    expect(await recordDelivery(database.db, reference, delivery, officer, today)).toEqual({ delivered: 2 });
    expect(await refusal(database.db, sql`update deliveries set quantity = 1`)).toMatch(/deliveries is append-only/);
    expect(await refusal(database.db, sql`delete from deliveries`)).toMatch(/deliveries is append-only/);
    const found = await findPledgeForDelivery(database.db, reference);
    expect(await deliveredForPledge(database.db, found!.id)).toBe(2);
  });
});

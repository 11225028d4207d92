import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordDelivery } from '../../src/lib/pledges/delivery-store.ts';
import { findPledgeByToken, submitPledge } from '../../src/lib/pledges/store.ts';
import { receiptsForPledge } from '../../src/lib/receipts/store.ts';
import { receiptFacts } from '../../src/lib/receipts/receipt-view.ts';
import { inKindValue } from '../../src/lib/recognition/recognition.ts';
import { referencePrices } from '../../src/lib/recognition/reference-prices.ts';
import { donorWall } from '../../src/lib/recognition/store.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { targetChoiceLabels } from '../../src/lib/pledges/target-choice-label.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

const today = '2026-11-25';
const donor = {
  donorType: 'organisation',
  donorName: 'Công ty Cơ giới Lạng Sơn',
  taxCode: '',
  displayChoice: 'full_name',
  email: '',
};

describe(`pledging by name, in real units and in machine shifts (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let client = 0;
  // Each submission from its own address, so the rate limit never decides a test.
  const submit = (fields: Record<string, string>, locale: 'vi' | 'en' = 'vi') =>
    submitPledge(database.db, { ...donor, ...fields }, { address: `10.0.0.${++client}`, perMinute: 10 }, today, locale);

  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('finds the receiving commune by its name, without diacritics, with its district or province', async () => {
    for (const targetName of ['Văn Quan', 'van quan lang son', 'Xã Văn Quan']) {
      const pledged = await submit({
        targetKind: 'commune',
        targetCode: '',
        targetName,
        kind: 'money',
        amount: '2.000.000',
      });
      expect(pledged.ok, targetName).toBe(true);
      const pledge = pledged.ok ? await findPledgeByToken(database.db, pledged.value.token) : undefined;
      expect(pledge).toMatchObject({ targetKind: 'commune', targetCode: '06253' });
    }
  });

  it('leads a former unit’s name to the commune of today that receives for it', async () => {
    const town = await submit({
      targetKind: 'commune',
      targetCode: '',
      targetName: 'Thị trấn Văn Quan',
      kind: 'money',
      amount: '2.000.000',
    });
    expect(town.ok).toBe(true);
    const pledge = town.ok ? await findPledgeByToken(database.db, town.value.token) : undefined;
    expect(pledge).toMatchObject({ targetKind: 'commune', targetCode: '06253' });
    // A former district's communes went into several of today's: the donor chooses among them.
    const district = await submit({
      targetKind: 'commune',
      targetCode: '',
      targetName: 'Huyện Văn Quan',
      kind: 'money',
      amount: '2.000.000',
    });
    expect(!district.ok && district.problems).toEqual([{ code: 'targetAmbiguous', field: 'targetName' }]);
    expect(district.choices!.map((c) => c.code)).toContain('06253');
    expect(district.choices!.every((c) => c.unit?.era === '2025')).toBe(true);
  });

  it('offers the places a shared name may mean, each told apart, and refuses a name nothing bears', async () => {
    const shared = await submit({
      targetKind: 'commune',
      targetCode: '',
      targetName: 'Hoa Binh',
      kind: 'money',
      amount: '2.000.000',
    });
    expect(shared.ok).toBe(false);
    expect(!shared.ok && shared.problems).toEqual([{ code: 'targetAmbiguous', field: 'targetName' }]);
    const labels = targetChoiceLabels(messagesFor('vi'), 'vi', shared.choices!);
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((l) => l.includes('thuộc Tỉnh') || l.includes('thuộc Thành phố'))).toBe(true);
    const none = await submit({
      targetKind: 'commune',
      targetCode: '',
      targetName: 'Zzyzx',
      kind: 'money',
      amount: '2.000.000',
    });
    expect(!none.ok && none.problems).toEqual([{ code: 'targetNameUnknown', field: 'targetName' }]);
  });

  it('goes by the name typed over a pre-filled place, not by the place’s code', async () => {
    const pledged = await submit({
      targetKind: 'commune',
      targetCode: '18229',
      targetChosenName: 'Xã Đức Thọ',
      targetName: 'Văn Quan',
      kind: 'money',
      amount: '2.000.000',
    });
    const pledge = pledged.ok ? await findPledgeByToken(database.db, pledged.value.token) : undefined;
    expect(pledge?.targetCode).toBe('06253');
  });

  it('keeps cement typed in tonnes as bags, exactly', async () => {
    const pledged = await submit(
      {
        targetKind: 'commune',
        targetCode: '06253',
        kind: 'material',
        material: 'cement',
        materialDescription: '',
        quantity: '1.5',
        quantityUnit: 'tonne',
      },
      'en',
    );
    const pledge = pledged.ok ? await findPledgeByToken(database.db, pledged.value.token) : undefined;
    expect(pledge).toMatchObject({ kind: 'material', material: 'cement', quantity: 30 });
  });

  it('takes machinery through pledge, delivery, receipt and recognition, in machine shifts', async () => {
    const pledged = await submit({
      targetKind: 'commune',
      targetCode: '',
      targetName: 'Văn Quan',
      kind: 'machinery',
      machine: 'excavator',
      machineDescription: 'Máy đào bánh xích 0,7 m³',
      shifts: '4',
    });
    if (!pledged.ok) throw new Error(JSON.stringify(pledged.problems));
    const pledge = (await findPledgeByToken(database.db, pledged.value.token))!;
    expect(pledge).toMatchObject({ kind: 'machinery', machine: 'excavator', quantity: 4, amount: null });

    const made = await createOfficial(
      database.db,
      {
        email: 'vanquan@example.vn',
        name: 'Cán bộ xã',
        password: 'một mật khẩu dài',
        grants: [{ role: 'commune_officer', unitCode: '06253' }],
      },
      null,
    );
    if (!made.ok) throw new Error('email taken');
    const officer = { id: made.value.id, grants: [{ role: 'commune_officer' as const, unitCode: '06253' }] };
    const delivery = { quantity: 3, deliveredOn: '2026-11-24', note: 'San nền', photoKey: null };
    expect(await recordDelivery(database.db, pledge.reference, delivery, officer, today)).toEqual({
      ok: true,
      value: { delivered: 3 },
    });
    expect((await recordDelivery(database.db, pledge.reference, { ...delivery, quantity: 2 }, officer, today)).ok).toBe(
      false,
    );

    const [receipt] = await receiptsForPledge(database.db, pledge.id);
    expect(receipt!.body.gift).toEqual({
      kind: 'machinery',
      machine: 'excavator',
      description: 'Máy đào bánh xích 0,7 m³',
      quantity: 3,
      unit: 'shift',
    });
    const facts = receiptFacts(receipt!.body, messagesFor('vi'), 'vi');
    expect(facts.find((f) => f.key === 'gift')?.value).toBe('3 ca máy · Máy xúc, máy đào (Máy đào bánh xích 0,7 m³)');

    const wall = await donorWall(database.db, { area: { kind: 'commune', code: '06253' } });
    const line = wall.find((row) => row.key === donor.donorName)!;
    expect(line.machineShifts).toEqual({ excavator: 3 });
    expect(inKindValue(line.materials, line.machineShifts)).toBe(
      3n * referencePrices.perShift.excavator + 0n * referencePrices.perUnit.cement,
    );
  });
});

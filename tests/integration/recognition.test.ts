import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { listCampaignsWithTerms } from '../../src/lib/campaigns/store.ts';
import { recordDelivery } from '../../src/lib/pledges/delivery-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import {
  donorsForRecognition,
  donorWall,
  provincesOfCampaign,
  receiptsOfDonor,
} from '../../src/lib/recognition/store.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import {
  achievementReportFile,
  donorWallView,
  recognitionView,
} from '../../src/lib/recognition/recognition-page-store.ts';
import { recognitionLevelReached } from '../../src/lib/recognition/recognition.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

const today = '2026-11-25';
const commune = '18229';

describe(`donor wall and recognition (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let paid = 0;

  async function give(fields: Record<string, string>, arrives: number) {
    const read = readPledgeForm({
      targetKind: 'commune',
      targetCode: commune,
      donorType: 'organisation',
      taxCode: '',
      email: '',
      ...fields,
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const target = await resolvePledgeTarget(database.db, read.value, today);
    if (!target.ok) throw new Error(JSON.stringify(target.problems));
    const { reference } = await createPledge(database.db, read.value, target.value);
    if (fields.kind === 'money')
      await recordCardPayment(database.db, {
        reference,
        paymentIntentId: `pi_${++paid}`,
        amount: BigInt(arrives),
        // Within Đức Thọ's period (11/2024 – 12/2025): what counts toward the campaign.
        paidAt: new Date('2025-06-10T03:00:00Z'),
      });
    else
      await recordDelivery(
        database.db,
        reference,
        { quantity: arrives, deliveredOn: '2025-06-10', note: '', photoKey: null },
        officer,
        today,
      );
  }
  let officer: { id: number; grants: { role: 'commune_officer'; unitCode: string }[] };

  beforeAll(async () => {
    database = await createSeededDatabase();
    const grants = [{ role: 'commune_officer' as const, unitCode: commune }];
    const made = await createOfficial(
      database.db,
      { email: 'cb@example.vn', name: 'Cán bộ', password: 'một mật khẩu dài', grants },
      null,
    );
    if (!made.ok) throw new Error('email taken');
    officer = { id: made.value.id, grants };
    const company = { donorName: 'Công ty Thép Việt', taxCode: '0101234567', displayChoice: 'full_name' };
    await give({ ...company, kind: 'money', amount: '30.000.000' }, 30_000_000);
    await give({ ...company, kind: 'money', amount: '10.000.000', displayChoice: 'anonymous' }, 4_000_000);
    await give({ ...company, kind: 'material', material: 'steel', materialDescription: '', quantity: '500' }, 300);
    await give(
      {
        donorName: 'Nguyễn Văn Bình',
        donorType: 'person',
        displayChoice: 'initials',
        kind: 'labour',
        skill: 'mason',
        workdays: '60',
      },
      60,
    );
    await give(
      { donorName: 'Bà Tư', donorType: 'person', displayChoice: 'anonymous', kind: 'money', amount: '500.000' },
      500_000,
    );
  });
  afterAll(() => database?.close());

  it('shows on the wall what arrived, by the name each gift chose, anonymous gifts counted without a name', async () => {
    const wall = await donorWall(database.db, { area: { kind: 'commune', code: commune } });
    expect(wall.map((row) => [row.key, row.cash, row.workdays])).toEqual([
      ['Công ty Thép Việt', 30_000_000n, 0],
      [null, 4_500_000n, 0],
      ['N.V.B.', 0n, 60],
    ]);
    expect(wall[0]!.materials).toEqual({ steel: 300 });
    expect(await donorWall(database.db, { area: { kind: 'commune', code: '03151' } })).toEqual([]);
  });

  it('adds up each donor across their gifts for recognition, and suggests the level the operator’s thresholds reach', async () => {
    const campaign = (await listCampaignsWithTerms(database.db)).find((c) => c.id === 'duc-tho-2025')!;
    expect(await provincesOfCampaign(database.db, campaign.id)).toEqual(['42']);
    const donors = await donorsForRecognition(database.db, campaign.id);
    const company = donors.find((d) => d.key === 'tax:0101234567')!;
    expect(company).toMatchObject({ name: 'Công ty Thép Việt', cash: 34_000_000n, materials: { steel: 300 } });
    // Thresholds an operator might set for Đức Thọ: commune level from 20,000,000 đồng or 50 workdays.
    const set = { commune: { cash: 20_000_000n, workdays: 50 } };
    expect(recognitionLevelReached(company, company.type, campaign.terms!.recognition, set)).toMatchObject({
      level: 'commune',
      met: ['cash'],
    });
    const mason = donors.find((d) => d.name === 'Nguyễn Văn Bình')!;
    expect(recognitionLevelReached(mason, mason.type, campaign.terms!.recognition, set)).toMatchObject({
      level: 'commune',
      met: ['workdays'],
    });
    // With no operator setting, nothing is suggested.
    expect(recognitionLevelReached(company, company.type, campaign.terms!.recognition, {})).toBeNull();
    const receipts = await receiptsOfDonor(database.db, campaign.id, company.key);
    expect(receipts.map((receipt) => receipt.body.gift.kind)).toEqual(['money', 'money', 'material']);
  });

  it('gives the recognition page and a donor’s report in one call each, to officials who may read them', async () => {
    const province = [{ role: 'province_officer' as const, unitCode: '42' }];
    const elsewhere = [{ role: 'province_officer' as const, unitCode: '01' }];
    const view = await recognitionView(database.db, 'duc-tho-2025', province);
    expect(view.campaign.id).toBe('duc-tho-2025');
    expect(view.campaigns.length).toBeGreaterThan(1);
    expect(view.donors).toEqual({
      ok: true,
      value: await donorsForRecognition(database.db, 'duc-tho-2025'),
    });
    expect((await recognitionView(database.db, 'duc-tho-2025', elsewhere)).donors).toEqual({
      ok: false,
      problems: [{ code: 'notAllowed' }],
    });
    expect((await recognitionView(database.db, 'atlantis', province)).campaign).toEqual(view.campaigns[0]);

    const request = {
      campaignId: 'duc-tho-2025',
      donorKey: 'tax:0101234567',
      format: 'pdf',
      locale: 'vi',
      words: messagesFor('vi'),
    } as const;
    const report = await achievementReportFile(database.db, request, province);
    expect(report).toMatchObject({
      ok: true,
      value: { fileName: 'thanh-tich-duc-tho-2025.pdf', contentType: 'application/pdf' },
    });
    expect(report.ok && report.value.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await achievementReportFile(database.db, request, elsewhere)).toEqual({
      ok: false,
      problems: [{ code: 'notAllowed' }],
    });
    expect(await achievementReportFile(database.db, { ...request, donorKey: 'tax:9999999999' }, province)).toEqual({
      ok: false,
      problems: [{ code: 'notFound' }],
    });
    expect(await achievementReportFile(database.db, { ...request, campaignId: 'atlantis' }, province)).toEqual({
      ok: false,
      problems: [{ code: 'notFound' }],
    });
  });

  it('reads the donor wall of a place or a campaign in one call, with its name', async () => {
    const place = { kind: 'commune' as const, code: commune };
    expect(await donorWallView(database.db, place)).toEqual({
      ok: true,
      value: {
        wall: await donorWall(database.db, { area: place }),
        name: expect.objectContaining({ vi: expect.any(String) }),
      },
    });
    expect(await donorWallView(database.db, 'country')).toMatchObject({ ok: true, value: { name: null } });
    const campaign = await donorWallView(database.db, { kind: 'campaign', code: 'duc-tho-2025' });
    expect(campaign.ok && campaign.value.wall).toEqual(await donorWall(database.db, { campaignId: 'duc-tho-2025' }));
    expect(await donorWallView(database.db, { kind: 'campaign', code: 'atlantis' })).toEqual({
      ok: false,
      problems: [{ code: 'notFound' }],
    });
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { recordCardPayment } from '../../src/lib/payments/card-payment-store.ts';
import { privatePledgeView } from '../../src/lib/pledges/private-pledge-store.ts';
import {
  cancelPledge,
  createPledge,
  findPledgeByToken,
  resolvePledgeTarget,
  submitPledge,
} from '../../src/lib/pledges/store.ts';
import { withinRateLimit } from '../../src/lib/security/rate-limit-store.ts';
import { households, pledgedTotals, pledges } from '../../db/schema/index.ts';
import { defaultMaximumMoneyPledge, readPledgeForm, type PledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

function form(fields: Record<string, string>): PledgeForm {
  const read = readPledgeForm({
    targetKind: 'commune',
    targetCode: '18229',
    donorType: 'organisation',
    donorName: 'Công ty TNHH Hòa Bình',
    taxCode: '0101234567',
    displayChoice: 'initials',
    email: 'quy@hoabinh.example',
    kind: 'money',
    amount: '50.000.000',
    ...fields,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

describe(`pledges (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('records a money pledge to a commune and opens it only with its private link', async () => {
    const pledge = form({});
    const resolved = await resolvePledgeTarget(database.db, pledge, '2026-11-24');
    expect(resolved).toMatchObject({ ok: true, value: { campaignId: null, expiresOn: null } });
    if (!resolved.ok) return;
    const { reference, token } = await createPledge(database.db, pledge, resolved.value);
    expect(reference).toMatch(/^CT[0-9A-Z]{8}$/);

    const opened = await findPledgeByToken(database.db, token);
    expect(opened).toMatchObject({ reference, kind: 'money', amount: 50_000_000n, targetCode: '18229' });
    expect(opened?.donor).toMatchObject({ type: 'organisation', publicName: 'C.T.T.H.B.' });
    expect(
      await findPledgeByToken(
        database.db,
        token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).toBeUndefined();
    // The token itself is nowhere in the database.
    const [stored] = await database.db.select().from(pledges).where(eq(pledges.reference, reference));
    expect(JSON.stringify(stored, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(token);
  });

  it('records materials and workdays with their quantities', async () => {
    const gifts: Record<string, string>[] = [
      { kind: 'material', material: 'cement', materialDescription: '', quantity: '200' },
      { kind: 'labour', workdays: '30', skill: 'mason', displayChoice: 'anonymous' },
    ];
    for (const fields of gifts) {
      const pledge = form(fields);
      const resolved = await resolvePledgeTarget(database.db, pledge, '2026-11-24');
      if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
      const { token } = await createPledge(database.db, pledge, resolved.value);
      const opened = await findPledgeByToken(database.db, token);
      expect(opened?.quantity).toBe(fields.kind === 'material' ? 200 : 30);
      expect(opened?.amount).toBeNull();
    }
  });

  it('refuses unknown targets, plans that have ended, and homes already finished', async () => {
    expect(
      await resolvePledgeTarget(database.db, { targetKind: 'commune', targetCode: '99999' }, '2026-11-24'),
    ).toEqual({ ok: false, problems: [{ code: 'targetUnknown', field: 'targetCode' }] });
    expect(
      await resolvePledgeTarget(database.db, { targetKind: 'province', targetCode: '18229' }, '2026-11-24'),
    ).toEqual({ ok: false, problems: [{ code: 'targetUnknown', field: 'targetCode' }] });
    expect(
      await resolvePledgeTarget(database.db, { targetKind: 'campaign', targetCode: 'national-2025' }, '2026-11-24'),
    ).toEqual({ ok: false, problems: [{ code: 'campaignEnded', field: 'targetCode' }] });
    expect(
      await resolvePledgeTarget(database.db, { targetKind: 'campaign', targetCode: 'national-2025' }, '2025-06-01'),
    ).toMatchObject({ ok: true, value: { campaignId: 'national-2025', expiresOn: '2025-12-31' } });
    const [done] = await database.db.select().from(households).where(eq(households.stage, 'validated')).limit(1);
    const [open] = await database.db.select().from(households).where(eq(households.stage, 'started')).limit(1);
    expect(
      await resolvePledgeTarget(database.db, { targetKind: 'household', targetCode: done!.publicCode }, '2026-11-24'),
    ).toEqual({ ok: false, problems: [{ code: 'householdNotOpen', field: 'targetCode' }] });
    expect(
      await resolvePledgeTarget(
        database.db,
        { targetKind: 'household', targetCode: open!.publicCode.toLowerCase() },
        '2026-11-24',
      ),
    ).toMatchObject({ ok: true, value: { campaignId: null } });
  });

  it('refuses, in the database itself, a money pledge without a positive amount', async () => {
    await expect(
      database.db
        .execute(sql`insert into pledges (reference, private_token_hash, donor_id, target_kind, target_code, kind, amount)
        values ('CTZZZZZZZZ', ${'0'.repeat(64)}, (select min(id) from donors), 'commune', '18229', 'money', 0)`),
    ).rejects.toThrow();
  });

  it('counts submissions per client in a shared window', async () => {
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) results.push(await withinRateLimit(database.db, 'pledge:192.0.2.1', 3, 60));
    expect(results).toEqual([true, true, true, false]);
    expect(await withinRateLimit(database.db, 'pledge:192.0.2.2', 3, 60)).toBe(true);
    await database.db.execute(
      sql`update rate_limits set window_start = now() - interval '2 minutes' where key = 'pledge:192.0.2.1'`,
    );
    expect(await withinRateLimit(database.db, 'pledge:192.0.2.1', 3, 60)).toBe(true);
  });

  it('lets the donor cancel a pledge through its link until something of it has arrived', async () => {
    const open = form({ amount: '1.000.000' });
    const resolved = await resolvePledgeTarget(database.db, open, '2026-11-25');
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    const first = await createPledge(database.db, open, resolved.value);
    expect(await cancelPledge(database.db, first.token)).toEqual({ ok: true, value: undefined });
    expect((await findPledgeByToken(database.db, first.token))!.cancelledAt).not.toBeNull();
    expect(await cancelPledge(database.db, first.token)).toEqual({ ok: false, problems: [{ code: 'pledgeNotOpen' }] });

    const paid = await createPledge(database.db, open, resolved.value);
    await recordCardPayment(database.db, {
      reference: paid.reference,
      paymentIntentId: 'pi_cancel_after_paying',
      amount: 1_000_000n,
      paidAt: new Date('2026-11-25T02:00:00Z'),
    });
    expect(await cancelPledge(database.db, paid.token)).toEqual({ ok: false, problems: [{ code: 'pledgeNotOpen' }] });
    expect((await findPledgeByToken(database.db, paid.token))!.cancelledAt).toBeNull();
  });

  it('takes the public form in one call: read, target checked, recorded, and its private page shows it', async () => {
    const fields = {
      targetKind: 'commune',
      targetCode: '18229',
      donorType: 'person',
      donorName: 'Trần Thị Bình',
      taxCode: '',
      displayChoice: 'initials',
      email: '',
      kind: 'money',
      amount: '2.000.000',
      website: '',
    };
    const client = { address: '203.0.113.7', perMinute: 3 };
    const submitted = await submitPledge(database.db, fields, client, '2026-11-24');
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    expect(await privatePledgeView(database.db, submitted.value.token, '2026-11-24')).toMatchObject({
      pledge: { reference: submitted.value.reference, amount: 2_000_000n, donor: { publicName: 'T.T.B.' } },
      targetName: { vi: expect.stringContaining('Đức Thọ') },
      promised: 2_000_000n,
      received: 0n,
      status: 'pledged',
      receipts: [],
    });
    expect(await submitPledge(database.db, { ...fields, amount: '9.999' }, client, '2026-11-24')).toEqual({
      ok: false,
      problems: [{ code: 'amountTooSmall', field: 'amount' }],
    });
    expect(await submitPledge(database.db, { ...fields, targetCode: '99999' }, client, '2026-11-24')).toEqual({
      ok: false,
      problems: [{ code: 'targetUnknown', field: 'targetCode' }],
    });
  });

  it('refuses a bot that filled in the hidden field, and an address past its limit, like a typo', async () => {
    const fields = {
      targetKind: 'commune',
      targetCode: '18229',
      kind: 'money',
      amount: '50.000',
      donorType: 'person',
      donorName: 'Lê Thị Hoa',
      taxCode: '',
      email: '',
      displayChoice: 'initials',
    };
    const tooMany = { ok: false, problems: [{ code: 'tooMany' }] };
    const bot = { address: '198.51.100.1', perMinute: 10 };
    expect(await submitPledge(database.db, { ...fields, website: 'http://spam.example' }, bot, '2026-11-24')).toEqual(
      tooMany,
    );
    const busy = { address: '198.51.100.2', perMinute: 2 };
    // Forms sent back to be put right are not counted: only pledges recorded are.
    for (let i = 0; i < 5; i++) {
      const typo = await submitPledge(database.db, { ...fields, amount: '50.000,5' }, busy, '2026-11-24');
      expect(typo).toMatchObject({ ok: false, problems: [{ code: 'amountInvalid' }] });
    }
    for (let i = 0; i < 2; i++) expect((await submitPledge(database.db, fields, busy, '2026-11-24')).ok).toBe(true);
    expect(await submitPledge(database.db, fields, busy, '2026-11-24')).toEqual(tooMany);
  });

  it('refuses a money pledge above the portal’s upper limit, which then counts in no pledged total', async () => {
    const anonymous = {
      targetKind: 'province',
      targetCode: '42',
      kind: 'money',
      donorType: 'person',
      donorName: 'Người giấu tên',
      taxCode: '',
      email: '',
      displayChoice: 'anonymous',
    };
    const pledgedSum = async () =>
      (await database.db.select().from(pledgedTotals)).reduce((sum, row) => sum + row.amount, 0n);
    const before = await pledgedSum();
    const tooLarge = (maximum: bigint) => ({
      ok: false,
      problems: [{ code: 'amountTooLarge', field: 'amount', values: { maximum } }],
    });
    // By default, the form's own limit; set by the operator (PLEDGE_MAXIMUM_DONG), theirs.
    for (const amount of ['999.999.999.999.999', '100.000.000.001']) {
      const client = { address: '203.0.113.50', perMinute: 10 };
      expect(await submitPledge(database.db, { ...anonymous, amount }, client, '2026-11-24')).toEqual(
        tooLarge(defaultMaximumMoneyPledge),
      );
    }
    const operator = { address: '203.0.113.51', perMinute: 10, maximumMoneyPledge: 5_000_000_000n };
    for (const amount of ['5.000.000.001', '99.000.000.000']) {
      expect(await submitPledge(database.db, { ...anonymous, amount }, operator, '2026-11-24')).toEqual(
        tooLarge(5_000_000_000n),
      );
    }
    expect(await pledgedSum()).toBe(before);
    const atTheLimit = await submitPledge(
      database.db,
      { ...anonymous, amount: '5.000.000.000' },
      operator,
      '2026-11-24',
    );
    expect(atTheLimit.ok).toBe(true);
    expect(await pledgedSum()).toBe(before + 5_000_000_000n);
  });

  it('has no private page for an unknown link', async () => {
    expect(await privatePledgeView(database.db, 'x'.repeat(43), '2026-11-24')).toBeUndefined();
  });
});

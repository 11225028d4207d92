import { describe, expect, it } from 'vitest';
import { accountLabel, fundsIn } from '../../src/lib/ledger/account-label.ts';
import { parseFundKey } from '../../src/lib/ledger/accounts.ts';
import { readAllocationForm, readDisbursementForm, readReversalForm } from '../../src/lib/ledger/allocation-form.ts';
import { formFields } from '../../src/lib/forms/read-form.ts';
import { ledgerHref, parseLedgerQuery } from '../../src/lib/ledger/ledger-query.ts';
import {
  allocationEntries,
  bookOf,
  deliveryEntries,
  imbalances,
  paymentEntries,
  reversalEntries,
} from '../../src/lib/ledger/postings.ts';
import { reconcile, type LedgerFacts } from '../../src/lib/ledger/reconciliation.ts';

const province = { kind: 'province' as const, code: '42' };

describe('postings', () => {
  it('balance in every unit, whatever is booked', () => {
    const postings = [
      paymentEntries({ fund: province }, 5_000_000n),
      paymentEntries({ household: 'DT25-18229-001', commune: '18229' }, 2_000_000n),
      allocationEntries(province, [
        { commune: '18229', amount: 3_000_000n },
        { household: 'DT25-18229-002', amount: 1_000_000n },
      ]),
      deliveryEntries({ fund: province }, 'cement:bag', 40),
    ];
    for (const entries of postings) expect(imbalances(entries).size).toBe(0);
    expect(imbalances([...postings[0]!, { account: 'fund:x', unit: 'VND', amount: 1n }])).toEqual(
      new Map([['VND', 1n]]),
    );
    expect(bookOf(postings[3]!)).toBe('in_kind');
    expect(bookOf(postings[2]!)).toBe('cash');
  });

  it('give a home its money straight, through its commune', () => {
    expect(paymentEntries({ household: 'DT25-18229-001', commune: '18229' }, 7n)).toEqual([
      { account: 'household:DT25-18229-001', unit: 'VND', amount: 7n },
      { account: 'donations:commune:18229', unit: 'VND', amount: -7n },
    ]);
  });

  it('reverse by swapping sides', () => {
    const entries = allocationEntries(province, [{ commune: '18229', amount: 9n }]);
    expect(reversalEntries(entries).map((entry) => entry.amount)).toEqual([-9n, 9n]);
  });
});

describe('the treasurer’s forms', () => {
  const decision = { number: '12/QĐ-MTTQ', decidedOn: '2026-11-20', fund: 'province:42' };

  it('read a decision, skipping blank lines', () => {
    const read = readAllocationForm({
      ...decision,
      recipient0: '18229',
      amount0: '3.000.000',
      recipient2: 'dt25-18229-001',
      amount2: '1.000.000 đ',
    });
    expect(read).toEqual({
      ok: true,
      value: {
        ...decision,
        fund: province,
        lines: [
          { commune: '18229', amount: 3_000_000n },
          { household: 'DT25-18229-001', amount: 1_000_000n },
        ],
      },
    });
  });

  it('name each problem by its field', () => {
    expect(
      readAllocationForm({ number: '', decidedOn: '20/11/2026', fund: 'quỹ', recipient1: 'x', amount1: '-5' }),
    ).toEqual({
      ok: false,
      problems: [
        { code: 'numberMissing', field: 'number' },
        { code: 'dateInvalid', field: 'decidedOn' },
        { code: 'fundInvalid', field: 'fund' },
        { code: 'recipientInvalid', field: 'recipient1' },
        { code: 'amountInvalid', field: 'amount1' },
      ],
    });
    expect(readAllocationForm(decision)).toEqual({
      ok: false,
      problems: [{ code: 'linesMissing', field: 'recipient0' }],
    });
    expect(readDisbursementForm({ household: '18229', amount: '0', paidOn: '2026-11-20', voucher: '' })).toEqual({
      ok: false,
      problems: [
        { code: 'householdInvalid', field: 'household' },
        { code: 'amountInvalid', field: 'amount' },
        { code: 'voucherMissing', field: 'voucher' },
      ],
    });
    expect(readReversalForm({ sequence: 'x', reason: ' ' })).toEqual({
      ok: false,
      problems: [
        { code: 'sequenceInvalid', field: 'sequence' },
        { code: 'reasonMissing', field: 'reason' },
      ],
    });
    expect(readReversalForm({ sequence: '12', reason: 'Nhầm xã' })).toEqual({
      ok: true,
      value: { sequence: 12, reason: 'Nhầm xã' },
    });
  });
});

describe('public ledger addresses', () => {
  it('read area, search and page, and refuse malformed ones', () => {
    const params = (text: string) => formFields(new URLSearchParams(text));
    expect(parseLedgerQuery(params(''))).toEqual({ ok: true, value: { area: 'country', search: '', page: 0 } });
    expect(parseLedgerQuery(params('area=commune:18229&q=Mai&page=3'))).toEqual({
      ok: true,
      value: { area: { kind: 'commune', code: '18229' }, search: 'Mai', page: 2 },
    });
    expect(parseLedgerQuery(params('area=district:1'))).toEqual({
      ok: false,
      problems: [{ code: 'area', field: 'area' }],
    });
    expect(parseLedgerQuery(params('page=0'))).toEqual({ ok: false, problems: [{ code: 'page', field: 'page' }] });
    expect(parseLedgerQuery(params(`q=${'x'.repeat(101)}`))).toEqual({
      ok: false,
      problems: [{ code: 'q', field: 'q' }],
    });
    expect(ledgerHref('/ledger/in', { area: province, search: 'Mai', page: 0 }, 1)).toBe(
      '/ledger/in?area=province%3A42&q=Mai&page=2',
    );
  });

  it('name accounts as readers know them', () => {
    const names = new Map([['province:42', 'Tỉnh Hà Tĩnh']]);
    expect(fundsIn(['fund:province:42', 'donations:commune:18229', 'household:X'])).toEqual([
      province,
      { kind: 'commune', code: '18229' },
    ]);
    expect(accountLabel('fund:province:42', names, (home) => `paid ${home}`)).toBe('Tỉnh Hà Tĩnh');
    expect(accountLabel('paid:DT25-18229-001', names, (home) => `paid ${home}`)).toBe('paid DT25-18229-001');
    expect(parseFundKey('campaign:national-2025')).toEqual({ kind: 'campaign', code: 'national-2025' });
  });
});

describe('the reconciliation check', () => {
  const sound: LedgerFacts = {
    unbalanced: 0,
    balanceMismatches: [],
    paymentsTotal: 10n,
    donationsBooked: 10n,
    paymentsUnbooked: 0,
    deliveriesUnbooked: 0,
    withoutReceipt: 0,
    receiptGaps: [],
    overdrawn: [],
    spentMismatches: [],
    ledgerChain: { ok: true, records: 3, head: 'a' },
    auditChain: { ok: true, records: 1, head: 'b' },
  };

  it('passes sound books and names every discrepancy', () => {
    expect(reconcile(sound)).toEqual([]);
    expect(
      reconcile({
        ...sound,
        donationsBooked: 9n,
        receiptGaps: ['province:42'],
        ledgerChain: { ok: false, sequence: 2, problem: 'content does not match its hash' },
      }),
    ).toEqual([
      { code: 'donationsDiffer', detail: '10 ≠ 9' },
      { code: 'receiptGap', detail: 'province:42' },
      { code: 'ledgerChainBroken', detail: '2: content does not match its hash' },
    ]);
  });
});

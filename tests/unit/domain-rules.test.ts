import { describe, expect, it } from 'vitest';
import { account, accountPrefix, fundOfAccount, parseAccount } from '../../src/lib/ledger/accounts.ts';
import { recipientsOutsideFund, type AllocationRecipient } from '../../src/lib/ledger/allocation-rules.ts';
import { drawnAccounts, overdraftOf, paymentEntries } from '../../src/lib/ledger/postings.ts';
import { pledgePaidBy, referencesIn } from '../../src/lib/payments/matching.ts';
import { homeTakesPledges } from '../../src/lib/pledges/rules.ts';
import { householdStages } from '../../src/lib/households/vocabulary.ts';
import { initialsOf, publicNameOf } from '../../src/lib/privacy/display-name.ts';
import {
  newPublicReference,
  publicReferencesIn,
  readPublicReference,
} from '../../src/lib/references/public-reference.ts';

describe('ledger accounts', () => {
  it('are named by kind and holder, and read back the same way', () => {
    const fund = { kind: 'province' as const, code: '42' };
    expect(account.fund(fund)).toBe('fund:province:42');
    expect(account.fund(fund).startsWith(accountPrefix('fund', 'province'))).toBe(true);
    expect(parseAccount(account.household('DT25-18229-001'))).toEqual({ kind: 'household', holder: 'DT25-18229-001' });
    expect(fundOfAccount(account.donations(fund))).toEqual(fund);
    expect(fundOfAccount(account.paid('DT25-18229-001'))).toBeUndefined();
    expect(parseAccount('nothing:42')).toBeUndefined();
    expect(parseAccount('fund')).toBeUndefined();
  });
});

describe('overspending', () => {
  const fund = { kind: 'commune' as const, code: '18229' };
  const out = [
    { account: account.fund(fund), unit: 'VND', amount: -700n },
    { account: account.household('DT25-18229-001'), unit: 'VND', amount: 700n },
  ];

  it('counts only what accounts holding money give, summed per account', () => {
    expect(drawnAccounts([...out, ...out])).toEqual(new Map([[account.fund(fund), 1400n]]));
    // Money arriving draws down only the donors' side, which may go below zero.
    expect(drawnAccounts(paymentEntries({ fund }, 500n)).size).toBe(0);
  });

  it('refuses the first account that does not hold enough, and nothing when all do', () => {
    const drawn = drawnAccounts(out);
    expect(overdraftOf(drawn, () => 700n)).toBeUndefined();
    expect(overdraftOf(drawn, () => 699n)).toEqual({ account: account.fund(fund), available: 699n, needed: 700n });
  });
});

describe('allocation recipients', () => {
  const commune = (code: string, provinceCode: string): AllocationRecipient => ({
    kind: 'commune',
    code,
    communeCode: code,
    provinceCode,
  });
  const home = (code: string, communeCode: string, provinceCode: string): AllocationRecipient => ({
    kind: 'household',
    code,
    communeCode,
    provinceCode,
  });
  const recipients = [
    commune('18229', '42'),
    commune('07420', '24'),
    home('A', '18229', '42'),
    home('B', '07420', '24'),
  ];
  const codes = (list: AllocationRecipient[]) => list.map((r) => r.code);

  it('a campaign fund gives anywhere', () => {
    expect(recipientsOutsideFund({ kind: 'campaign', code: 'national-2025' }, recipients)).toEqual([]);
  });
  it('a province fund gives within its province only', () => {
    expect(codes(recipientsOutsideFund({ kind: 'province', code: '42' }, recipients))).toEqual(['07420', 'B']);
  });
  it("a commune fund gives only to its own homes, never to a commune's fund", () => {
    expect(codes(recipientsOutsideFund({ kind: 'commune', code: '18229' }, recipients))).toEqual([
      '18229',
      '07420',
      'B',
    ]);
  });
});

describe('pledges', () => {
  it('a home takes pledges until it is finished or withdrawn', () => {
    const open = householdStages.filter(homeTakesPledges);
    expect(open).toEqual(['identified', 'approved', 'started']);
  });

  it("a donor's public name is what they chose", () => {
    expect(publicNameOf('Nguyễn Văn An', 'full_name')).toBe('Nguyễn Văn An');
    expect(publicNameOf('Nguyễn Văn An', 'initials')).toBe(initialsOf('Nguyễn Văn An'));
    expect(publicNameOf('Nguyễn Văn An', 'anonymous')).toBeNull();
  });
});

describe('public references', () => {
  it('are read whatever the case and spacing, and only in their own kind', () => {
    const pledge = newPublicReference('pledge');
    expect(readPublicReference('pledge', ` ${pledge.toLowerCase()} `)).toBe(pledge);
    expect(readPublicReference('complaint', pledge)).toBeUndefined();
    // I, L, O and U are never digits of a reference.
    expect(readPublicReference('pledge', 'CT0000000I')).toBeUndefined();
    expect(readPublicReference('pledge', `${pledge}X`)).toBeUndefined();
  });

  it('are found inside memos the bank reshaped, and match the pledge they name', () => {
    const memo = 'NGUYEN VAN A CHUYEN TIEN ct7k9q2xmaung ho';
    expect(publicReferencesIn('pledge', memo)).toEqual(['CT7K9Q2XMA']);
    expect(referencesIn([memo, 'CT7K9Q2XMA lần 2'])).toEqual(['CT7K9Q2XMA']);
    const payable = new Map([['CT7K9Q2XMA', 17]]);
    expect(pledgePaidBy(memo, payable)).toBe(17);
    expect(pledgePaidBy('no reference here', payable)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { pledgeStatus } from '../../src/lib/pledges/lifecycle.ts';
import { inEveryLanguage } from '../../src/lib/i18n/messages.ts';
import { defaultMaximumMoneyPledge, readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { initialsOf } from '../../src/lib/privacy/display-name.ts';
import { newPublicReference } from '../../src/lib/references/public-reference.ts';
import { hashSecretToken, isSecretToken, newSecretToken } from '../../src/lib/security/secret-token.ts';

const person = {
  targetKind: 'commune',
  targetCode: '18229',
  donorType: 'person',
  donorName: 'Nguyễn Văn An',
  taxCode: '',
  displayChoice: 'initials',
  email: '',
};

describe('reading the pledge form', () => {
  it('reads money as people write it, in whole đồng', () => {
    for (const written of ['5.000.000', '5,000,000', '5 000 000', '5000000', '5.000.000 đ']) {
      const read = readPledgeForm({ ...person, kind: 'money', amount: written });
      expect(read.ok && read.value.kind === 'money' && read.value.amount, written).toBe(5_000_000n);
    }
  });

  it('calls a sum of more digits than an amount is read with too large, not wrongly written', () => {
    for (const written of ['9999999999999999', '99999999999999999999'])
      expect(readPledgeForm({ ...person, kind: 'money', amount: written }), written).toMatchObject({
        ok: false,
        problems: [{ code: 'amountTooLarge', field: 'amount' }],
      });
  });

  it('refuses amounts that are not whole, too small or too large, naming the field', () => {
    expect(readPledgeForm({ ...person, kind: 'money', amount: '5000,5' })).toEqual({
      ok: false,
      problems: [{ code: 'amountInvalid', field: 'amount' }],
    });
    expect(readPledgeForm({ ...person, kind: 'money', amount: '-50000' })).toEqual({
      ok: false,
      problems: [{ code: 'amountInvalid', field: 'amount' }],
    });
    expect(readPledgeForm({ ...person, kind: 'money', amount: '9.999' })).toEqual({
      ok: false,
      problems: [{ code: 'amountTooSmall', field: 'amount' }],
    });
    expect(readPledgeForm({ ...person, kind: 'money', amount: '100.000.000.001' })).toEqual({
      ok: false,
      problems: [{ code: 'amountTooLarge', field: 'amount', values: { maximum: defaultMaximumMoneyPledge } }],
    });
    expect(readPledgeForm({ ...person, kind: 'money', amount: 'năm triệu' })).toEqual({
      ok: false,
      problems: [{ code: 'amountInvalid', field: 'amount' }],
    });
  });

  it('holds money to the portal’s upper limit, as set, and says the limit in both languages', () => {
    const money = (amount: string, maximum?: bigint) =>
      readPledgeForm({ ...person, displayChoice: 'anonymous', kind: 'money', amount }, 'vi', maximum);
    for (const amount of ['999.999.999.999.999', '999999999999999', '100.000.000.001'])
      expect(money(amount), amount).toMatchObject({ ok: false, problems: [{ code: 'amountTooLarge' }] });
    expect(money('100.000.000.000').ok).toBe(true);
    expect(money('2.000.000.001', 2_000_000_000n)).toEqual({
      ok: false,
      problems: [{ code: 'amountTooLarge', field: 'amount', values: { maximum: 2_000_000_000n } }],
    });
    expect(money('2.000.000.000', 2_000_000_000n).ok).toBe(true);
    // Every other problem is found at once beside it.
    const both = readPledgeForm(
      { ...person, donorName: '', kind: 'money', amount: '3.000.000.000' },
      'en',
      2_000_000_000n,
    );
    expect(both.ok ? [] : both.problems.map((problem) => problem.code).sort()).toEqual([
      'amountTooLarge',
      'nameInvalid',
    ]);
    // The refusal names the limit, as the portal's own setting, not a plan's rule.
    expect(inEveryLanguage((t) => t.pledges.problem.amountTooLarge(2_000_000_000n))).toEqual({
      vi: expect.stringMatching(/2\.000\.000\.000\u00a0₫.*do cổng thông tin đặt/),
      en: expect.stringMatching(/₫2,000,000,000.*set by the portal/),
    });
    expect(inEveryLanguage((t) => t.pledges.amountLimits(10_000n, 2_000_000_000n))).toEqual({
      vi: expect.stringContaining('do cổng thông tin đặt'),
      en: expect.stringContaining('set by the portal'),
    });
  });

  it('reads materials from the catalogue, and asks what "other" is', () => {
    const cement = readPledgeForm({
      ...person,
      kind: 'material',
      material: 'cement',
      materialDescription: '',
      quantity: '120',
    });
    expect(cement.ok && cement.value).toMatchObject({ kind: 'material', material: 'cement', quantity: 120 });
    expect(
      readPledgeForm({ ...person, kind: 'material', material: 'other', materialDescription: '', quantity: '3' }),
    ).toEqual({ ok: false, problems: [{ code: 'materialDescriptionMissing', field: 'materialDescription' }] });
    expect(
      readPledgeForm({ ...person, kind: 'material', material: 'gold', materialDescription: '', quantity: '3' }),
    ).toEqual({ ok: false, problems: [{ code: 'materialMissing', field: 'material' }] });
  });

  it('reads materials in the units people use, converted exactly into the stored unit', () => {
    const read = (fields: Record<string, string>, locale: 'vi' | 'en' = 'vi') => {
      const result = readPledgeForm({ ...person, kind: 'material', materialDescription: '', ...fields }, locale);
      return result.ok ? result.value : result.problems;
    };
    // Cement is kept in 50 kg bags: 1 tonne is 20 bags.
    expect(read({ material: 'cement', quantity: '2,5', quantityUnit: 'tonne' })).toMatchObject({ quantity: 50 });
    expect(read({ material: 'cement', quantity: '2.5', quantityUnit: 'tonne' }, 'en')).toMatchObject({ quantity: 50 });
    expect(read({ material: 'cement', quantity: '40', quantityUnit: 'bag' })).toMatchObject({ quantity: 40 });
    expect(read({ material: 'steel', quantity: '1,25', quantityUnit: 'tonne' })).toMatchObject({ quantity: 1250 });
    expect(read({ material: 'steel', quantity: '1.500', quantityUnit: '' })).toMatchObject({ quantity: 1500 });
    expect(read({ material: 'roofing', quantity: '30', quantityUnit: 'sheet' })).toMatchObject({ quantity: 60 });
    // 0.1 + 0.2 style float errors cannot happen: 0,3 t is 6 bags exactly.
    expect(read({ material: 'cement', quantity: '0,3', quantityUnit: 'tonne' })).toMatchObject({ quantity: 6 });
    // A quantity that is no whole stored unit is refused, never rounded.
    expect(read({ material: 'cement', quantity: '1,01', quantityUnit: 'tonne' })).toEqual([
      { code: 'quantityNotWhole', field: 'quantity' },
    ]);
    expect(read({ material: 'bricks', quantity: '2', quantityUnit: 'tonne' })).toEqual([
      { code: 'quantityUnitInvalid', field: 'quantityUnit' },
    ]);
    expect(read({ material: 'steel', quantity: '0', quantityUnit: 'kg' })).toEqual([
      { code: 'quantityInvalid', field: 'quantity' },
    ]);
  });

  it('reads machinery in machine shifts, and asks what another machine is', () => {
    const read = readPledgeForm({
      ...person,
      kind: 'machinery',
      machine: 'excavator',
      machineDescription: '',
      shifts: '6',
    });
    expect(read.ok && read.value).toMatchObject({ kind: 'machinery', machine: 'excavator', shifts: 6 });
    expect(
      readPledgeForm({ ...person, kind: 'machinery', machine: 'other', machineDescription: '', shifts: '2' }),
    ).toEqual({ ok: false, problems: [{ code: 'machineDescriptionMissing', field: 'machineDescription' }] });
    expect(
      readPledgeForm({ ...person, kind: 'machinery', machine: 'excavator', machineDescription: '', shifts: '1,5' }),
    ).toEqual({ ok: false, problems: [{ code: 'shiftsInvalid', field: 'shifts' }] });
  });

  it('reads workdays with a skill', () => {
    const labour = readPledgeForm({ ...person, kind: 'labour', workdays: '15', skill: 'mason' });
    expect(labour.ok && labour.value).toMatchObject({ kind: 'labour', workdays: 15, skill: 'mason' });
    expect(readPledgeForm({ ...person, kind: 'labour', workdays: '0', skill: 'mason' })).toEqual({
      ok: false,
      problems: [{ code: 'workdaysInvalid', field: 'workdays' }],
    });
  });

  it('checks the donor: a name, a tax code of 10 or 10-3 digits, a display choice, an email if given', () => {
    const organisation = {
      ...person,
      donorType: 'organisation',
      donorName: 'Công ty TNHH Hòa Bình',
      kind: 'money',
      amount: '1000000',
    };
    expect(readPledgeForm({ ...organisation, taxCode: '0101234567-001' }).ok).toBe(true);
    expect(readPledgeForm({ ...organisation, taxCode: '12345' })).toEqual({
      ok: false,
      problems: [{ code: 'taxCodeInvalid', field: 'taxCode' }],
    });
    expect(readPledgeForm({ ...organisation, donorName: '1' })).toEqual({
      ok: false,
      problems: [{ code: 'nameInvalid', field: 'donorName' }],
    });
    expect(readPledgeForm({ ...organisation, email: 'not-an-email' })).toEqual({
      ok: false,
      problems: [{ code: 'emailInvalid', field: 'email' }],
    });
    expect(readPledgeForm({ ...organisation, displayChoice: 'famous' })).toEqual({
      ok: false,
      problems: [{ code: 'displayChoiceMissing', field: 'displayChoice' }],
    });
  });

  it('refuses in what is published of the donor and the gift any personal data, naming the field', () => {
    const money = { ...person, displayChoice: 'full_name', kind: 'money', amount: '1000000' };
    const problem = (fields: Record<string, string>) => {
      const read = readPledgeForm(fields);
      return read.ok ? undefined : read.problems[0];
    };
    expect(problem({ ...money, donorName: 'Nguyễn Văn An 0912345678' })).toEqual({
      code: 'textHasPhoneNumber',
      field: 'donorName',
    });
    expect(problem({ ...money, donorName: 'Nguyen Van An, so nha 5 ngo 12' })).toEqual({
      code: 'textHasAddress',
      field: 'donorName',
    });
    // A right-to-left override shows "Nguyễn Văn An" reversed after it: a name people would misread.
    expect(problem({ ...money, donorName: 'Nguyễn\u202E Văn An' })).toEqual({
      code: 'textHasHiddenCharacters',
      field: 'donorName',
    });
    expect(problem({ ...money, donorName: new URLSearchParams('n=Nguyen%C0%80X').get('n')! })).toEqual({
      code: 'textHasBrokenCharacters',
      field: 'donorName',
    });
    expect(readPledgeForm({ ...money, donorName: 'Gia đình 👨‍👩‍👧' }).ok).toBe(true);
    const material = { ...person, kind: 'material', material: 'other', quantity: '10' };
    expect(problem({ ...material, materialDescription: 'Gạch, gọi 0912 345 678' })).toEqual({
      code: 'textHasPhoneNumber',
      field: 'materialDescription',
    });
    expect(readPledgeForm({ ...material, materialDescription: 'Gạch ống 8x18' }).ok).toBe(true);
  });

  it('reads a form without its optional fields (tax code, email) as a browser sends them empty', () => {
    const { taxCode: _taxCode, email: _email, ...required } = person;
    const read = readPledgeForm({ ...required, kind: 'money', amount: '500.000' });
    expect(read).toMatchObject({ ok: true, value: { taxCode: '', email: '' } });
  });

  it('refuses an email address longer than 254 characters', () => {
    const money = { ...person, kind: 'money', amount: '1000000' };
    expect(readPledgeForm({ ...money, email: `${'a'.repeat(9000)}@example.vn` })).toEqual({
      ok: false,
      problems: [{ code: 'emailInvalid', field: 'email' }],
    });
    expect(readPledgeForm({ ...money, email: 'an@example.vn' }).ok).toBe(true);
  });

  it('refuses a pledge without a kind or with an unknown target kind', () => {
    expect(readPledgeForm({ ...person, kind: '' })).toEqual({
      ok: false,
      problems: [{ code: 'kindMissing', field: 'kind' }],
    });
    expect(readPledgeForm({ ...person, targetKind: 'planet', kind: 'money', amount: '50000' })).toEqual({
      ok: false,
      problems: [{ code: 'targetUnknown', field: 'targetKind' }],
    });
  });

  it('makes initials for public lists', () => {
    expect(initialsOf('Nguyễn Văn An')).toBe('N.V.A.');
    expect(initialsOf('  Đặng   thị  Ánh ')).toBe('Đ.T.Á.');
  });
});

describe('pledge references and private links', () => {
  it('makes references of unambiguous characters that fit a transfer memo', () => {
    const references = new Set(Array.from({ length: 500 }, () => newPublicReference('pledge')));
    expect(references.size).toBe(500);
    for (const reference of references) expect(reference).toMatch(/^CT[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('makes private tokens of 256 bits, stored only as a hash', () => {
    const token = newSecretToken();
    expect(isSecretToken(token)).toBe(true);
    expect(hashSecretToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretToken(token)).not.toContain(token);
  });
});

describe('a pledge’s lifecycle', () => {
  const base = { cancelled: false, expiresOn: '2025-12-31', promised: 5_000_000n, fulfilled: 0n };
  it('goes pledged → partly fulfilled → fulfilled', () => {
    expect(pledgeStatus(base, '2025-06-01')).toBe('pledged');
    expect(pledgeStatus({ ...base, fulfilled: 2_000_000n }, '2025-06-01')).toBe('partly_fulfilled');
    expect(pledgeStatus({ ...base, fulfilled: 5_000_000n }, '2025-06-01')).toBe('fulfilled');
  });
  it('expires with its campaign, or is cancelled; what arrived in full stays fulfilled', () => {
    expect(pledgeStatus(base, '2026-01-01')).toBe('expired');
    expect(pledgeStatus({ ...base, fulfilled: 1n }, '2026-01-01')).toBe('expired');
    expect(pledgeStatus({ ...base, cancelled: true }, '2025-06-01')).toBe('cancelled');
    expect(pledgeStatus({ ...base, fulfilled: 5_000_000n }, '2026-01-01')).toBe('fulfilled');
    expect(pledgeStatus({ ...base, expiresOn: null }, '2030-01-01')).toBe('pledged');
  });
});

import { describe, expect, it } from 'vitest';
import { readComplaintReply } from '../../src/lib/complaints/complaint-form.ts';
import { readHouseholdEditForm } from '../../src/lib/households/household-edit.ts';
import { readHouseholdSheet, sheetColumns, type Cell } from '../../src/lib/households/household-sheet.ts';
import { catalogues, inEveryLanguage } from '../../src/lib/i18n/messages.ts';
import { readAllocationForm, readDisbursementForm, readReversalForm } from '../../src/lib/ledger/allocation-form.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { publicMemoOf } from '../../src/lib/privacy/public-memo.ts';
import { hidePersonalData, personalDataIn } from '../../src/lib/privacy/public-text.ts';

describe('personal data in a text that is published', () => {
  it('is found in the village of the issue, with or without diacritics, in any case', () => {
    const found = ['textHasAddress', 'textHasPhoneNumber', 'textHasIdNumber'];
    expect(personalDataIn('Số 12 ngõ 34, SĐT 0912345678, CCCD 001088012345')).toEqual(found);
    expect(personalDataIn('So 12 ngo 34, SDT 0912345678, CCCD 001088012345')).toEqual(found);
    expect(personalDataIn('SỐ 12 NGÕ 34, SĐT 0912345678, CCCD 001088012345')).toEqual(found);
    // Decomposed diacritics, as some keyboards type them, are the same text.
    expect(personalDataIn('Số 12 ngõ 34'.normalize('NFD'))).toEqual(['textHasAddress']);
  });

  it('finds phone numbers however they are written', () => {
    for (const text of [
      'Liên hệ 0912345678',
      'lh 0912 345 678',
      'đt: 0912.345.678',
      'SĐT0912-345-678',
      'gọi +84 912 345 678',
      'máy bàn (024) 3825 1234',
      'số ０９１２３４５６７８',
    ])
      expect(personalDataIn(text), text).toEqual(['textHasPhoneNumber']);
  });

  it('finds identity card numbers of 9 and 12 digits, and bank accounts', () => {
    expect(personalDataIn('CMND 123456789')).toEqual(['textHasIdNumber']);
    expect(personalDataIn('cccd 001 088 012 345')).toEqual(['textHasIdNumber']);
    expect(personalDataIn('STK 9988776655 Vietcombank')).toEqual(['textHasBankAccount']);
    expect(personalDataIn('tài khoản 1903 4567 8901 23')).toEqual(['textHasBankAccount']);
  });

  it('finds house addresses, e-mail addresses and hidden characters', () => {
    for (const text of ['Số nhà 5, Thôn 3', 'hẻm 45 Trần Phú', 'Kiệt 7', 'ngách 3', '12 đường Lê Lợi', '12/3 phố Huế'])
      expect(personalDataIn(text), text).toEqual(['textHasAddress']);
    expect(personalDataIn('Nguyen.Van.An@Example.vn')).toEqual(['textHasEmail']);
    expect(personalDataIn('Nguyễn Văn An\u202Egnuđ 000')).toEqual(['textHasHiddenCharacters']);
    expect(personalDataIn('0912\u200B345678')).toContain('textHasHiddenCharacters');
  });

  it('allows a zero-width joiner only between emoji', () => {
    for (const text of ['Gia đình 👨‍👩‍👧 ủng hộ', '👩🏽‍🔧 thợ xây', '❤️‍🔥', '🏳️‍🌈']) expect(personalDataIn(text), text).toEqual([]);
    for (const text of ['Nguyễn\u200DVăn An', '👨\u200D Văn', 'An\u200D👩', '\u200D👩', '👨\u200D'])
      expect(personalDataIn(text), text).toEqual(['textHasHiddenCharacters']);
  });

  it('refuses text that held bytes which were not UTF-8', () => {
    // What `Nguyen%C0%80X` in a form body decodes to.
    const decoded = new URLSearchParams('donorName=Nguyen%C0%80X').get('donorName')!;
    expect(decoded).toContain('\uFFFD');
    expect(personalDataIn(decoded)).toEqual(['textHasBrokenCharacters']);
    expect(hidePersonalData(decoded)).toBe('NguyenX');
  });

  it('leaves villages, codes, dates and amounts in đồng alone', () => {
    for (const text of [
      'Thôn 3',
      'Tổ dân phố 5',
      'Khu phố 3',
      'Đội số 5',
      'Xóm Ngõ',
      'Bản Nà Ngòi',
      'DT25-18229-101',
      'BG24-07420-012',
      'commune-18229-000123',
      'Phiếu chi PC-2025-000123 ghi nhầm hộ',
      '12/QĐ-UBND ngày 15/03/2025',
      'ngày 15.03.2025',
      'Hộ đã nhận 60.000.000 đồng, còn 100000000đ theo Quyết định 1234/QĐ-UBND',
      'Năm 2025 có 150000 người góp 2 triệu',
    ])
      expect(personalDataIn(text), text).toEqual([]);
  });

  it('cannot know a name for one (the README says so)', () => {
    expect(personalDataIn('Nhà ông Nguyễn Văn A')).toEqual([]);
  });
});

describe('bank memos in public', () => {
  it('show nothing of the memo when the donor chose initials or to stay anonymous', () => {
    const memo = 'LE THI CHUYEN KHOAN chuyen tien CT7K9Q2XMA';
    expect(publicMemoOf(memo, 'anonymous')).toBeNull();
    expect(publicMemoOf(memo, 'initials')).toBeNull();
    expect(publicMemoOf(memo.toLowerCase(), 'initials')).toBeNull();
    expect(publicMemoOf('Lê Thị chuyển khoản CT7K9Q2XMA', 'anonymous')).toBeNull();
    expect(publicMemoOf(null, 'full_name')).toBeNull();
  });

  it('hide account numbers for a donor shown by full name, keeping the last three digits and the reference', () => {
    expect(publicMemoOf('MBVCB.9988776655.CT7K9Q2XMA ung ho', 'full_name')).toBe('MBVCB.•••••••655.CT7K9Q2XMA ung ho');
    expect(publicMemoOf('IBFT 0011 0023 4567 89 ung ho', 'full_name')).toBe('IBFT •••••••••••789 ung ho');
  });

  it('hide phone numbers however they are written', () => {
    expect(publicMemoOf('Nguyen Van A 0912 345 678 ung ho', 'full_name')).toBe('Nguyen Van A •••••••678 ung ho');
    expect(publicMemoOf('lien he +84 912.345.678', 'full_name')).toBe('lien he ••••••••678');
  });

  it('hide identity card numbers, birth dates, addresses and e-mail addresses, with or without diacritics', () => {
    expect(publicMemoOf('CT7K9Q2XMA CCCD 001088012345 sinh 12/03/1985', 'full_name')).toBe(
      'CT7K9Q2XMA CCCD •••••••••345 sinh ••/••/••••',
    );
    expect(publicMemoOf('Lê Thị B, số nhà 12 ngõ 34 Hàng Bông, b@example.vn CT7K9Q2XMA', 'full_name')).toBe(
      'Lê Thị B, ••• ••• Hàng Bông, ••• CT7K9Q2XMA',
    );
    expect(publicMemoOf('LE THI B SO NHA 12 NGO 34 HANG BONG CT7K9Q2XMA', 'full_name')).toBe(
      'LE THI B ••• ••• HANG BONG CT7K9Q2XMA',
    );
  });

  it('leave the reference and amounts readable', () => {
    expect(publicMemoOf('CT7K9Q2XMA 500000 ung ho', 'full_name')).toBe('CT7K9Q2XMA 500000 ung ho');
  });
});

describe('every free text that is published', () => {
  const village = 'Số 12 ngõ 34, SĐT 0912345678, CCCD 001088012345';
  const refused = { ok: false, problems: [{ code: 'textHasAddress', field: expect.any(String) }] };

  it('is refused with the field it was written in', () => {
    const household = {
      category: 'near_poor',
      supportType: 'repair',
      supportProgramme: 'temporary_housing_elimination',
      supportAmount: '30.000.000',
    };
    expect(readHouseholdEditForm({ ...household, village })).toEqual({
      ok: false,
      problems: [{ code: 'textHasAddress', field: 'village' }],
    });
    expect(readHouseholdEditForm({ ...household, village: 'Tổ dân phố 5' }).ok).toBe(true);
    expect(readComplaintReply({ status: 'answered', answer: `Đã xác minh tại ${village}.` })).toEqual({
      ok: false,
      problems: [{ code: 'textHasAddress', field: 'answer' }],
    });
    expect(readReversalForm({ sequence: '12', reason: 'Nhầm hộ, liên hệ 0912 345 678' })).toEqual({
      ok: false,
      problems: [{ code: 'textHasPhoneNumber', field: 'reason' }],
    });
    expect(readReversalForm({ sequence: '12', reason: 'Phiếu chi PC-2025-000123 ghi nhầm hộ DT25-18229-101' }).ok).toBe(
      true,
    );
    expect(
      readDisbursementForm({
        household: 'DT25-18229-101',
        amount: '1000000',
        paidOn: '2026-11-20',
        voucher: 'STK 9988776655',
      }),
    ).toEqual({
      ok: false,
      problems: [{ code: 'textHasBankAccount', field: 'voucher' }],
    });
    expect(
      readAllocationForm({
        number: 'CCCD 001088012345',
        decidedOn: '2026-11-20',
        fund: 'province:42',
        recipient0: '18229',
        amount0: '1000000',
      }),
    ).toEqual({
      ok: false,
      problems: [{ code: 'textHasIdNumber', field: 'number' }],
    });
    expect(
      readPledgeForm({
        targetKind: 'commune',
        targetCode: '18229',
        donorType: 'person',
        donorName: village,
        taxCode: '',
        displayChoice: 'full_name',
        email: '',
        kind: 'money',
        amount: '1000000',
      }),
    ).toEqual(refused);
  });

  it('of an imported list is refused in the row it is on', () => {
    const header = sheetColumns.map((column) => column.header);
    const household: Cell[] = sheetColumns.map((column) => column.example);
    const withVillage = (text: string) =>
      household.map((cell, i) => (sheetColumns[i]!.key === 'village' ? text : cell));
    const read = readHouseholdSheet([header, household, withVillage(village)], '2026-11-25', Object.values(catalogues));
    expect(read.ok && read.value.map((row) => [row.line, row.problems])).toEqual([
      [2, []],
      [3, ['textHasAddress', 'textHasPhoneNumber', 'textHasIdNumber']],
    ]);
  });

  it('is refused in words that say what was found, in Vietnamese and English', () => {
    expect(inEveryLanguage((t) => t.pledges.problem.textHasIdNumber)).toEqual({
      vi: expect.stringContaining('CMND hoặc căn cước'),
      en: expect.stringContaining('identity card'),
    });
    expect(inEveryLanguage((t) => t.workspace.editProblem.textHasAddress)).toEqual({
      vi: expect.stringContaining('địa chỉ nhà'),
      en: expect.stringContaining('house address'),
    });
  });
});

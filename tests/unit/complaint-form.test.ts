import { describe, expect, it } from 'vitest';
import {
  canMoveTo,
  dueDate,
  isOverdue,
  readComplaintForm,
  readComplaintReply,
} from '../../src/lib/complaints/complaint-form.ts';

const aboutHousehold = {
  subject: 'household_entry',
  communeCode: '18229',
  householdCode: 'DT25-18259-005',
  message: 'Hộ này đã có nhà kiên cố từ năm 2020.',
  contact: '',
};

describe('the public complaint form', () => {
  it('reads a complaint about a household entry, without contact details', () => {
    expect(readComplaintForm(aboutHousehold)).toEqual({ ok: true, value: aboutHousehold });
  });

  it('asks for a message of at least ten characters and at most two thousand', () => {
    expect(readComplaintForm({ ...aboutHousehold, message: '  sai  ' })).toEqual({
      ok: false,
      problems: [{ code: 'messageTooShort', field: 'message' }],
    });
    expect(readComplaintForm({ ...aboutHousehold, message: 'x'.repeat(2001) })).toEqual({
      ok: false,
      problems: [{ code: 'messageTooLong', field: 'message' }],
    });
  });

  it('refuses a household complaint without a household, and a commune complaint with one', () => {
    expect(readComplaintForm({ ...aboutHousehold, householdCode: '' })).toEqual({
      ok: false,
      problems: [{ code: 'subjectUnknown', field: 'subject' }],
    });
    expect(readComplaintForm({ ...aboutHousehold, subject: 'commune_figures' })).toEqual({
      ok: false,
      problems: [{ code: 'subjectUnknown', field: 'subject' }],
    });
  });

  it('refuses a commune code that is not five digits', () => {
    expect(readComplaintForm({ ...aboutHousehold, communeCode: '42' })).toEqual({
      ok: false,
      problems: [{ code: 'subjectUnknown', field: 'communeCode' }],
    });
  });
});

describe("an officer's reply", () => {
  it('needs a public answer to mark a complaint answered', () => {
    expect(readComplaintReply({ status: 'answered', answer: '' })).toEqual({
      ok: false,
      problems: [{ code: 'answerMissing', field: 'answer' }],
    });
    expect(readComplaintReply({ status: 'in_progress' })).toEqual({
      ok: true,
      value: { status: 'in_progress', answer: '' },
    });
  });

  it('moves a complaint only forward', () => {
    expect(canMoveTo('received', 'in_progress')).toBe(true);
    expect(canMoveTo('received', 'answered')).toBe(true);
    expect(canMoveTo('in_progress', 'received')).toBe(false);
    expect(canMoveTo('answered', 'answered')).toBe(false);
  });
});

describe('response deadlines', () => {
  it('falls due a number of calendar days after receipt, across months and years', () => {
    expect(dueDate('2026-11-25', 15)).toBe('2026-12-10');
    expect(dueDate('2026-12-20', 15)).toBe('2027-01-04');
    expect(dueDate('2028-02-20', 10)).toBe('2028-03-01');
  });

  it('is overdue after its due date until it is answered', () => {
    expect(isOverdue({ status: 'received', dueOn: '2026-12-10' }, '2026-12-10')).toBe(false);
    expect(isOverdue({ status: 'in_progress', dueOn: '2026-12-10' }, '2026-12-11')).toBe(true);
    expect(isOverdue({ status: 'answered', dueOn: '2026-12-10' }, '2027-01-01')).toBe(false);
  });
});

import { z } from 'zod';
import { parseForm } from '../forms/field-problems.ts';
import type { Result } from '../forms/result.ts';
import { complaintStatuses, complaintSubjects } from './vocabulary.ts';
import { publicTextProblems, refusePersonalData } from '../privacy/public-text.ts';

/**
 * The public complaint form. The message and the contact are private: only the commune's and
 * province's officers read them; the public sees the subject, dates, status and the answer.
 */

export const complaintProblems = [
  'subjectUnknown',
  'messageTooShort',
  'messageTooLong',
  'contactTooLong',
  'tooMany',
  'statusNotAllowed',
  'answerMissing',
  'notYourCommune',
  ...publicTextProblems, // in the commune's answer, which is published
] as const;
export type ComplaintProblem = (typeof complaintProblems)[number];

export const complaintFormSchema = z.object({
  subject: z.enum(complaintSubjects, { message: 'subjectUnknown' }),
  communeCode: z.string().regex(/^\d{5}$/, 'subjectUnknown'),
  householdCode: z
    .string()
    .trim()
    .regex(/^([A-Za-z0-9-]{2,40})?$/, 'subjectUnknown')
    .default(''),
  message: z.string().trim().min(10, 'messageTooShort').max(2000, 'messageTooLong'),
  contact: z.string().trim().max(200, 'contactTooLong').default(''),
});
export type ComplaintForm = z.infer<typeof complaintFormSchema>;

const complaintSchema = complaintFormSchema.refine(
  (form) => (form.subject === 'household_entry') === (form.householdCode !== ''),
  { message: 'subjectUnknown', path: ['subject'] },
);

/** Reads a complaint's fields (see src/lib/forms/read-form.ts): the complaint, or a problem per field. */
export function readComplaintForm(fields: unknown): Result<ComplaintForm, ComplaintProblem> {
  return parseForm(complaintSchema, fields, {
    known: complaintProblems,
    fallback: () => 'subjectUnknown',
    wholeForm: 'subject',
  });
}

/** An officer's reply: moving the complaint on, with the public answer when it is answered. */
const replySchema = z
  .object({
    status: z.enum(complaintStatuses, { message: 'statusNotAllowed' }),
    answer: z.string().trim().max(2000, 'answerMissing').superRefine(refusePersonalData).default(''),
  })
  .refine((reply) => reply.status !== 'answered' || reply.answer.length >= 10, {
    message: 'answerMissing',
    path: ['answer'],
  });
export type ComplaintReply = z.infer<typeof replySchema>;

export function readComplaintReply(fields: unknown): Result<ComplaintReply, ComplaintProblem> {
  return parseForm(replySchema, fields, {
    known: complaintProblems,
    fallback: () => 'statusNotAllowed',
    wholeForm: 'status',
  });
}

/** Statuses only move forward: received → in progress → answered (an answer can follow at once). */
export function canMoveTo(current: (typeof complaintStatuses)[number], next: (typeof complaintStatuses)[number]) {
  return complaintStatuses.indexOf(next) > complaintStatuses.indexOf(current);
}

/**
 * The date an answer is due: `days` calendar days after the day it was received in Vietnam.
 * ISO dates in, ISO date out.
 *
 * @example dueDate('2026-11-25', 15) // '2026-12-10'
 */
export function dueDate(receivedOn: string, days: number): string {
  const [year, month, day] = receivedOn.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** Overdue: past its due date in Vietnam and not yet answered. */
export function isOverdue(complaint: { status: string; dueOn: string }, today: string): boolean {
  return complaint.status !== 'answered' && complaint.dueOn < today;
}

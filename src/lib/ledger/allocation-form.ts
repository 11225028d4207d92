import { z } from 'zod';
import { problemsByField } from '../forms/field-problems.ts';
import { parseWholeDong } from '../money/whole-dong.ts';
import { parseFundKey, type Fund } from './accounts.ts';
import type { AllocationLine } from './postings.ts';

/**
 * The treasurer's forms for money going out: an allocation decision (to communes' funds or to
 * homes) and a disbursement to a home, read from submitted fields with one problem per field.
 */

/** Lines a decision form offers; a decision with more is recorded in several parts. */
export const allocationFormLines = 8;

export const outgoingProblems = [
  'numberMissing',
  'dateInvalid',
  'fundInvalid',
  'recipientInvalid',
  'amountInvalid',
  'linesMissing',
  'voucherMissing',
  'householdInvalid',
  'sequenceInvalid',
  'reasonMissing',
] as const;
export type OutgoingProblem = (typeof outgoingProblems)[number];

const communePattern = /^\d{5}$/;
/** A home's public code: the campaign's prefix, the commune, a number, e.g. `BG24-07420-012`. */
const householdPattern = /^[A-Z0-9]{2,8}-\d{5}-\d{1,6}$/;

function readAmount(text: string): bigint | undefined {
  const value = parseWholeDong(text);
  return value !== undefined && value > 0n && value <= 1_000_000_000_000n ? value : undefined;
}

const documentNumber = (problem: OutgoingProblem) => z.string().trim().min(1, problem).max(60, problem);
const day = z.iso.date({ message: 'dateInvalid' });
const dong = z
  .string()
  .transform(
    (text, context) => readAmount(text) ?? (context.addIssue({ code: 'custom', message: 'amountInvalid' }), z.NEVER),
  );

const decisionSchema = z.object({
  number: documentNumber('numberMissing'),
  decidedOn: day,
  fund: z
    .string()
    .transform(
      (text, context) => parseFundKey(text) ?? (context.addIssue({ code: 'custom', message: 'fundInvalid' }), z.NEVER),
    ),
});

export interface AllocationDecision {
  number: string;
  decidedOn: string;
  fund: Fund;
  lines: AllocationLine[];
}

export type FormResult<T> = { form: T } | { problems: Partial<Record<string, OutgoingProblem>> };

const problemOfField: Record<string, OutgoingProblem> = {
  number: 'numberMissing',
  fund: 'fundInvalid',
  household: 'householdInvalid',
  amount: 'amountInvalid',
  voucher: 'voucherMissing',
};
const fallback = (field: string): OutgoingProblem => problemOfField[field] ?? 'dateInvalid';

/** Reads a decision: its number, date and fund, and lines `recipient<i>` / `amount<i>`, blank lines skipped. */
export function readAllocationForm(fields: Record<string, string>): FormResult<AllocationDecision> {
  const parsed = decisionSchema.safeParse(fields);
  const problems = parsed.success ? {} : problemsByField(parsed.error.issues, outgoingProblems, fallback);
  const lines: AllocationLine[] = [];
  for (let i = 0; i < allocationFormLines; i++) {
    const recipient = (fields[`recipient${i}`] ?? '').trim().toUpperCase();
    const amountText = (fields[`amount${i}`] ?? '').trim();
    if (!recipient && !amountText) continue;
    const amount = readAmount(amountText);
    if (!communePattern.test(recipient) && !householdPattern.test(recipient))
      problems[`recipient${i}`] = 'recipientInvalid';
    if (amount === undefined) problems[`amount${i}`] = 'amountInvalid';
    else if (communePattern.test(recipient)) lines.push({ commune: recipient, amount });
    else if (householdPattern.test(recipient)) lines.push({ household: recipient, amount });
  }
  if (lines.length === 0 && !Object.keys(problems).some((field) => /\d$/.test(field)))
    problems.recipient0 = 'linesMissing';
  if (!parsed.success || Object.keys(problems).length > 0) return { problems };
  return { form: { ...parsed.data, lines } };
}

export interface Disbursement {
  household: string;
  amount: bigint;
  paidOn: string;
  /** The payment voucher's number (phiếu chi). */
  voucher: string;
}

const disbursementSchema = z.object({
  household: z.string().trim().toUpperCase().regex(householdPattern, 'householdInvalid'),
  amount: dong,
  paidOn: day,
  voucher: documentNumber('voucherMissing'),
});

export function readDisbursementForm(fields: Record<string, string>): FormResult<Disbursement> {
  const parsed = disbursementSchema.safeParse(fields);
  return parsed.success
    ? { form: parsed.data }
    : { problems: problemsByField(parsed.error.issues, outgoingProblems, fallback) };
}

export interface Reversal {
  sequence: number;
  reason: string;
}

const reversalSchema = z.object({
  sequence: z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,9}$/, 'sequenceInvalid')
    .transform(Number),
  reason: z.string().trim().min(1, 'reasonMissing').max(500, 'reasonMissing'),
});

export function readReversalForm(fields: Record<string, string>): FormResult<Reversal> {
  const parsed = reversalSchema.safeParse(fields);
  return parsed.success
    ? { form: parsed.data }
    : {
        problems: problemsByField(parsed.error.issues, outgoingProblems, (field) =>
          field === 'reason' ? 'reasonMissing' : 'sequenceInvalid',
        ),
      };
}

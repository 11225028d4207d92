import { z } from 'zod';
import { parseForm, problemsFromIssues } from '../forms/field-problems.ts';
import type { Problem, Result } from '../forms/result.ts';
import { amountFromText } from '../money/whole-dong.ts';
import { publicTextProblems, refusePersonalData } from '../privacy/public-text.ts';
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
  ...publicTextProblems, // in a document's number or a reversal's reason, both published
] as const;
export type OutgoingProblem = (typeof outgoingProblems)[number];

/** Why a well-formed allocation, payment or reversal is refused; each has its message (t.outgoingRefusal). */
export const outgoingRefusals = [
  'notYourFund', // the official is not the treasurer of this fund or area
  'recipientUnknown', // no such commune or home (values: detail, the codes)
  'recipientOutsideFund', // a recipient outside the fund's area (values: detail, the codes)
  'notReversible', // only allocations and payments to homes are reversed
  'alreadyReversed', // reversed before (values: detail, the reversal's sequence)
  'overspent', // more than the account holds (values: account, available, needed)
] as const;
export type OutgoingRefusal = (typeof outgoingRefusals)[number];

export function isOutgoingRefusal(code: string): code is OutgoingRefusal {
  return (outgoingRefusals as readonly string[]).includes(code);
}

const communePattern = /^\d{5}$/;
/** A home's public code: the campaign's prefix, the commune, a number, e.g. `BG24-07420-012`. */
const householdPattern = /^[A-Z0-9]{2,8}-\d{5}-\d{1,6}$/;

function readAmount(text: string): bigint | undefined {
  const amount = amountFromText(text);
  return amount.ok ? amount.value : undefined;
}

const documentNumber = (problem: OutgoingProblem) =>
  z.string().trim().min(1, problem).max(60, problem).superRefine(refusePersonalData);
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

const problemOfField: Record<string, OutgoingProblem> = {
  number: 'numberMissing',
  fund: 'fundInvalid',
  household: 'householdInvalid',
  amount: 'amountInvalid',
  voucher: 'voucherMissing',
};
const fallback = (field: string): OutgoingProblem => problemOfField[field] ?? 'dateInvalid';
const codes = { known: outgoingProblems, fallback };

/** Reads a decision: its number, date and fund, and lines `recipient<i>` / `amount<i>`, blank lines skipped. */
export function readAllocationForm(fields: Record<string, unknown>): Result<AllocationDecision, OutgoingProblem> {
  const parsed = decisionSchema.safeParse(fields);
  const problems: Problem<OutgoingProblem>[] = parsed.success ? [] : problemsFromIssues(parsed.error.issues, codes);
  const lines: AllocationLine[] = [];
  // A line sent twice is no recipient or amount: refused like any other.
  const text = (name: string) => (fields[name] === undefined ? '' : String(fields[name]).trim());
  for (let i = 0; i < allocationFormLines; i++) {
    const recipient = text(`recipient${i}`).toUpperCase();
    const amountText = text(`amount${i}`);
    if (!recipient && !amountText) continue;
    const amount = readAmount(amountText);
    if (!communePattern.test(recipient) && !householdPattern.test(recipient))
      problems.push({ code: 'recipientInvalid', field: `recipient${i}` });
    if (amount === undefined) problems.push({ code: 'amountInvalid', field: `amount${i}` });
    else if (communePattern.test(recipient)) lines.push({ commune: recipient, amount });
    else if (householdPattern.test(recipient)) lines.push({ household: recipient, amount });
  }
  if (lines.length === 0 && !problems.some((problem) => /\d$/.test(problem.field ?? '')))
    problems.push({ code: 'linesMissing', field: 'recipient0' });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ...parsed.data, lines } };
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

export function readDisbursementForm(fields: unknown): Result<Disbursement, OutgoingProblem> {
  return parseForm(disbursementSchema, fields, codes);
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
  reason: z.string().trim().min(1, 'reasonMissing').max(500, 'reasonMissing').superRefine(refusePersonalData),
});

export function readReversalForm(fields: unknown): Result<Reversal, OutgoingProblem> {
  return parseForm(reversalSchema, fields, {
    known: outgoingProblems,
    fallback: (field) => (field === 'reason' ? 'reasonMissing' : 'sequenceInvalid'),
  });
}

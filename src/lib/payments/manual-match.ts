import { z } from 'zod';

/**
 * A treasurer matching, by hand, a bank credit that carried no readable pledge reference (a
 * donor who wrote their name instead, a reference mistyped) to the pledge it pays.
 */
export const matchProblems = [
  'referenceInvalid',
  'rowUnknown',
  'alreadyMatched',
  'pledgeUnknown',
  'notMoney',
  'notTreasurer',
] as const;
export type MatchProblem = (typeof matchProblems)[number];

const referenceSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^CT[0-9A-HJKMNP-TV-Z]{8}$/, 'referenceInvalid');

export function readMatchReference(text: string): { reference: string } | { problem: MatchProblem } {
  const result = referenceSchema.safeParse(text);
  return result.success ? { reference: result.data } : { problem: 'referenceInvalid' };
}

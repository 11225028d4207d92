import { z } from 'zod';
import { ok, refused, type Result } from '../forms/result.ts';

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

/** The reference a treasurer typed, as it is stored (upper case), or `referenceInvalid`. */
export function readMatchReference(text: unknown): Result<string, MatchProblem> {
  const result = referenceSchema.safeParse(text);
  return result.success ? ok(result.data) : refused('referenceInvalid', { field: 'reference' });
}

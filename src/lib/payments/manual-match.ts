import { readPublicReference } from '../references/public-reference.ts';
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
  'notYourFund',
] as const;
export type MatchProblem = (typeof matchProblems)[number];

/** The reference a treasurer typed, as it is stored (upper case), or `referenceInvalid`. */
export function readMatchReference(text: unknown): Result<string, MatchProblem> {
  const reference = typeof text === 'string' ? readPublicReference('pledge', text) : undefined;
  return reference ? ok(reference) : refused('referenceInvalid', { field: 'reference' });
}

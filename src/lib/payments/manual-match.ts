import { readPublicReference } from '../references/public-reference.ts';

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

export function readMatchReference(text: string): { reference: string } | { problem: MatchProblem } {
  const reference = readPublicReference('pledge', text);
  return reference ? { reference } : { problem: 'referenceInvalid' };
}

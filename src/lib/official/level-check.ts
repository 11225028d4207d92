import type { SupportProgramme, SupportType } from '../households/vocabulary.ts';
import { supportLevelFor, type SupportLevel } from './support-levels.ts';

/**
 * How a household's recorded amount stands against the national level of its programme plus the
 * local top-ups entered for its places: the same, or different (by how much). A record may differ
 * for good reasons (mobilised funds, a top-up not entered), so this states a fact about the
 * figures, never a judgement; where no level is published for the programme there is nothing to
 * compare.
 */
export type LevelComparison =
  | { kind: 'noLevel' }
  | { kind: 'matches'; level: SupportLevel; expected: bigint }
  | { kind: 'differs'; level: SupportLevel; expected: bigint; difference: bigint };

export function compareWithLevel(
  levels: readonly SupportLevel[],
  household: { supportProgramme: SupportProgramme; supportType: SupportType; supportAmount: bigint },
  topUps: readonly { amount: bigint }[] = [],
): LevelComparison {
  const level = supportLevelFor(levels, household.supportProgramme, household.supportType);
  if (!level) return { kind: 'noLevel' };
  const expected = topUps.reduce((sum, topUp) => sum + topUp.amount, level.amount);
  const difference = household.supportAmount - expected;
  return difference === 0n ? { kind: 'matches', level, expected } : { kind: 'differs', level, expected, difference };
}

import type { SupportProgramme, SupportType } from '../households/vocabulary.ts';
import { supportLevelFor, type SupportLevel } from './support-levels.ts';

/**
 * How a household's recorded amount stands against the national level of its programme: the
 * same, or different (by how much). A record may differ for good reasons (mobilised funds, a
 * local top-up), so this states a fact about the figures, never a judgement; where no level is
 * published for the programme there is nothing to compare.
 */
export type LevelComparison =
  | { kind: 'noLevel' }
  | { kind: 'matches'; level: SupportLevel }
  | { kind: 'differs'; level: SupportLevel; difference: bigint };

export function compareWithLevel(
  levels: readonly SupportLevel[],
  household: { supportProgramme: SupportProgramme; supportType: SupportType; supportAmount: bigint },
): LevelComparison {
  const level = supportLevelFor(levels, household.supportProgramme, household.supportType);
  if (!level) return { kind: 'noLevel' };
  const difference = household.supportAmount - level.amount;
  return difference === 0n ? { kind: 'matches', level } : { kind: 'differs', level, difference };
}

import { doneStages, type HouseholdStage } from '../households/vocabulary.ts';

/** A home already finished or taken off the list has nothing left to pledge to. */
export function homeTakesPledges(stage: HouseholdStage): boolean {
  return stage !== 'withdrawn' && !doneStages.includes(stage);
}

import { z } from 'zod';
import { parseForm } from '../forms/field-problems.ts';
import type { Result } from '../forms/result.ts';
import { householdStages, type HouseholdStage } from './vocabulary.ts';
import type { Permission } from '../officials/roles.ts';

/**
 * Which stage a home may move to from where it is: forward one step at a time, validation of a
 * finished home (completed or handed over), or withdrawal, with a reason, before validation.
 */
const forward: Record<HouseholdStage, readonly HouseholdStage[]> = {
  identified: ['approved'],
  approved: ['started'],
  started: ['completed'],
  completed: ['handed_over', 'validated'],
  handed_over: ['validated'],
  validated: [],
  withdrawn: [],
};

export function nextStages(current: HouseholdStage): HouseholdStage[] {
  const next = [...forward[current]];
  if (current !== 'validated' && current !== 'withdrawn') next.push('withdrawn');
  return next;
}

export const stageChangeProblems = [
  'stageNotAllowed',
  'dateInvalid',
  'dateInFuture',
  'dateBeforeLastStage',
  'reasonMissing',
  'sameOfficialValidates',
  'notYourCommune',
  'householdUnknown',
  'photoMissing',
  'photoTooLarge',
  'photoNotAnImage',
] as const;
export type StageChangeProblem = (typeof stageChangeProblems)[number];

const stageChangeSchema = z
  .object({
    stage: z.enum(householdStages, { message: 'stageNotAllowed' }),
    occurredOn: z.iso.date({ message: 'dateInvalid' }),
    reason: z.string().trim().max(500, 'reasonMissing').default(''),
  })
  .refine((change) => change.stage !== 'withdrawn' || change.reason.length >= 5, {
    message: 'reasonMissing',
    path: ['reason'],
  });
export type StageChange = z.infer<typeof stageChangeSchema>;

/** Reads the stage form's fields (its photo is read apart, src/lib/evidence/evidence-store.ts). */
export function readStageChangeForm(fields: unknown): Result<StageChange, StageChangeProblem> {
  return parseForm(stageChangeSchema, fields, {
    known: stageChangeProblems,
    fallback: () => 'stageNotAllowed',
    wholeForm: 'stage',
  });
}

/** The permission recording a stage needs: validating a completed home is the province's, the rest the commune's. */
export function permissionForStage(stage: HouseholdStage): Permission {
  return stage === 'validated' ? 'validate_household' : 'record_household_stage';
}

/** Stages that count as a home delivered need a photo of it. */
export const stagesNeedingPhoto: readonly HouseholdStage[] = ['completed', 'handed_over'];

export interface HouseholdNow {
  stage: HouseholdStage;
  stageDate: string;
  /** Who recorded the home complete; null when the completion was imported. */
  completedBy: number | null;
}

/**
 * Whether this change may be made now by this official: the problem found first, or null.
 * `today` is the date in Vietnam; ISO dates compare as text.
 */
export function stageChangeProblem(
  household: HouseholdNow,
  change: StageChange & { photoKey: string | null },
  officialId: number,
  today: string,
): StageChangeProblem | null {
  if (!nextStages(household.stage).includes(change.stage)) return 'stageNotAllowed';
  if (change.occurredOn > today) return 'dateInFuture';
  if (change.occurredOn < household.stageDate) return 'dateBeforeLastStage';
  if (change.stage === 'validated' && household.completedBy === officialId) return 'sameOfficialValidates';
  if (stagesNeedingPhoto.includes(change.stage) && !change.photoKey) return 'photoMissing';
  return null;
}

/** The form field each problem is shown next to. */
export const stageChangeProblemField: Record<StageChangeProblem, 'stage' | 'occurredOn' | 'reason' | 'photo'> = {
  stageNotAllowed: 'stage',
  dateInvalid: 'occurredOn',
  dateInFuture: 'occurredOn',
  dateBeforeLastStage: 'occurredOn',
  reasonMissing: 'reason',
  sameOfficialValidates: 'stage',
  notYourCommune: 'stage',
  householdUnknown: 'stage',
  photoMissing: 'photo',
  photoTooLarge: 'photo',
  photoNotAnImage: 'photo',
};

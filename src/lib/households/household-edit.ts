import { z } from 'zod';
import { parseForm } from '../forms/field-problems.ts';
import type { Result } from '../forms/result.ts';
import { amountFromText } from '../money/whole-dong.ts';
import { publicTextProblems, refusePersonalData } from '../privacy/public-text.ts';
import { beneficiaryCategories, supportProgrammes, supportTypes } from './vocabulary.ts';

/** An official's correction of one household's record (its stages are recorded separately). */

export const householdEditProblems = [
  'villageMissing',
  'categoryUnknown',
  'supportTypeUnknown',
  'programmeUnknown',
  'amountInvalid',
  'notYourCommune',
  'householdUnknown',
  ...publicTextProblems, // in the village, which is published
] as const;
export type HouseholdEditProblem = (typeof householdEditProblems)[number];

const householdEditSchema = z.object({
  village: z.string().trim().min(1, 'villageMissing').max(100, 'villageMissing').superRefine(refusePersonalData),
  category: z.enum(beneficiaryCategories, { message: 'categoryUnknown' }),
  supportType: z.enum(supportTypes, { message: 'supportTypeUnknown' }),
  supportProgramme: z.enum(supportProgrammes, { message: 'programmeUnknown' }),
  supportAmount: z.string().transform((text, context) => {
    const amount = amountFromText(text);
    if (!amount.ok) context.addIssue({ code: 'custom', message: 'amountInvalid' });
    return amount.ok ? amount.value : 0n;
  }),
});
export type HouseholdEdit = z.infer<typeof householdEditSchema>;

export function readHouseholdEditForm(fields: unknown): Result<HouseholdEdit, HouseholdEditProblem> {
  return parseForm(householdEditSchema, fields, {
    known: householdEditProblems,
    fallback: () => 'householdUnknown',
    wholeForm: 'village',
  });
}

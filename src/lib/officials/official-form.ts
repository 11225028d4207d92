import { z } from 'zod';
import { problemsByField } from '../forms/field-problems.ts';
import { passwordLength } from './password.ts';
import { officialRoles } from './roles.ts';

/** The form an admin fills in for a new account (and `npm run create-admin` checks the same way). */

export const officialProblems = [
  'emailInvalid',
  'emailTaken',
  'nameInvalid',
  'passwordTooShort',
  'passwordTooLong',
  'roleMissing',
  'unitInvalid',
  'lastAdmin',
] as const;
export type OfficialProblem = (typeof officialProblems)[number];

/** A role over an area: blank unit for the whole country. */
const grantFormSchema = z.object({
  role: z.enum(officialRoles, { message: 'roleMissing' }),
  unitCode: z
    .string()
    .trim()
    .regex(/^(\d{2}|\d{5})?$/, 'unitInvalid')
    .transform((code) => code || null),
});

export function readGrantForm(
  fields: Record<string, string>,
): { grant: z.infer<typeof grantFormSchema> } | { problems: Partial<Record<string, OfficialProblem>> } {
  const result = grantFormSchema.safeParse(fields);
  if (result.success) return { grant: result.data };
  return { problems: problemsByField(result.error.issues, officialProblems, () => 'roleMissing', 'role') };
}

export const newOfficialSchema = grantFormSchema.extend({
  email: z.email('emailInvalid').trim().toLowerCase().max(200, 'emailInvalid'),
  name: z
    .string()
    .trim()
    .min(2, 'nameInvalid')
    .max(200, 'nameInvalid')
    .refine((name) => /\p{L}/u.test(name), 'nameInvalid'),
  password: z.string().min(passwordLength.min, 'passwordTooShort').max(passwordLength.max, 'passwordTooLong'),
});
export type NewOfficialForm = z.infer<typeof newOfficialSchema>;

export function readNewOfficialForm(
  fields: Record<string, string>,
): { form: NewOfficialForm } | { problems: Partial<Record<string, OfficialProblem>> } {
  const result = newOfficialSchema.safeParse(fields);
  if (result.success) return { form: result.data };
  return { problems: problemsByField(result.error.issues, officialProblems, () => 'roleMissing', 'role') };
}

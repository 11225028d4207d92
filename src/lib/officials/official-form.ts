import { z } from 'zod';
import { parseForm, type ProblemCodes } from '../forms/field-problems.ts';
import type { Result } from '../forms/result.ts';
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

export type GrantForm = z.infer<typeof grantFormSchema>;

const codes: ProblemCodes<OfficialProblem> = {
  known: officialProblems,
  fallback: () => 'roleMissing',
  wholeForm: 'role',
};

export function readGrantForm(fields: unknown): Result<GrantForm, OfficialProblem> {
  return parseForm(grantFormSchema, fields, codes);
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

export function readNewOfficialForm(fields: unknown): Result<NewOfficialForm, OfficialProblem> {
  return parseForm(newOfficialSchema, fields, codes);
}

/**
 * The sign-in form. Nothing longer than any account's email or password is checked: it could not
 * be one, and is answered like a wrong password.
 */
const signInSchema = z.object({
  email: z.string().max(200).default(''),
  password: z.string().max(200).default(''),
});
export type SignInForm = z.infer<typeof signInSchema>;

export function readSignInForm(fields: unknown): Result<SignInForm, 'signInFailed'> {
  return parseForm(signInSchema, fields, { known: [], fallback: () => 'signInFailed' });
}

/** The second-factor form: a code from the authenticator app, spaces allowed (src/lib/officials/second-factor.ts). */
const codeSchema = z.object({ code: z.string().max(20).default('') });

export function readSecondFactorForm(fields: unknown): Result<{ code: string }, 'codeWrong'> {
  return parseForm(codeSchema, fields, { known: [], fallback: () => 'codeWrong' });
}

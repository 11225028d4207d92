import { z } from 'zod';
import { parseForm } from '../forms/field-problems.ts';
import type { Result } from '../forms/result.ts';
import { parseWholeDong } from '../money/whole-dong.ts';
import { publicTextProblems, refusePersonalData } from '../privacy/public-text.ts';
import type { Locale } from '../i18n/locales.ts';
import { materialQuantityUnits, parseQuantity, quantityUnits, toStoredQuantity } from './material-units.ts';
import {
  displayChoices,
  donorTypes,
  labourSkills,
  machines,
  materialNames,
  materials,
  pledgeTargetKinds,
} from './vocabulary.ts';

/**
 * The public pledge form, read on the server. Every problem is a code with a message in both
 * languages (src/lib/i18n), given per field so the form can show it next to the field.
 */

export const pledgeProblems = [
  'targetUnknown',
  'campaignEnded',
  'householdNotOpen',
  'kindMissing',
  'amountInvalid',
  'amountTooSmall',
  'amountTooLarge',
  'materialMissing',
  'materialDescriptionMissing',
  'quantityInvalid',
  'quantityNotWhole',
  'quantityUnitInvalid',
  'workdaysInvalid',
  'skillMissing',
  'machineMissing',
  'machineDescriptionMissing',
  'shiftsInvalid',
  'targetNameUnknown',
  'targetAmbiguous',
  'donorTypeMissing',
  'nameInvalid',
  'taxCodeInvalid',
  'displayChoiceMissing',
  'emailInvalid',
  'tooMany',
  ...publicTextProblems, // in the donor's name or a material's description, both published
] as const;
export type PledgeProblem = (typeof pledgeProblems)[number];

/** Smallest gift in đồng that the form accepts. */
export const minimumMoneyPledge = 10_000n;
/**
 * Largest gift in đồng one pledge may promise unless the operator sets another
 * (`PLEDGE_MAXIMUM_DONG`): no plan sets one, so it is the portal's own setting, said as such. A
 * promise is not money, yet it counts in the public pledged totals at once and anonymously:
 * larger gifts are arranged with the fund, which books them as they are paid.
 */
export const defaultMaximumMoneyPledge = 100_000_000_000n;

const dong = (maximum: bigint) =>
  z
    .string()
    .transform((text, context) => {
      const amount = parseWholeDong(text);
      // More digits than an amount is read with (16 and up) are digits still: too large, not wrong.
      const tooLong = amount === undefined && /^\d{16,}$/.test(text.trim());
      if (amount === undefined)
        context.addIssue({ code: 'custom', message: tooLong ? 'amountTooLarge' : 'amountInvalid' });
      return amount ?? 0n;
    })
    .refine((amount) => amount >= minimumMoneyPledge, 'amountTooSmall')
    .refine((amount) => amount <= maximum, 'amountTooLarge');

const wholeNumber = (problem: PledgeProblem, maximum: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, problem)
    .transform(Number)
    .refine((n) => n >= 1 && n <= maximum, problem);

const target = z.object({
  targetKind: z.enum(pledgeTargetKinds, { message: 'targetUnknown' }),
  targetCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,40}$/, 'targetUnknown'),
});

const donor = z.object({
  donorType: z.enum(donorTypes, { message: 'donorTypeMissing' }),
  donorName: z
    .string()
    .trim()
    .min(2, 'nameInvalid')
    .max(200, 'nameInvalid')
    .refine((name) => /\p{L}/u.test(name), 'nameInvalid')
    .superRefine(refusePersonalData),
  // Optional fields a program may leave out of the form, as a browser sends them empty.
  taxCode: z
    .string()
    .trim()
    .regex(/^(\d{10}|\d{10}-\d{3})?$/, 'taxCodeInvalid')
    .default(''),
  displayChoice: z.enum(displayChoices, { message: 'displayChoiceMissing' }),
  // RFC 5321 caps an address at 254 characters.
  email: z
    .union([z.literal(''), z.email('emailInvalid').max(254, 'emailInvalid')], { message: 'emailInvalid' })
    .default(''),
});

/** Largest quantity of a material, in its stored unit. */
const maximumMaterialQuantity = 1_000_000n;

/** A material's quantity, typed in one of its units, kept in its stored unit (see material-units.ts). */
const material = (locale: Locale) =>
  z
    .object({
      kind: z.literal('material'),
      material: z.enum(materialNames, { message: 'materialMissing' }),
      materialDescription: z.string().trim().max(100, 'materialDescriptionMissing').superRefine(refusePersonalData),
      quantity: z.string(),
      // Empty: the material's own unit.
      quantityUnit: z.union([z.literal(''), z.enum(quantityUnits)], { message: 'quantityUnitInvalid' }).default(''),
    })
    .transform((form, context) => {
      const unit = form.quantityUnit || materials[form.material];
      const typed = parseQuantity(locale, form.quantity);
      const stored = typed && toStoredQuantity(form.material, unit, typed);
      const problem = !materialQuantityUnits[form.material][unit]
        ? 'quantityUnitInvalid'
        : !typed
          ? 'quantityInvalid'
          : stored === undefined
            ? 'quantityNotWhole'
            : stored > maximumMaterialQuantity
              ? 'quantityInvalid'
              : undefined;
      if (problem) {
        context.addIssue({
          code: 'custom',
          message: problem,
          path: [problem === 'quantityUnitInvalid' ? 'quantityUnit' : 'quantity'],
        });
        return z.NEVER;
      }
      const { quantityUnit: _unit, ...rest } = form;
      return { ...rest, quantity: Number(stored) };
    });

const gift = (locale: Locale, maximum: bigint) =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('money'), amount: dong(maximum) }),
      material(locale),
      z.object({
        kind: z.literal('labour'),
        workdays: wholeNumber('workdaysInvalid', 10_000),
        skill: z.enum(labourSkills, { message: 'skillMissing' }),
      }),
      z.object({
        kind: z.literal('machinery'),
        machine: z.enum(machines, { message: 'machineMissing' }),
        machineDescription: z.string().trim().max(100, 'machineDescriptionMissing').superRefine(refusePersonalData),
        shifts: wholeNumber('shiftsInvalid', 10_000),
      }),
    ],
    { message: 'kindMissing' },
  );

export const pledgeFormSchema = (locale: Locale, maximum = defaultMaximumMoneyPledge) =>
  z
    .intersection(z.intersection(target, donor), gift(locale, maximum))
    .refine((form) => form.kind !== 'material' || form.material !== 'other' || form.materialDescription.length > 0, {
      message: 'materialDescriptionMissing',
      path: ['materialDescription'],
    })
    .refine((form) => form.kind !== 'machinery' || form.machine !== 'other' || form.machineDescription.length > 0, {
      message: 'machineDescriptionMissing',
      path: ['machineDescription'],
    });
export type PledgeForm = z.infer<ReturnType<typeof pledgeFormSchema>>;

/**
 * Reads the pledge form's fields (see src/lib/forms/read-form.ts): the pledge, or a problem per
 * field. `maximum` is the largest gift of money one pledge may promise; a refused amount's problem
 * carries it (`values.maximum`) for its message.
 */
export function readPledgeForm(
  fields: unknown,
  locale: Locale = 'vi',
  maximum = defaultMaximumMoneyPledge,
): Result<PledgeForm, PledgeProblem> {
  // An issue about the whole form is the choice between money, materials, workdays and machines.
  const read = parseForm(pledgeFormSchema(locale, maximum), fields, {
    known: pledgeProblems,
    fallback: () => 'kindMissing',
    wholeForm: 'kind',
  });
  if (read.ok) return read;
  const problems = read.problems.map((problem) =>
    problem.code === 'amountTooLarge' ? { ...problem, values: { maximum } } : problem,
  );
  return { ...read, problems };
}

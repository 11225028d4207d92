import { z } from 'zod';
import { beneficiaryCategories, supportTypes, type BeneficiaryCategory } from '../households/vocabulary.ts';
import { eras } from '../units/vocabulary.ts';

const bilingual = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Where a fact comes from: the plan's own words (Vietnamese, verbatim, checked against the
 * text in ../shared/plans by the tests), the section they stand in, and an English rendering.
 */
export const citationSchema = z.object({
  file: z.string().regex(/^[\w.-]+\.txt$/),
  section: z.string().min(1),
  quote: z.string().min(10),
  en: z.string().min(1),
});
export type Citation = z.infer<typeof citationSchema>;

/** The most a single home may receive from one campaign's support table: a sanity bound. */
export const maximumSupportAmount = 1_000_000_000n;

/** Whole đồng written as digits (JSON has no big integers), more than 0 and at most `maximum`. */
function wholeDong(maximum: bigint) {
  return z
    .string()
    .regex(/^\d+$/, 'write whole đồng as digits, e.g. "60000000"')
    .transform((digits) => BigInt(digits))
    .refine((amount) => amount > 0n && amount <= maximum, {
      message: `an amount must be more than 0 and at most ${maximum} đồng`,
    });
}
/** A recognition threshold's sanity bound: ten thousand billion đồng. */
const maximumThreshold = 10_000_000_000_000n;

export const milestoneKinds = ['start', 'report', 'dossier', 'target', 'summing_up'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const recognitionLevels = ['state', 'province', 'department', 'district', 'commune'] as const;
export type RecognitionLevel = (typeof recognitionLevels)[number];

const supportAmountSchema = z.object({
  categories: z.array(z.enum(beneficiaryCategories)).min(1),
  supportType: z.enum(supportTypes),
  amount: wholeDong(maximumSupportAmount),
  /** The decision that sets the amount; null only for demo figures. */
  source: bilingual.nullable(),
  demo: z.boolean(),
});

const recognitionLevelSchema = z.object({
  level: z.enum(recognitionLevels),
  forms: z.array(bilingual).min(1),
  citation: citationSchema,
  /** What a donor's verified contributions must reach to be proposed; null where the plan leaves it to others. */
  thresholds: z
    .object({
      cash: wholeDong(maximumThreshold).optional(),
      inKindValue: wholeDong(maximumThreshold).optional(),
      workdays: z.number().int().positive().optional(),
      homesFunded: z.number().int().positive().optional(),
      demo: z.boolean(),
    })
    .refine((t) => t.cash ?? t.inKindValue ?? t.workdays ?? t.homesFunded, {
      message: 'set at least one threshold',
    })
    .nullable(),
});

/** The published terms of a campaign: when, for whom, what help and how much, and its recognition. */
const criteriaShape = {
  milestones: z
    .array(z.object({ date: partialDate, kind: z.enum(milestoneKinds), what: bilingual, citation: citationSchema }))
    .min(1),
  /** The groups whose temporary or dilapidated homes the plan sets out to replace or repair, each where the plan names it. */
  beneficiaries: z
    .array(z.object({ categories: z.array(z.enum(beneficiaryCategories)).min(1), citation: citationSchema }))
    .min(1),
  supportTypes: z.object({ types: z.array(z.enum(supportTypes)).min(1), citation: citationSchema }),
  supportAmounts: z.array(supportAmountSchema),
  recognition: z.array(recognitionLevelSchema).min(1),
};

/** Each group and kind of help has at most one amount, and only groups and kinds the plan names. */
function checkSupportAmounts(
  campaign: z.infer<z.ZodObject<typeof criteriaShape>>,
  context: z.core.$RefinementCtx<unknown>,
): void {
  const named = beneficiaryCategoriesOf(campaign);
  const seen = new Set<string>();
  campaign.supportAmounts.forEach((row, index) => {
    for (const category of row.categories) {
      const key = `${category}/${row.supportType}`;
      if (!named.has(category))
        context.addIssue({
          code: 'custom',
          path: ['supportAmounts', index, 'categories'],
          message: `${category} is not one of the campaign's beneficiary categories`,
        });
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: ['supportAmounts', index], message: `two amounts for ${key}` });
      seen.add(key);
    }
    if (!campaign.supportTypes.types.includes(row.supportType))
      context.addIssue({
        code: 'custom',
        path: ['supportAmounts', index, 'supportType'],
        message: `${row.supportType} is not one of the campaign's support types`,
      });
    if (!row.demo && !row.source)
      context.addIssue({
        code: 'custom',
        path: ['supportAmounts', index, 'source'],
        message: 'an amount that is not demo needs its source document',
      });
  });
}

/** The terms as stored with a campaign (amounts as digit strings, as in the JSON files). */
export const campaignCriteriaSchema = z.object(criteriaShape).superRefine(checkSupportAmounts);
export type CampaignTerms = z.infer<typeof campaignCriteriaSchema>;

/**
 * A campaign plan as written in content/campaigns/<id>.json. Every fact is taken from the
 * plan's published text (../shared/plans) and quoted with its number and date; what the text
 * leaves blank stays null rather than being guessed.
 */
export const campaignDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
    /** Prefix of the public codes of this campaign's households, e.g. `ML25`. */
    householdCodePrefix: z.string().regex(/^[A-Z0-9]{2,8}$/, 'use 2–8 capital letters or digits'),
    name: bilingual,
    issuer: bilingual,
    documentNumber: z.string().min(1).nullable(),
    documentDate: partialDate.nullable(),
    basis: bilingual,
    area: z.object({ era: z.enum(eras), code: z.string().regex(/^\d{2,5}$/) }).nullable(),
    period: z.object({ start: z.iso.date(), end: z.iso.date() }),
    sourceFile: z.string().nullable(),
    ...criteriaShape,
  })
  .refine((campaign) => campaign.period.start <= campaign.period.end, {
    message: 'period.start must not be after period.end',
    path: ['period'],
  })
  .superRefine(checkSupportAmounts);

export type CampaignDefinition = z.infer<typeof campaignDefinitionSchema>;
export type SupportAmount = CampaignDefinition['supportAmounts'][number];
export type RecognitionRule = CampaignDefinition['recognition'][number];

/** True when any support amount or recognition threshold is made up for demonstration. */
export function hasDemoFigures(campaign: Pick<CampaignTerms, 'supportAmounts' | 'recognition'>): boolean {
  return (
    campaign.supportAmounts.some((row) => row.demo) || campaign.recognition.some((level) => level.thresholds?.demo)
  );
}

/** Every category the plan names as a beneficiary group. */
export function beneficiaryCategoriesOf(campaign: Pick<CampaignTerms, 'beneficiaries'>): Set<BeneficiaryCategory> {
  return new Set(campaign.beneficiaries.flatMap((ground) => ground.categories));
}

/** The terms as JSON for storing: amounts back to digit strings, so that the schema reads them again. */
export function termsForStorage(campaign: CampaignTerms): unknown {
  const { milestones, beneficiaries, supportTypes, supportAmounts, recognition } = campaign;
  return JSON.parse(
    JSON.stringify({ milestones, beneficiaries, supportTypes, supportAmounts, recognition }, (_key, value: unknown) =>
      typeof value === 'bigint' ? String(value) : value,
    ),
  );
}

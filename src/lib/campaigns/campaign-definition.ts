import { z } from 'zod';
import { beneficiaryCategories, supportTypes } from '../households/vocabulary.ts';
import { eras } from '../units/vocabulary.ts';
import { beneficiaryCategoriesOf } from './beneficiaries.ts';

const bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Where a fact comes from: the plan's own words (Vietnamese, verbatim, checked against the
 * text in ../shared/plans by the tests), the section they stand in, and an English rendering.
 */
export const citationSchema = z.strictObject({
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
export const milestoneKinds = [
  'start', // bắt đầu thực hiện
  'documents', // hạn gửi văn bản tổ chức thực hiện
  'report', // hạn báo cáo
  'supervision', // giám sát, kiểm tra
  'dossier', // hạn nộp hồ sơ khen thưởng
  'target', // mục tiêu
  'summing_up', // tổng kết
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const recognitionLevels = ['state', 'province', 'department', 'district', 'commune'] as const;
export type RecognitionLevel = (typeof recognitionLevels)[number];

/** Whom an award may go to, in the plans' words. */
export const recognitionRecipients = [
  'collective', // tập thể
  'household', // hộ gia đình
  'individual', // cá nhân
] as const;
export type RecognitionRecipient = (typeof recognitionRecipients)[number];

/** What else a plan establishes that a reader of the campaign should know: one value per kind of provision. */
export const provisionTopics = [
  'inspection', // đoàn kiểm tra, giám sát
  'reporting', // chế độ báo cáo
  'programme', // chương trình mục tiêu quốc gia gắn với phong trào
  'household_duties', // trách nhiệm của hộ được thụ hưởng
  'workdays', // huy động ngày công
  'contributions', // hình thức đóng góp
  'dossier', // hồ sơ đề nghị khen thưởng
  'submission', // nơi, cách nộp hồ sơ
  'appraisal', // cơ quan thẩm định hồ sơ
] as const;
export type ProvisionTopic = (typeof provisionTopics)[number];

/** The parts of a commendation dossier a plan lists (Bắc Kạn, III.2.c). */
export const dossierParts = [
  'submission_letter', // tờ trình đề nghị khen thưởng
  'meeting_minutes', // biên bản cuộc họp xét khen thưởng
  'achievement_report', // báo cáo thành tích (Mẫu số 08, Nghị định 98/2023/NĐ-CP)
  'evidence', // tài liệu minh chứng
] as const;
export type DossierPart = (typeof dossierParts)[number];

/**
 * A date or period in the plan's own words (`vi`, found verbatim in the citation's quote, e.g.
 * "trước 05/11/2024", "quý IV năm 2025", "từ khi ban hành Kế hoạch"), with an English rendering.
 */
const asWritten = z.strictObject({ vi: z.string().min(3), en: z.string().min(3) });

const supportAmountSchema = z.strictObject({
  categories: z.array(z.enum(beneficiaryCategories)).min(1),
  supportType: z.enum(supportTypes),
  amount: wholeDong(maximumSupportAmount),
  /** The decision that sets the amount; null only for demo figures. */
  source: bilingual.nullable(),
  demo: z.boolean(),
});

const recognitionFormSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
  /** Whom the plan gives it to, as its citation (or the level's) says; null where the plan does not say. */
  recipients: z.array(z.enum(recognitionRecipients)).min(1).nullable(),
  /** The plan's words on this form, where they are not the level's. */
  citation: citationSchema.optional(),
});

/**
 * An award the plan names. What a donor's gifts must reach to be proposed for it is not in any
 * plan: it is the operator's setting (src/lib/recognition/threshold-settings.ts), never here.
 */
const recognitionLevelSchema = z.strictObject({
  level: z.enum(recognitionLevels),
  forms: z.array(recognitionFormSchema).min(1),
  citation: citationSchema,
});

/** The published terms of a campaign: when, for whom, what help and how much, and its recognition. */
const criteriaShape = {
  /** When the plan runs, in its words; `counting` is the portal's own reading of it as days (the period). */
  periodWords: z.strictObject({ when: asWritten, citation: citationSchema, counting: bilingual }),
  milestones: z
    .array(
      // In the plan's order of time; dates only in its words, as it gives them.
      z.strictObject({
        kind: z.enum(milestoneKinds),
        when: asWritten,
        what: bilingual,
        citation: citationSchema,
      }),
    )
    .min(1),
  /** The groups whose temporary or dilapidated homes the plan sets out to replace or repair, each where the plan names it. */
  beneficiaries: z
    .array(z.strictObject({ categories: z.array(z.enum(beneficiaryCategories)).min(1), citation: citationSchema }))
    .min(1),
  supportTypes: z.strictObject({ types: z.array(z.enum(supportTypes)).min(1), citation: citationSchema }),
  supportAmounts: z.array(supportAmountSchema),
  recognition: z.array(recognitionLevelSchema).min(1),
  /** Other provisions of the plan, each in its words. */
  provisions: z.array(
    z.strictObject({
      topic: z.enum(provisionTopics),
      /** For a part of the commendation dossier, which one (the achievement report supplies some). */
      dossierPart: z.enum(dossierParts).optional(),
      what: bilingual,
      citation: citationSchema,
    }),
  ),
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
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
    /** Prefix of the public codes of this campaign's households, e.g. `ML25`. */
    householdCodePrefix: z.string().regex(/^[A-Z0-9]{2,8}$/, 'use 2–8 capital letters or digits'),
    name: bilingual,
    issuer: bilingual,
    documentNumber: z.string().min(1).nullable(),
    documentDate: partialDate.nullable(),
    basis: bilingual,
    /** The unit the plan covers (the portal's identification of it), with the plan's words naming it. */
    area: z
      .strictObject({ era: z.enum(eras), code: z.string().regex(/^\d{2,5}$/), citation: citationSchema })
      .nullable(),
    /** The days the portal counts gifts in: its reading of `periodWords` (its note says how). */
    period: z.strictObject({ start: z.iso.date(), end: z.iso.date() }),
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

/** True when any support amount is made up for demonstration. */
export function hasDemoFigures(campaign: Pick<CampaignTerms, 'supportAmounts'>): boolean {
  return campaign.supportAmounts.some((row) => row.demo);
}

// Kept free of zod, so that the self-check island can use it without shipping zod.
export { beneficiaryCategoriesOf };

/** The terms as JSON for storing: amounts back to digit strings, so that the schema reads them again. */
export function termsForStorage(campaign: CampaignTerms): unknown {
  const { periodWords, milestones, beneficiaries, supportTypes, supportAmounts, recognition, provisions } = campaign;
  const terms = { periodWords, milestones, beneficiaries, supportTypes, supportAmounts, recognition, provisions };
  return JSON.parse(
    JSON.stringify(terms, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)),
  );
}

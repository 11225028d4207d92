import { z } from 'zod';
import { eras } from '../units/vocabulary.ts';

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
    name: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    issuer: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    documentNumber: z.string().min(1).nullable(),
    documentDate: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable(),
    basis: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    area: z.object({ era: z.enum(eras), code: z.string().regex(/^\d{2,5}$/) }).nullable(),
    period: z.object({ start: z.iso.date(), end: z.iso.date() }),
    sourceFile: z.string().nullable(),
    amountsAreDemo: z.boolean(),
  })
  .refine((campaign) => campaign.period.start <= campaign.period.end, {
    message: 'period.start must not be after period.end',
    path: ['period'],
  });

export type CampaignDefinition = z.infer<typeof campaignDefinitionSchema>;

import { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';
import { currentEra, eras, formerEra, type Era } from '../units/vocabulary.ts';
import { openDataFormats, type OpenDataFormat } from './formats.ts';

export interface OpenDataQuery {
  format: OpenDataFormat;
  era: Era;
  campaignId: string | undefined;
}

const querySchema = z
  .object({
    format: z.enum(openDataFormats),
    era: z.enum(eras).default(currentEra),
    campaign: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
  })
  .refine((query) => !(query.format === 'geojson' && query.era === formerEra), { path: ['era'] });

type QueryProblem = 'format' | 'era' | 'campaign';

/** What a wrong parameter is told with, per language: the `openData` messages' problems. */
export type QueryWords = Record<Locale, { openData: { problem: Record<QueryProblem, string> } }>;

/**
 * Reads an open data request's format and query parameters (`era`, `campaign`); a wrong one
 * gives a message naming it, in every language of `words` (the catalogues).
 */
export function parseOpenDataQuery(
  format: string | undefined,
  params: URLSearchParams,
  campaignIds: string[],
  words: QueryWords,
): { query: OpenDataQuery } | { problem: Record<Locale, string> } {
  const problem = (field: QueryProblem) => ({
    problem: { vi: words.vi.openData.problem[field], en: words.en.openData.problem[field] },
  });
  const result = querySchema.safeParse({
    format,
    era: params.get('era') ?? undefined,
    campaign: params.get('campaign') ?? undefined,
  });
  if (!result.success) {
    const field = String(result.error.issues[0]?.path[0] ?? 'format');
    return problem(field === 'era' || field === 'campaign' ? field : 'format');
  }
  const { campaign, era } = result.data;
  if (campaign !== undefined && !campaignIds.includes(campaign)) return problem('campaign');
  return { query: { format: result.data.format, era, campaignId: campaign } };
}

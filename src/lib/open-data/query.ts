import { z } from 'zod';
import { currentEra, eras, formerEra, type Era } from '../units/vocabulary.ts';
import { openDataFormats, type OpenDataFormat } from './formats.ts';
import { ok, refused, type Result } from '../forms/result.ts';

export interface OpenDataQuery {
  format: OpenDataFormat;
  era: Era;
  campaignId: string | undefined;
  /** The day whose end the figures stand at, rebuilt from the stage history; today's when absent. */
  asOf: string | undefined;
}

const querySchema = z
  .object({
    format: z.enum(openDataFormats),
    era: z.enum(eras).default(currentEra),
    campaign: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
    as_of: z.iso.date().optional(),
  })
  .refine((query) => !(query.format === 'geojson' && query.era === formerEra), { path: ['era'] });

/** The parameter an open data request got wrong. */
export type OpenDataQueryProblem = 'format' | 'era' | 'campaign' | 'asOf';

/**
 * Reads an open data request's format and query parameters (`era`, `campaign`, `as_of`); a wrong one
 * is named (its message: the `openData` catalogue's `problem[code]`).
 */
export function parseOpenDataQuery(
  format: string | undefined,
  params: URLSearchParams,
  campaignIds: string[],
  /** The date in Vietnam: figures as at a day to come are refused. */
  today: string,
): Result<OpenDataQuery, OpenDataQueryProblem> {
  const result = querySchema.safeParse({
    format,
    era: params.get('era') ?? undefined,
    campaign: params.get('campaign') ?? undefined,
    as_of: params.get('as_of') ?? undefined,
  });
  if (!result.success) {
    const field = String(result.error.issues[0]?.path[0] ?? 'format');
    const problem = field === 'era' || field === 'campaign' ? field : field === 'as_of' ? 'asOf' : 'format';
    return refused(problem, { field: problem });
  }
  const { campaign, era, as_of: asOf } = result.data;
  if (campaign !== undefined && !campaignIds.includes(campaign)) return refused('campaign', { field: 'campaign' });
  if (asOf !== undefined && asOf > today) return refused('asOf', { field: 'as_of' });
  return ok({ format: result.data.format, era, campaignId: campaign, asOf });
}

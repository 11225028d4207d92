import { z } from 'zod';
import { eras, type Era } from '../units/vocabulary.ts';
import { openDataFormats, type OpenDataFormat } from './formats.ts';
import { ok, refused, type Result } from '../forms/result.ts';

export interface OpenDataQuery {
  format: OpenDataFormat;
  era: Era;
  campaignId: string | undefined;
}

const querySchema = z
  .object({
    format: z.enum(openDataFormats),
    era: z.enum(eras).default('2025'),
    campaign: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
  })
  .refine((query) => !(query.format === 'geojson' && query.era === 'pre2025'), { path: ['era'] });

/** The parameter an open data request got wrong. */
export type OpenDataQueryProblem = 'format' | 'era' | 'campaign';

/** What each problem says, in both languages, for the 400 answer. */
export const openDataQueryMessages: Record<OpenDataQueryProblem, { vi: string; en: string }> = {
  format: { vi: 'Định dạng phải là csv, json hoặc geojson.', en: 'The format must be csv, json or geojson.' },
  era: {
    vi: 'Tham số era phải là 2025 hoặc pre2025; GeoJSON chỉ có cho đơn vị từ 01/7/2025.',
    en: 'The era parameter must be 2025 or pre2025; GeoJSON exists only for units since 1 July 2025.',
  },
  campaign: { vi: 'Mã kế hoạch không hợp lệ hoặc không tồn tại.', en: 'Unknown or malformed campaign identifier.' },
};

/**
 * Reads an open data request's format and query parameters (`era`, `campaign`); a wrong one
 * is named (its message: `openDataQueryMessages`).
 */
export function parseOpenDataQuery(
  format: string | undefined,
  params: URLSearchParams,
  campaignIds: string[],
): Result<OpenDataQuery, OpenDataQueryProblem> {
  const result = querySchema.safeParse({
    format,
    era: params.get('era') ?? undefined,
    campaign: params.get('campaign') ?? undefined,
  });
  if (!result.success) {
    const field = String(result.error.issues[0]?.path[0] ?? 'format');
    const problem = field === 'era' || field === 'campaign' ? field : 'format';
    return refused(problem, { field: problem });
  }
  const { campaign, era } = result.data;
  if (campaign !== undefined && !campaignIds.includes(campaign)) return refused('campaign', { field: 'campaign' });
  return ok({ format: result.data.format, era, campaignId: campaign });
}

import { z } from 'zod';
import { eras, type Era, currentEra, formerEra } from '../units/vocabulary.ts';
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

const messages = {
  format: { vi: 'Định dạng phải là csv, json hoặc geojson.', en: 'The format must be csv, json or geojson.' },
  era: {
    vi: 'Tham số era phải là 2025 hoặc pre2025; GeoJSON chỉ có cho đơn vị từ 01/7/2025.',
    en: 'The era parameter must be 2025 or pre2025; GeoJSON exists only for units since 1 July 2025.',
  },
  campaign: { vi: 'Mã kế hoạch không hợp lệ hoặc không tồn tại.', en: 'Unknown or malformed campaign identifier.' },
} as const;

/**
 * Reads an open data request's format and query parameters (`era`, `campaign`); a wrong one
 * gives a message naming it, in both languages.
 */
export function parseOpenDataQuery(
  format: string | undefined,
  params: URLSearchParams,
  campaignIds: string[],
): { query: OpenDataQuery } | { problem: { vi: string; en: string } } {
  const result = querySchema.safeParse({
    format,
    era: params.get('era') ?? undefined,
    campaign: params.get('campaign') ?? undefined,
  });
  if (!result.success) {
    const field = String(result.error.issues[0]?.path[0] ?? 'format') as keyof typeof messages;
    return { problem: messages[field] ?? messages.format };
  }
  const { campaign, era } = result.data;
  if (campaign !== undefined && !campaignIds.includes(campaign)) return { problem: messages.campaign };
  return { query: { format: result.data.format, era, campaignId: campaign } };
}

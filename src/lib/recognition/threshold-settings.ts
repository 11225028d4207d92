import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { recognitionLevels, type RecognitionLevel } from '../campaigns/campaign-definition.ts';

/**
 * What a donor's verified gifts must reach to be suggested for an award: the operator's own
 * setting. None of the plans sets such thresholds (state awards follow central guidance; the
 * others are for each awarding body to decide), so the portal ships none and suggests nothing
 * until the operating authority writes them, e.g.:
 *
 * ```json
 * { "setBy": { "vi": "Ủy ban MTTQ huyện Đức Thọ, Công văn số 12/MTTQ ngày 02/01/2025", "en": "…" },
 *   "campaigns": { "duc-tho-2025": { "commune": { "cash": "20000000", "workdays": 50 } } } }
 * ```
 */

const digits = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, 'write whole đồng as digits, e.g. "20000000"')
  .transform((value) => BigInt(value));

const thresholdsSchema = z
  .strictObject({
    cash: digits.optional(),
    inKindValue: digits.optional(),
    workdays: z.number().int().positive().optional(),
    homesFunded: z.number().int().positive().optional(),
  })
  .refine((t) => t.cash ?? t.inKindValue ?? t.workdays ?? t.homesFunded, { message: 'set at least one threshold' });
export type Thresholds = z.infer<typeof thresholdsSchema>;

const settingsSchema = z.strictObject({
  /** Who set the thresholds and by what document: shown beside every threshold. */
  setBy: z.strictObject({ vi: z.string().min(3), en: z.string().min(3) }),
  campaigns: z.record(z.string(), z.partialRecord(z.enum(recognitionLevels), thresholdsSchema)),
});

export interface ThresholdSettings {
  setBy: { vi: string; en: string } | null;
  campaigns: Record<string, Partial<Record<RecognitionLevel, Thresholds>>>;
}

/** No thresholds: what a portal without the operator's file has. */
export const noThresholds: ThresholdSettings = { setBy: null, campaigns: {} };

export class ThresholdSettingsError extends Error {}

/** Reads and checks the operator's file; a bad one is refused with its first problem. */
export function readThresholdSettings(file: string | undefined): ThresholdSettings {
  if (!file) return noThresholds;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ThresholdSettingsError(`RECOGNITION_THRESHOLDS_FILE ${file}: ${(error as Error).message}`);
  }
  const result = settingsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ThresholdSettingsError(`RECOGNITION_THRESHOLDS_FILE ${file}: ${issue.path.join('.')} ${issue.message}`);
  }
  return result.data;
}

/** The operator's thresholds for one campaign, by level; empty where none is set. */
export function thresholdsOf(
  settings: ThresholdSettings,
  campaignId: string,
): Partial<Record<RecognitionLevel, Thresholds>> {
  return settings.campaigns[campaignId] ?? {};
}

let operators: ThresholdSettings | undefined;
/** The operator's thresholds (RECOGNITION_THRESHOLDS_FILE), read once per server. */
export function operatorThresholds(file = process.env.RECOGNITION_THRESHOLDS_FILE): ThresholdSettings {
  operators ??= readThresholdSettings(file || undefined);
  return operators;
}

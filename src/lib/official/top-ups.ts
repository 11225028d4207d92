import { z } from 'zod';
import { maximumSupportAmount } from '../campaigns/campaign-definition.ts';
import { parseForm } from '../forms/field-problems.ts';
import type { Result } from '../forms/result.ts';
import { parseWholeDong } from '../money/whole-dong.ts';
import { supportTypes, type SupportProgramme, type SupportType } from '../households/vocabulary.ts';
import { eras, type Era } from '../units/vocabulary.ts';
import { portalProgrammeOf, supportLevelProgrammes, type SupportLevelProgramme } from './vocabulary.ts';

/**
 * Local top-ups: what a province or commune adds per house to the national level, by its own
 * decision. No file the portal reads states them: the operator enters each with the decision and
 * where it is published, and pages show it as the local authority's, as entered.
 */

export const topUpProblems = [
  'eraUnknown',
  'unitCodeInvalid',
  'unitUnknown',
  'unitNotYours',
  'programmeUnknown',
  'supportTypeUnknown',
  'amountInvalid',
  'legalBasisMissing',
  'sourceInvalid',
  'tooLong',
] as const;
export type TopUpProblem = (typeof topUpProblems)[number];

const topUpSchema = z.object({
  unitEra: z.enum(eras, { message: 'eraUnknown' }),
  // A province (2 digits) or a commune (5 digits); districts decide no top-ups here.
  unitCode: z
    .string()
    .trim()
    .regex(/^(\d{2}|\d{5})$/, 'unitCodeInvalid'),
  programme: z.enum(supportLevelProgrammes, { message: 'programmeUnknown' }),
  supportType: z.enum(supportTypes, { message: 'supportTypeUnknown' }),
  // 0 is allowed: the unit adds nothing (from now on), ending an earlier entry.
  amount: z.string().transform((text, context) => {
    const amount = parseWholeDong(text);
    if (amount === undefined || amount > maximumSupportAmount)
      context.addIssue({ code: 'custom', message: 'amountInvalid' });
    return amount ?? 0n;
  }),
  legalBasis: z.string().trim().min(5, 'legalBasisMissing').max(300, 'tooLong'),
  source: z
    .string()
    .trim()
    .max(500, 'tooLong')
    .refine((text) => /^https?:\/\/[^\s]+\.[^\s]+$/.test(text), 'sourceInvalid'),
  note: z
    .string()
    .trim()
    .max(500, 'tooLong')
    .transform((text) => text || null),
});
export type TopUpEntry = z.infer<typeof topUpSchema>;

const fallbackProblem: Record<string, TopUpProblem> = {
  unitEra: 'eraUnknown',
  unitCode: 'unitCodeInvalid',
  programme: 'programmeUnknown',
  supportType: 'supportTypeUnknown',
  amount: 'amountInvalid',
  legalBasis: 'legalBasisMissing',
  source: 'sourceInvalid',
  note: 'tooLong',
};

export function readTopUpForm(fields: unknown): Result<TopUpEntry, TopUpProblem> {
  return parseForm(topUpSchema, fields, {
    known: topUpProblems,
    // A field missing or not text: its own problem.
    fallback: (field) => fallbackProblem[field] ?? 'legalBasisMissing',
  });
}

/** A top-up as kept, with its unit's name. */
export interface LocalTopUp extends TopUpEntry {
  id: number;
  unitName: string;
  unitNameEn: string;
  unitLevel: 'province' | 'commune';
  enteredAt: Date;
}

type Entry = Pick<LocalTopUp, 'id' | 'unitEra' | 'unitCode' | 'programme' | 'supportType' | 'amount' | 'enteredAt'>;

/** The latest entry for each unit, programme and kind of help: the one that speaks for it now. */
export function latestEntries<T extends Entry>(entries: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const entry of entries) {
    const key = `${entry.unitEra}:${entry.unitCode}:${entry.programme}:${entry.supportType}`;
    const kept = latest.get(key);
    if (!kept || entry.enteredAt > kept.enteredAt || (+entry.enteredAt === +kept.enteredAt && entry.id > kept.id))
      latest.set(key, entry);
  }
  return [...latest.values()].sort((a, b) => a.id - b.id);
}

/** The entries in force: the latest ones, unless one says the unit adds nothing (0 đồng). */
export function topUpsInForce<T extends Entry>(entries: readonly T[]): T[] {
  return latestEntries(entries).filter((entry) => entry.amount > 0n);
}

/** The units a household belongs to, each as `era:code`: today's commune and province, and where it was recorded. */
export function unitKeysOf(household: {
  communeCode: string;
  provinceCode: string;
  recordedEra: Era;
  recordedCommuneCode: string;
  recordedProvinceCode: string;
}): Set<string> {
  return new Set([
    `2025:${household.communeCode}`,
    `2025:${household.provinceCode}`,
    `${household.recordedEra}:${household.recordedCommuneCode}`,
    `${household.recordedEra}:${household.recordedProvinceCode}`,
  ]);
}

/** The top-ups in force that apply to a household of these units, programme and kind of help. */
export function topUpsApplying<T extends Pick<LocalTopUp, 'unitEra' | 'unitCode' | 'programme' | 'supportType'>>(
  topUps: readonly T[],
  unitKeys: ReadonlySet<string>,
  programme: SupportProgramme,
  supportType: SupportType,
): T[] {
  return topUps.filter(
    (topUp) =>
      unitKeys.has(`${topUp.unitEra}:${topUp.unitCode}`) &&
      portalProgrammeOf[topUp.programme as SupportLevelProgramme] === programme &&
      topUp.supportType === supportType,
  );
}

/** The top-ups in force around one 2025 commune, as its list needs them. */
export interface CommuneTopUps {
  communeCode: string;
  provinceCode: string;
  topUps: LocalTopUp[];
  /** Each recorded commune's province, keyed `era:code`. */
  recordedProvinceOf: ReadonlyMap<string, string>;
}

/** The top-ups that apply to one of the commune's homes. */
export function topUpsOfHousehold(
  around: CommuneTopUps,
  household: {
    recordedEra: Era;
    recordedCommuneCode: string;
    supportProgramme: SupportProgramme;
    supportType: SupportType;
  },
): LocalTopUp[] {
  const keys = unitKeysOf({
    communeCode: around.communeCode,
    provinceCode: around.provinceCode,
    recordedEra: household.recordedEra,
    recordedCommuneCode: household.recordedCommuneCode,
    recordedProvinceCode:
      around.recordedProvinceOf.get(`${household.recordedEra}:${household.recordedCommuneCode}`) ?? '',
  });
  return topUpsApplying(around.topUps, keys, household.supportProgramme, household.supportType);
}

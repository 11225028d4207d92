import type { RecognitionLevel, RecognitionRule } from '../campaigns/campaign-definition.ts';
import type { Material } from '../pledges/vocabulary.ts';
import { referencePrices } from './reference-prices.ts';

/**
 * What a donor's verified gifts — money received, materials delivered, workdays performed, as
 * receipted — add up to, and the recognition level they reach under a campaign's thresholds.
 */

export interface VerifiedTotals {
  /** Whole đồng received. */
  cash: bigint;
  /** Units delivered per material. */
  materials: Partial<Record<Material, number>>;
  workdays: number;
  /** Homes the donor gave to directly and that received something of it. */
  homesFunded: number;
}

/** Materials valued at the reference prices (demo until a price bulletin is entered). */
export function inKindValue(materials: VerifiedTotals['materials']): bigint {
  return Object.entries(materials).reduce(
    (total, [material, quantity]) => total + referencePrices.perUnit[material as Material] * BigInt(quantity ?? 0),
    0n,
  );
}

/** Which of a level's thresholds the totals reach: any one is enough to be proposed at that level. */
export function thresholdsMet(totals: VerifiedTotals, rule: RecognitionRule): string[] {
  const t = rule.thresholds;
  if (!t) return [];
  const met: string[] = [];
  if (t.cash !== undefined && totals.cash >= t.cash) met.push('cash');
  if (t.inKindValue !== undefined && inKindValue(totals.materials) >= t.inKindValue) met.push('inKindValue');
  if (t.workdays !== undefined && totals.workdays >= t.workdays) met.push('workdays');
  if (t.homesFunded !== undefined && totals.homesFunded >= t.homesFunded) met.push('homesFunded');
  return met;
}

/**
 * The highest level whose thresholds the totals reach (levels are listed highest first in a
 * campaign's terms), or null. Levels without thresholds are decided by others and never suggested.
 */
export function recognitionLevelReached(
  totals: VerifiedTotals,
  rules: readonly RecognitionRule[],
): { level: RecognitionLevel; rule: RecognitionRule; met: string[] } | null {
  for (const rule of rules) {
    const met = thresholdsMet(totals, rule);
    if (met.length > 0) return { level: rule.level, rule, met };
  }
  return null;
}

import type { RecognitionLevel, RecognitionRecipient, RecognitionRule } from '../campaigns/campaign-definition.ts';
import type { Thresholds } from './threshold-settings.ts';
import type { DonorType, Machine, Material } from '../pledges/vocabulary.ts';
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
  /** Machine shifts (ca máy) worked per machine. */
  machineShifts?: Partial<Record<Machine, number>>;
  /** Homes the donor gave to directly and that received something of it. */
  homesFunded: number;
}

/** Materials and machine shifts valued at the reference prices (demo until a price bulletin is entered). */
export function inKindValue(
  materials: VerifiedTotals['materials'],
  machineShifts: VerifiedTotals['machineShifts'] = {},
): bigint {
  const ofMaterials = Object.entries(materials).reduce(
    (total, [material, quantity]) => total + referencePrices.perUnit[material as Material] * BigInt(quantity ?? 0),
    0n,
  );
  return Object.entries(machineShifts).reduce(
    (total, [machine, shifts]) => total + referencePrices.perShift[machine as Machine] * BigInt(shifts ?? 0),
    ofMaterials,
  );
}

/** Which of a level's thresholds the totals reach: any one is enough to be suggested at that level. */
export function thresholdsMet(totals: VerifiedTotals, t: Thresholds): string[] {
  const met: string[] = [];
  if (t.cash !== undefined && totals.cash >= t.cash) met.push('cash');
  if (t.inKindValue !== undefined && inKindValue(totals.materials, totals.machineShifts) >= t.inKindValue)
    met.push('inKindValue');
  if (t.workdays !== undefined && totals.workdays >= t.workdays) met.push('workdays');
  if (t.homesFunded !== undefined && totals.homesFunded >= t.homesFunded) met.push('homesFunded');
  return met;
}

/** A person gives as an individual (cá nhân), an organisation as a collective (tập thể). */
const recipientOf: Record<DonorType, RecognitionRecipient> = { person: 'individual', organisation: 'collective' };

/** The forms of a level the plan offers to this kind of donor (all, where it does not say to whom). */
export function formsFor(rule: RecognitionRule, donorType: DonorType): RecognitionRule['forms'] {
  return rule.forms.filter((form) => form.recipients === null || form.recipients.includes(recipientOf[donorType]));
}

/**
 * The highest level (levels are listed highest first in a campaign's terms) whose operator-set
 * thresholds the totals reach and that has a form the plan offers to this kind of donor, or
 * null. A level without thresholds set is never suggested: no plan sets any.
 */
export function recognitionLevelReached(
  totals: VerifiedTotals,
  donorType: DonorType,
  rules: readonly RecognitionRule[],
  thresholds: Partial<Record<RecognitionLevel, Thresholds>>,
): { level: RecognitionLevel; rule: RecognitionRule; forms: RecognitionRule['forms']; met: string[] } | null {
  for (const rule of rules) {
    const set = thresholds[rule.level];
    const forms = formsFor(rule, donorType);
    const met = set ? thresholdsMet(totals, set) : [];
    if (met.length > 0 && forms.length > 0) return { level: rule.level, rule, forms, met };
  }
  return null;
}

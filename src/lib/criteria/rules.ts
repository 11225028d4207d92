import type { CampaignDefinition, Citation, SupportAmount } from '../campaigns/campaign-definition.ts';
import { beneficiaryCategoriesOf } from '../campaigns/beneficiaries.ts';
import type { BeneficiaryCategory, SupportType } from '../households/vocabulary.ts';

/**
 * The machine form of a campaign's published criteria. The public self-check and the checks on
 * household records both ask these questions, so the two can never disagree.
 */
export type CampaignCriteria = Pick<
  CampaignDefinition,
  'id' | 'period' | 'periodWords' | 'beneficiaries' | 'supportTypes' | 'supportAmounts' | 'milestones'
>;

export const ruleIds = [
  'beneficiary-group',
  'house-condition',
  'support-type',
  'campaign-area',
  'campaign-period',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** What the house is like, in the words of the national guidance (Quyết định 55/QĐ-BXD, 20/01/2025). */
export const houseConditions = ['temporary', 'dilapidated', 'solid'] as const;
export type HouseCondition = (typeof houseConditions)[number];

/** The help each kind of house may get: a temporary house is replaced; a dilapidated one repaired or rebuilt. */
const helpFor: Record<Exclude<HouseCondition, 'solid'>, SupportType[]> = {
  temporary: ['new_build'],
  dilapidated: ['repair', 'new_build'],
};

export function namesGroup(criteria: Pick<CampaignCriteria, 'beneficiaries'>, category: BeneficiaryCategory): boolean {
  return beneficiaryCategoriesOf(criteria).has(category);
}

/** The plan's own words that name a group, for citing next to a reason. */
export function citationForGroup(
  criteria: Pick<CampaignCriteria, 'beneficiaries'>,
  category?: BeneficiaryCategory,
): Citation {
  const ground = criteria.beneficiaries.find((g) => category && g.categories.includes(category));
  return (ground ?? criteria.beneficiaries[0]!).citation;
}

export function allowsSupportType(criteria: Pick<CampaignCriteria, 'supportTypes'>, type: SupportType): boolean {
  return criteria.supportTypes.types.includes(type);
}

/** The help a house in this condition may get under the campaign. */
export function helpForCondition(
  criteria: Pick<CampaignCriteria, 'supportTypes'>,
  condition: Exclude<HouseCondition, 'solid'>,
): SupportType[] {
  return helpFor[condition].filter((type) => allowsSupportType(criteria, type));
}

/** The support level the campaign publishes for a group and a kind of help, if any. */
export function supportLevel(
  criteria: CampaignCriteria,
  category: BeneficiaryCategory,
  type: SupportType,
): SupportAmount | undefined {
  return criteria.supportAmounts.find((row) => row.supportType === type && row.categories.includes(category));
}

export type PeriodStatus = 'before' | 'during' | 'after';
export type CampaignPeriod = CampaignCriteria['period'];

/** Where a day (YYYY-MM-DD) falls against the campaign's period. */
export function periodStatus(criteria: Pick<CampaignCriteria, 'period'>, day: string): PeriodStatus {
  if (day < criteria.period.start) return 'before';
  return day > criteria.period.end ? 'after' : 'during';
}

/** The plan's words on when it runs. */
export function citationForPeriod(criteria: Pick<CampaignCriteria, 'periodWords'>): Citation {
  return criteria.periodWords.citation;
}

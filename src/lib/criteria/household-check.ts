import type { BeneficiaryCategory, SupportType } from '../households/vocabulary.ts';
import { allowsSupportType, namesGroup, periodStatus, supportLevel, type CampaignCriteria } from './rules.ts';

/** What the checks need of a household record: its campaign's terms, never a person's details. */
export interface HouseholdRecordFacts {
  category: BeneficiaryCategory;
  supportType: SupportType;
  /** Whole đồng. */
  supportAmount: bigint;
  /** Whether the recorded commune lies in the campaign's area; null for a nationwide campaign. */
  inCampaignArea: boolean | null;
  /** The day the household was approved for support, if it was. */
  approvedOn: string | null;
}

/** A way a record does not fit its campaign's published criteria. Amounts are whole đồng as digits. */
export type HouseholdFinding =
  | { rule: 'beneficiary-group'; category: BeneficiaryCategory }
  | { rule: 'support-type'; supportType: SupportType }
  | { rule: 'support-amount'; expected: string | null; recorded: string }
  | { rule: 'campaign-area' }
  | { rule: 'campaign-period'; approvedOn: string; start: string; end: string };

/** Checks a household record against the same rules the public self-check uses. */
export function checkHouseholdRecord(criteria: CampaignCriteria, record: HouseholdRecordFacts): HouseholdFinding[] {
  const findings: HouseholdFinding[] = [];
  if (!namesGroup(criteria, record.category)) findings.push({ rule: 'beneficiary-group', category: record.category });
  if (!allowsSupportType(criteria, record.supportType))
    findings.push({ rule: 'support-type', supportType: record.supportType });
  // Only a group and kind the plan supports has a level to compare with; the findings above say the rest.
  if (namesGroup(criteria, record.category) && allowsSupportType(criteria, record.supportType)) {
    const level = supportLevel(criteria, record.category, record.supportType);
    if (level?.amount !== record.supportAmount)
      findings.push({
        rule: 'support-amount',
        expected: level ? String(level.amount) : null,
        recorded: String(record.supportAmount),
      });
  }
  if (record.inCampaignArea === false) findings.push({ rule: 'campaign-area' });
  if (record.approvedOn && periodStatus(criteria, record.approvedOn) !== 'during')
    findings.push({
      rule: 'campaign-period',
      approvedOn: record.approvedOn,
      start: criteria.period.start,
      end: criteria.period.end,
    });
  return findings;
}

import type { BeneficiaryCategory, SupportType } from '../households/vocabulary.ts';
import { allowsSupportType, namesGroup, periodStatus, type CampaignCriteria } from './rules.ts';

/** What the checks need of a household record: its campaign's terms, never a person's details. */
export interface HouseholdRecordFacts {
  category: BeneficiaryCategory;
  supportType: SupportType;
  /** Whether the recorded commune lies in the campaign's area; null for a nationwide campaign. */
  inCampaignArea: boolean | null;
  /** The day the household was approved for support, if it was. */
  approvedOn: string | null;
}

/**
 * A way a record does not fit its campaign's published criteria. No plan sets an amount per
 * home, so a record's amount is never held against one.
 */
export type HouseholdFinding =
  | { rule: 'beneficiary-group'; category: BeneficiaryCategory }
  | { rule: 'support-type'; supportType: SupportType }
  | { rule: 'campaign-area' }
  | { rule: 'campaign-period'; approvedOn: string; start: string; end: string };

/** Checks a household record against the same rules the public self-check uses. */
export function checkHouseholdRecord(criteria: CampaignCriteria, record: HouseholdRecordFacts): HouseholdFinding[] {
  const findings: HouseholdFinding[] = [];
  if (!namesGroup(criteria, record.category)) findings.push({ rule: 'beneficiary-group', category: record.category });
  if (!allowsSupportType(criteria, record.supportType))
    findings.push({ rule: 'support-type', supportType: record.supportType });
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

import type { BeneficiaryCategory } from '../households/vocabulary.ts';
import type { CampaignTerms } from './campaign-definition.ts';

/** Every category the plan names as a beneficiary group. */
export function beneficiaryCategoriesOf(campaign: Pick<CampaignTerms, 'beneficiaries'>): Set<BeneficiaryCategory> {
  return new Set(campaign.beneficiaries.flatMap((ground) => ground.categories));
}

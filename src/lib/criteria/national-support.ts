import type { BeneficiaryCategory, SupportType } from '../households/vocabulary.ts';

/**
 * What the national programmes give a house, as ../shared/official/support-levels.csv publishes
 * it (amount, legal basis, date, source): the self-check's answer for a household outside the
 * local plans, which set no amounts of their own. Free of zod and of the file: it goes to the
 * browser with the self-check (the file is read by support-levels-file.ts).
 */

/** The support programmes official reports count homes under. */
export const supportProgrammes = [
  'meritorious', // housing support for people with meritorious service and martyrs' relatives
  'target_programmes', // the national target programmes (poverty reduction; ethnic-minority and mountainous areas)
  'campaign', // the temporary-housing elimination movement, for other poor and near-poor households
] as const;
export type SupportProgramme = (typeof supportProgrammes)[number];

/** One row of the published support levels; the amount in whole đồng as digits (it travels as JSON). */
export interface SupportLevel {
  programme: SupportProgramme;
  supportType: SupportType;
  amount: string;
  legalBasis: string;
  /** YYYY-MM-DD, or null where the source gives none. */
  basisDate: string | null;
  period: string;
  source: string;
  note: string | null;
}

/**
 * The programmes a household's groups fall under, as the support-level file describes them:
 * meritorious families and martyrs' relatives under the meritorious programme; poor and near-poor
 * households under the target programmes or, when not covered by another, the campaign. Other
 * groups (disaster, other hardship) are named by no national level.
 */
export function programmesFor(groups: readonly BeneficiaryCategory[]): SupportProgramme[] {
  const programmes = new Set<SupportProgramme>();
  for (const group of groups) {
    if (group === 'meritorious_family' || group === 'martyr_relative') programmes.add('meritorious');
    if (group === 'poor' || group === 'near_poor') {
      programmes.add('target_programmes');
      programmes.add('campaign');
    }
  }
  return supportProgrammes.filter((p) => programmes.has(p));
}

/** The levels that apply to these groups for the help their house may get, in the programmes' order. */
export function nationalOffers(
  levels: readonly SupportLevel[],
  groups: readonly BeneficiaryCategory[],
  help: readonly SupportType[],
): SupportLevel[] {
  const programmes = programmesFor(groups);
  return programmes.flatMap((programme) =>
    help.flatMap((type) => levels.filter((l) => l.programme === programme && l.supportType === type)),
  );
}

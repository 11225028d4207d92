import type { SupportProgramme } from '../households/vocabulary.ts';

/** A published figure is a count (`reported`) or a plan to reach (`target`). */
export const officialReportKinds = ['reported', 'target'] as const;
export type OfficialReportKind = (typeof officialReportKinds)[number];

/** Programmes as ../shared/official names them. */
export const supportLevelProgrammes = ['meritorious', 'target_programmes', 'campaign'] as const;
export type SupportLevelProgramme = (typeof supportLevelProgrammes)[number];

/** The portal's programme each official programme name stands for. */
export const portalProgrammeOf: Record<SupportLevelProgramme, SupportProgramme> = {
  meritorious: 'meritorious_housing',
  target_programmes: 'national_target_programmes',
  campaign: 'temporary_housing_elimination',
};

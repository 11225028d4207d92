import type { Database, Queryable } from '../../../db/client.ts';
import { listCampaigns, listCampaignsWithTerms, type CampaignWithTerms } from '../campaigns/store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Grant } from '../officials/roles.ts';
import { achievementPdf, achievementSpreadsheet, type AchievementWords } from './achievement-report.ts';
import { mayReadRecognition } from './recognition-access.ts';
import { recognitionLevelReached } from './recognition.ts';
import { referencePrices } from './reference-prices.ts';
import { operatorThresholds, thresholdsOf, type ThresholdSettings, type Thresholds } from './threshold-settings.ts';
import type { CampaignTerms, RecognitionLevel } from '../campaigns/campaign-definition.ts';
import { fundKey } from '../ledger/accounts.ts';
import { fundNames } from '../ledger/money-flow-store.ts';
import type { LedgerArea } from '../ledger/public-ledger-store.ts';
import {
  donorWall,
  donorsForRecognition,
  provincesOfCampaign,
  receiptsOfDonor,
  type DonorRecord,
  type GiftScope,
} from './store.ts';

/** The plan's provisions on the commendation dossier that the achievement report lists, with its deadline. */
function dossierOf(terms: CampaignTerms): CampaignTerms['provisions'] {
  const topics: readonly string[] = ['dossier', 'submission', 'appraisal'];
  const parts = terms.provisions.filter((p) => topics.includes(p.topic));
  if (parts.length === 0) return [];
  const deadlines = terms.milestones
    .filter((m) => m.kind === 'dossier')
    .map((m) => ({
      topic: 'submission' as const,
      what: { vi: `${m.what.vi} ${m.when.vi}.`, en: `${m.what.en} ${m.when.en}.` },
      citation: m.citation,
    }));
  return [...parts, ...deadlines];
}

/** Why an official does not get a campaign's recognition list or a donor's report. */
export type RecognitionProblem = 'notFound' | 'notAllowed';

/** A campaign's recognition list, for an official who may read it (mayReadRecognition). */
export interface RecognitionView {
  /** Every campaign, to choose another. */
  campaigns: CampaignWithTerms[];
  campaign: CampaignWithTerms;
  donors: Result<DonorRecord[], 'notAllowed'>;
  /** The operator's thresholds for the campaign, by level (none where not set), and who set them. */
  thresholds: Partial<Record<RecognitionLevel, Thresholds>>;
  thresholdsSetBy: ThresholdSettings['setBy'];
}

async function mayRead(db: Queryable, campaign: CampaignWithTerms, grants: readonly Grant[]) {
  const national = campaign.areaCode === null;
  const provinces = national ? [] : await provincesOfCampaign(db, campaign.id);
  return mayReadRecognition(grants, { national, provinces });
}

/** The recognition page: the chosen campaign (the first when none or an unknown one is chosen) and its donors. */
export async function recognitionView(
  db: Queryable,
  campaignId: string | undefined,
  grants: readonly Grant[],
  settings: ThresholdSettings = operatorThresholds(),
): Promise<RecognitionView> {
  const campaigns = await listCampaignsWithTerms(db);
  const campaign = campaigns.find((c) => c.id === campaignId) ?? campaigns[0]!;
  const allowed = await mayRead(db, campaign, grants);
  return {
    campaigns,
    campaign,
    donors: allowed ? ok(await donorsForRecognition(db, campaign.id)) : refused('notAllowed'),
    thresholds: thresholdsOf(settings, campaign.id),
    thresholdsSetBy: settings.setBy,
  };
}

export interface AchievementReportFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * A donor's achievement report for a campaign's commendation dossier, as PDF or spreadsheet, for
 * an official who may read the campaign's recognition list.
 */
export async function achievementReportFile(
  db: Queryable,
  request: { campaignId: string; donorKey: string; format: 'pdf' | 'xlsx'; locale: Locale; words: AchievementWords },
  grants: readonly Grant[],
  settings: ThresholdSettings = operatorThresholds(),
): Promise<Result<AchievementReportFile, RecognitionProblem>> {
  const campaign = (await listCampaignsWithTerms(db)).find((c) => c.id === request.campaignId);
  if (!campaign) return refused('notFound');
  if (!(await mayRead(db, campaign, grants))) return refused('notAllowed');
  const donor = (await donorsForRecognition(db, campaign.id)).find((d) => d.key === request.donorKey);
  if (!donor) return refused('notFound');
  const { locale, format, words: t } = request;
  const report = {
    donor,
    campaign: {
      name: locale === 'en' ? campaign.nameEn : campaign.nameVi,
      documentNumber: campaign.documentNumber,
      issuer: locale === 'en' ? campaign.issuerEn : campaign.issuerVi,
    },
    totals: donor,
    reached: recognitionLevelReached(
      donor,
      donor.type,
      campaign.terms?.recognition ?? [],
      thresholdsOf(settings, campaign.id),
    ),
    thresholdsSetBy: settings.setBy ? settings.setBy[locale] : null,
    dossier: campaign.terms ? dossierOf(campaign.terms) : [],
    receipts: await receiptsOfDonor(db, campaign.id, donor.key),
    demo: referencePrices.demo,
    preparedAt: new Date(),
  };
  return ok({
    fileName: `thanh-tich-${campaign.id}.${format}`,
    contentType:
      format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: format === 'pdf' ? await achievementPdf(report, t, locale) : await achievementSpreadsheet(report, t, locale),
  });
}

/** The public donor wall of a place or campaign. */
export interface DonorWallView {
  /** Each donor's verified totals by the name they chose, the largest first; `key` null for the anonymous together. */
  wall: Awaited<ReturnType<typeof donorWall>>;
  /** The place's or campaign's name; null for the whole country. */
  name: { vi: string; en: string } | null;
}

/**
 * The donor wall of the country, a province, a commune (gifts to it and its homes) or a campaign;
 * refused for a campaign that does not exist.
 */
export async function donorWallView(db: Database, area: LedgerArea): Promise<Result<DonorWallView, 'notFound'>> {
  let scope: GiftScope = { area };
  if (area !== 'country' && area.kind === 'campaign') {
    const campaign = (await listCampaigns(db)).find((c) => c.id === area.code);
    if (!campaign) return refused('notFound');
    scope = { campaignId: campaign.id };
  }
  const [wall, names] = await Promise.all([donorWall(db, scope), fundNames(db, area === 'country' ? [] : [area])]);
  return ok({ wall, name: area === 'country' ? null : (names.get(fundKey(area)) ?? null) });
}

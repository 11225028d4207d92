import type { CampaignDefinition } from '../campaigns/campaign-definition.ts';
import { namesGroup, supportLevel } from '../criteria/rules.ts';
import { supportLevelFor, type SupportLevel } from '../official/support-levels.ts';
import type { AdminUnitRecord, UnitSuccessionRecord } from '../units/reference-data.ts';
import { type Era, currentEra } from '../units/vocabulary.ts';
import {
  householdStages,
  type BeneficiaryCategory,
  type HouseholdStage,
  type SupportProgramme,
  type SupportType,
} from './vocabulary.ts';

/**
 * Generates demonstration households for the seeded campaigns: realistic in shape (real
 * communes, the plans' categories, a stage history with dates) but invented, and always marked
 * as demo. Deterministic, so that seeding twice gives the same rows.
 */

export interface DemoHousehold {
  publicCode: string;
  campaignId: string;
  recordedEra: Era;
  recordedCommuneCode: string;
  communeCode: string;
  village: string;
  category: BeneficiaryCategory;
  supportProgramme: SupportProgramme;
  supportType: SupportType;
  displayName: string;
  supportAmount: bigint;
  /** Every stage reached, oldest first; the last one is the household's current stage. */
  stages: { stage: HouseholdStage; occurredOn: string }[];
  withdrawnReason: string | null;
}

/**
 * One demo record in this many carries a support amount 5,000,000 đồng off the level that applies,
 * as a typing slip would. The public list shows each amount as recorded and says where it differs
 * from the national level plus the local top-ups entered (src/lib/official/level-check.ts), so the
 * slip is shown as what it is.
 */
export const slipEvery = 40;
export const slipAmount = 5_000_000n;

const familyInitials = ['N', 'T', 'L', 'P', 'H', 'V', 'Đ', 'B', 'D', 'H', 'N', 'N'];
const middleInitials = ['V', 'T', 'Đ', 'H', 'Q', 'M', 'N'];
const givenInitials = ['A', 'B', 'C', 'D', 'H', 'K', 'L', 'M', 'N', 'P', 'S', 'T', 'V', 'X'];
const categoryWeights: [BeneficiaryCategory, number][] = [
  ['poor', 40],
  ['near_poor', 25],
  ['disaster_affected', 10],
  ['meritorious_family', 10],
  ['martyr_relative', 5],
  ['other_hardship', 10],
];

interface GenerateOptions {
  campaigns: CampaignDefinition[];
  units: AdminUnitRecord[];
  successions: UnitSuccessionRecord[];
  /**
   * The national support levels as ../shared/official/support-levels.csv states them: a household
   * whose programme has one gets it; otherwise the campaign's own (demo) amount.
   */
  supportLevels: readonly SupportLevel[];
}

export function generateDemoHouseholds({
  campaigns,
  units,
  successions,
  supportLevels,
}: GenerateOptions): DemoHousehold[] {
  const successorsOf = new Map<string, string[]>();
  for (const row of successions) {
    if (row.oldLevel !== 'commune' || !row.oldCode) continue;
    successorsOf.set(row.oldCode, [...(successorsOf.get(row.oldCode) ?? []), row.newCommuneCode]);
  }
  const communesOf = (era: Era) => units.filter((u) => u.era === era && u.level === 'commune');
  const households: DemoHousehold[] = [];
  let written = 0;

  for (const campaign of campaigns) {
    const random = seededRandom(campaign.id);
    const area = campaign.area;
    const communes = area
      ? communesOf(area.era).filter((u) => u.provinceCode === area.code || u.parentCode === area.code)
      : sampleNationwide(communesOf(currentEra), random);
    const chosen =
      communes.length > 60 ? communes.filter((_, i) => i % Math.ceil(communes.length / 60) === 0) : communes;

    for (const commune of chosen) {
      const successors = commune.era === currentEra ? [commune.code] : (successorsOf.get(commune.code) ?? []);
      if (successors.length === 0) continue;
      const count = 3 + Math.floor(random() * 8);
      for (let n = 1; n <= count; n++) {
        const category = weighted(
          categoryWeights.filter(([c]) => namesGroup(campaign, c)),
          random,
        );
        const supportType: SupportType = random() < 0.7 ? 'new_build' : 'repair';
        const slip = ++written % slipEvery === 0;
        // Drawn in this order so that the demo's other fields stay as they were.
        const stages = stageHistory(campaign, random);
        const withdrawn = stages.at(-1)?.stage === 'withdrawn';
        // A split commune's household is placed by its own address; here, one of the successors.
        const communeCode = successors[Math.floor(random() * successors.length)]!;
        const village = `${commune.type === 'ward' ? 'Tổ dân phố' : 'Thôn'} ${1 + Math.floor(random() * 12)}`;
        const supportProgramme = programmeFor(category, random);
        const level =
          supportLevelFor(supportLevels, supportProgramme, supportType)?.amount ??
          supportLevel(campaign, category, supportType)?.amount ??
          0n;
        households.push({
          publicCode: `${campaign.householdCodePrefix}-${commune.code}-${String(n).padStart(3, '0')}`,
          campaignId: campaign.id,
          recordedEra: commune.era,
          recordedCommuneCode: commune.code,
          communeCode,
          village,
          category,
          supportProgramme,
          supportType,
          displayName: `${pick(familyInitials, random)}.${pick(middleInitials, random)}.${pick(givenInitials, random)}.`,
          supportAmount: slip ? level + slipAmount : level,
          stages,
          withdrawnReason: withdrawn ? 'Hộ đã tự cải thiện nhà ở (dữ liệu minh họa)' : null,
        });
      }
    }
  }
  return households;
}

function sampleNationwide(communes: AdminUnitRecord[], random: () => number): AdminUnitRecord[] {
  const byProvince = new Map<string, AdminUnitRecord[]>();
  for (const c of communes) byProvince.set(c.provinceCode, [...(byProvince.get(c.provinceCode) ?? []), c]);
  return [...byProvince.values()].flatMap((list) => list.filter(() => random() < 5 / list.length));
}

/** A plausible history within the campaign's period: most homes finished, some still under way. */
function stageHistory(campaign: CampaignDefinition, random: () => number): DemoHousehold['stages'] {
  const start = Date.parse(campaign.period.start);
  const end = Date.parse(campaign.period.end);
  const span = end - start;
  const roll = random();
  const lastIndex = roll < 0.02 ? -1 : roll < 0.08 ? 1 : roll < 0.18 ? 2 : roll < 0.45 ? 3 : roll < 0.75 ? 4 : 5;
  const stages: DemoHousehold['stages'] = [];
  let at = start + random() * span * 0.15;
  const ordered = householdStages.filter((s) => s !== 'withdrawn');
  for (let i = 0; i <= Math.max(lastIndex, 0); i++) {
    stages.push({ stage: ordered[i]!, occurredOn: isoDate(Math.min(at, end)) });
    at += span * (0.03 + random() * 0.12);
  }
  if (lastIndex === -1) stages.push({ stage: 'withdrawn', occurredOn: isoDate(Math.min(at, end)) });
  return stages;
}

function programmeFor(category: BeneficiaryCategory, random: () => number): SupportProgramme {
  if (category === 'meritorious_family' || category === 'martyr_relative') return 'meritorious_housing';
  if ((category === 'poor' || category === 'near_poor') && random() < 0.4) return 'national_target_programmes';
  return 'temporary_housing_elimination';
}

function weighted<T>(choices: [T, number][], random: () => number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [choice, weight] of choices) {
    roll -= weight;
    if (roll < 0) return choice;
  }
  return choices[0]![0];
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** mulberry32, seeded from a string: small, fast and the same on every machine. */
function seededRandom(seed: string): () => number {
  let state = [...seed].reduce((hash, ch) => Math.imul(hash ^ ch.charCodeAt(0), 16_777_619), 2_166_136_261) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

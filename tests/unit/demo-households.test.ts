import { describe, expect, it } from 'vitest';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { generateDemoHouseholds, slipAmount, slipEvery } from '../../src/lib/households/demo-households.ts';
import { compareWithLevel } from '../../src/lib/official/level-check.ts';
import { readOfficialFiles } from '../../src/lib/official/official-files.ts';
import { readReferenceData } from '../../src/lib/units/reference-data.ts';

const environment = readEnvironment({});
const reference = readReferenceData(environment.SHARED_DATA_DIR);
const { supportLevels } = readOfficialFiles(environment.SHARED_OFFICIAL_DIR);
const campaigns = readCampaignDefinitions();
const demo = generateDemoHouseholds({ campaigns, ...reference, supportLevels });
// Every test below looks at each household: there must be some for it to mean anything.
const someHouseholds = () => expect(demo.length).toBeGreaterThan(100);

describe('demo households', () => {
  it('are the same every time, so seeding twice changes nothing', () => {
    expect(generateDemoHouseholds({ campaigns, ...reference, supportLevels })).toEqual(demo);
  });

  it('carry the national support level of their programme, as the official file states it, but for the slips', () => {
    someHouseholds();
    const comparisons = demo.map((household) => compareWithLevel(supportLevels, household));
    // Every programme of the demo has a published level: none falls back to a campaign's demo amount.
    expect(comparisons.filter((c) => c.kind === 'noLevel')).toEqual([]);
    comparisons.forEach((comparison, index) => {
      const slip = (index + 1) % slipEvery === 0;
      expect(comparison).toMatchObject(slip ? { kind: 'differs', difference: slipAmount } : { kind: 'matches' });
    });
    // The level follows the file: another file, other amounts.
    const doubled = supportLevels.map((level) => ({ ...level, amount: level.amount * 2n }));
    const again = generateDemoHouseholds({ campaigns, ...reference, supportLevels: doubled });
    again.forEach((household, index) => {
      const slip = (index + 1) % slipEvery === 0;
      expect(household.supportAmount).toBe(demo[index]!.supportAmount * 2n - (slip ? slipAmount : 0n));
    });
  });

  it('fall back to the campaign’s demo amount where no national level is published for the programme', () => {
    const none = generateDemoHouseholds({ campaigns, ...reference, supportLevels: [] });
    const campaign = campaigns.find((c) => c.id === none[0]!.campaignId)!;
    const row = campaign.supportAmounts.find(
      (r) => r.supportType === none[0]!.supportType && r.categories.includes(none[0]!.category),
    );
    expect(none[0]!.supportAmount).toBe(row!.amount);
    expect(row!.demo).toBe(true);
  });

  it('cover every campaign with unique public codes', () => {
    expect(new Set(demo.map((h) => h.campaignId))).toEqual(new Set(campaigns.map((c) => c.id)));
    expect(new Set(demo.map((h) => h.publicCode)).size).toBe(demo.length);
  });

  it('lie inside their campaign’s area, in the era the plan was made', () => {
    someHouseholds();
    const unit = new Map(reference.units.map((u) => [`${u.era}:${u.code}`, u]));
    for (const household of demo) {
      const campaign = campaigns.find((c) => c.id === household.campaignId)!;
      const commune = unit.get(`${household.recordedEra}:${household.recordedCommuneCode}`);
      expect(commune?.level).toBe('commune');
      if (campaign.area) {
        expect(household.recordedEra).toBe(campaign.area.era);
        expect([commune?.provinceCode, commune?.parentCode]).toContain(campaign.area.code);
      }
    }
  });

  it('give initials only, never a full name', () => {
    someHouseholds();
    expect(demo.every((h) => /^(\p{Lu}\.){3}$/u.test(h.displayName))).toBe(true);
  });

  it('have stage histories in order, within the campaign’s period', () => {
    someHouseholds();
    for (const household of demo) {
      const campaign = campaigns.find((c) => c.id === household.campaignId)!;
      const dates = household.stages.map((s) => s.occurredOn);
      expect([...dates].sort()).toEqual(dates);
      expect(dates[0]! >= campaign.period.start && dates.at(-1)! <= campaign.period.end).toBe(true);
      expect(household.withdrawnReason !== null).toBe(household.stages.at(-1)?.stage === 'withdrawn');
    }
  });
});

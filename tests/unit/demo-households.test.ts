import { describe, expect, it } from 'vitest';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { generateDemoHouseholds } from '../../src/lib/households/demo-households.ts';
import { readReferenceData } from '../../src/lib/units/reference-data.ts';

const reference = readReferenceData(readEnvironment({}).SHARED_DATA_DIR);
const campaigns = readCampaignDefinitions();
const demo = generateDemoHouseholds({ campaigns, ...reference });
// Every test below looks at each household: there must be some for it to mean anything.
const someHouseholds = () => expect(demo.length).toBeGreaterThan(100);

describe('demo households', () => {
  it('are the same every time, so seeding twice changes nothing', () => {
    expect(generateDemoHouseholds({ campaigns, ...reference })).toEqual(demo);
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

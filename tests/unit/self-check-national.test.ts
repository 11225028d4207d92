import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';
import { assessSelfCheck, readSelfCheckAnswers, selfCheckCriteria } from '../../src/lib/criteria/self-check.ts';
import { readSupportLevels, supportLevelsFile } from '../../src/lib/criteria/support-levels-file.ts';

const campaigns = readCampaignDefinitions();
const ids = campaigns.map((c) => c.id);
const levelsFile = supportLevelsFile('../shared/plans');
const levels = readSupportLevels(levelsFile);
const national = campaigns.find((c) => c.area === null)!;
function assess(groups: string[], house: string) {
  const read = readSelfCheckAnswers(ids, { locality: national.id, groups, house });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return assessSelfCheck(selfCheckCriteria(national, levels), read.value, '2026-11-24');
}

describe('the self-check elsewhere in the country', () => {
  it('answers a poor household in a temporary house with the national new-build levels and their basis, from the file', () => {
    const result = assess(['poor'], 'temporary');
    const csv = readFileSync(levelsFile, 'utf8');
    expect(result.offers!.map((o) => `${o.programme} ${o.supportType} ${o.amount}`)).toEqual([
      'target_programmes new_build 40000000',
      'campaign new_build 60000000',
    ]);
    for (const offer of result.offers!) {
      expect(csv).toContain(offer.legalBasis);
      expect(csv).toContain(offer.source);
    }
    expect(result.offers![1]).toMatchObject({ basisDate: '2024-11-10' });
  });

  it('gives a meritorious family in a dilapidated house the meritorious programme’s repair and new-build levels', () => {
    const result = assess(['meritorious_family'], 'dilapidated');
    expect(result.offers!.map((o) => `${o.programme} ${o.supportType} ${o.amount} ${o.legalBasis}`)).toEqual([
      'meritorious repair 30000000 Quyết định 21/2024/QĐ-TTg',
      'meritorious new_build 60000000 Quyết định 21/2024/QĐ-TTg',
    ]);
  });

  it('says no national level names a group the file does not, and offers nothing for a solid house', () => {
    expect(assess(['disaster_affected'], 'temporary').offers).toEqual([]);
    expect(assess(['poor'], 'solid').offers).toBeUndefined();
  });

  it('offers nothing from the national file under a local plan', () => {
    const local = campaigns.find((c) => c.id === 'bac-kan-2025')!;
    const read = readSelfCheckAnswers(ids, { locality: local.id, groups: ['poor'], house: 'temporary' });
    expect(read.ok && assessSelfCheck(selfCheckCriteria(local), read.value, '2025-06-01').offers).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { campaignDefinitionSchema } from '../../src/lib/campaigns/campaign-definition.ts';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';

describe('campaign definitions in content/campaigns', () => {
  const campaigns = readCampaignDefinitions();

  it('hold the national campaign and the five local plans', () => {
    expect(campaigns.map((c) => c.id)).toEqual([
      'bac-giang-2024',
      'bac-kan-2025',
      'duc-tho-2025',
      'muong-lay-2025',
      'national-2025',
      'van-quan-2025',
    ]);
  });

  it('quote the Prime Minister’s Decision 539/QĐ-TTg of 19/6/2024 for the national campaign', () => {
    const national = campaigns.find((c) => c.id === 'national-2025');
    expect(national).toMatchObject({ documentNumber: '539/QĐ-TTg', documentDate: '2024-06-19', area: null });
  });

  it('leave a number blank where the published plan leaves it blank', () => {
    expect(campaigns.find((c) => c.id === 'duc-tho-2025')?.documentNumber).toBeNull();
  });

  it('mark their support amounts as demo until an official enters them with a source', () => {
    expect(campaigns.every((c) => c.amountsAreDemo)).toBe(true);
  });

  it('reject a period that ends before it starts, saying which field is wrong', () => {
    const broken = { ...campaigns[0], period: { start: '2025-12-31', end: '2025-01-01' } };
    const result = campaignDefinitionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['period'],
      message: 'period.start must not be after period.end',
    });
  });
});

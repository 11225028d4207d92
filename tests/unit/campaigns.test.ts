import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  beneficiaryCategoriesOf,
  campaignDefinitionSchema,
  hasDemoFigures,
} from '../../src/lib/campaigns/campaign-definition.ts';
import {
  citationsOf,
  plainText,
  readCampaignDefinitions,
  readPlanTexts,
} from '../../src/lib/campaigns/read-campaigns.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';

/** Bắc Giang's definition as written in its JSON file, before the schema reads it. */
function rawCampaign() {
  return JSON.parse(readFileSync('content/campaigns/bac-giang-2024.json', 'utf8')) as {
    supportAmounts: Record<string, unknown>[];
  };
}

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
    expect(campaigns.every((c) => hasDemoFigures(c))).toBe(true);
    const amounts = campaigns.flatMap((c) => c.supportAmounts);
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((row) => row.demo && row.source === null)).toBe(true);
  });

  it('quote every fact in the plan’s own words, as published', () => {
    const texts = readPlanTexts(campaigns, readEnvironment({}).SHARED_PLANS_DIR);
    const citations = campaigns.flatMap(citationsOf);
    expect(citations.length).toBeGreaterThan(40);
    for (const citation of citations) expect(plainText(texts.get(citation.file)!)).toContain(plainText(citation.quote));
  });

  it('refuse a quote that is not in the plan, naming the campaign', () => {
    const [first] = campaigns;
    const altered = {
      ...first!,
      supportTypes: {
        ...first!.supportTypes,
        citation: { ...first!.supportTypes.citation, quote: 'nhà ở được cấp miễn phí cho mọi người' },
      },
    };
    expect(() => readPlanTexts([altered], readEnvironment({}).SHARED_PLANS_DIR)).toThrow(
      /bac-giang-2024.json: the quote “nhà ở được cấp miễn phí/,
    );
  });

  it('name the groups each plan supports, as its text does', () => {
    const groups = Object.fromEntries(campaigns.map((c) => [c.id, [...beneficiaryCategoriesOf(c)].sort()]));
    // Bắc Giang's 2024 plan predates the national goal's mention of disaster-affected people.
    expect(groups['bac-giang-2024']).toEqual(['meritorious_family', 'near_poor', 'poor']);
    expect(groups['bac-kan-2025']).toEqual(['disaster_affected', 'meritorious_family', 'near_poor', 'poor']);
    // Mường Lay also names martyrs' relatives (thân nhân liệt sĩ).
    expect(groups['muong-lay-2025']).toContain('martyr_relative');
    expect(campaigns.every((c) => c.supportTypes.types.join() === 'new_build,repair')).toBe(true);
  });

  it('word the milestones as the plans do: “trước” kept, “quý IV” not turned into a month, “from its issue” not into a date', () => {
    const when = (id: string, kind: string) =>
      campaigns
        .find((c) => c.id === id)!
        .milestones.filter((m) => m.kind === kind)
        .map((m) => m.when.vi);
    expect(when('bac-kan-2025', 'dossier')).toEqual(['trước ngày 01/11/2025']);
    expect(when('muong-lay-2025', 'report')).toEqual(['trước 05/11/2024', 'trước 10/12/2024']);
    expect(when('muong-lay-2025', 'summing_up')).toEqual(['vào quý IV năm 2025']);
    expect(when('duc-tho-2025', 'report')).toEqual([
      'trước ngày 30/12/2024',
      'khi tổng kết phong trào (cuối năm 2025)',
    ]);
    expect(when('van-quan-2025', 'start')).toEqual(['từ khi ban hành Kế hoạch']);
    expect(when('bac-giang-2024', 'start')).toEqual([]);
  });

  it('reject impossible amounts: zero, negative, fractional or beyond a billion đồng per home', () => {
    for (const amount of ['0', '-5', '60000000.5', '1000000001', 'sixty million']) {
      const broken = { ...rawCampaign(), supportAmounts: [{ ...rawCampaign().supportAmounts[0], amount }] };
      expect(campaignDefinitionSchema.safeParse(broken).success, amount).toBe(false);
    }
  });

  it('reject an amount for a group the plan does not name, or two amounts for the same help', () => {
    const raw = rawCampaign();
    const foreign = { ...raw, supportAmounts: [{ ...raw.supportAmounts[0], categories: ['disaster_affected'] }] };
    expect(campaignDefinitionSchema.safeParse(foreign).error?.issues[0]?.message).toBe(
      "disaster_affected is not one of the campaign's beneficiary categories",
    );
    const twice = { ...raw, supportAmounts: [raw.supportAmounts[0], raw.supportAmounts[0]] };
    expect(campaignDefinitionSchema.safeParse(twice).error?.issues[0]?.message).toBe('two amounts for poor/new_build');
  });

  it('require a source for an amount that is not demo', () => {
    const raw = rawCampaign();
    const unsourced = { ...raw, supportAmounts: [{ ...raw.supportAmounts[0], demo: false, source: null }] };
    expect(campaignDefinitionSchema.safeParse(unsourced).error?.issues[0]?.message).toBe(
      'an amount that is not demo needs its source document',
    );
  });

  it('reject a period that ends before it starts, saying which field is wrong', () => {
    const broken = { ...rawCampaign(), period: { start: '2025-12-31', end: '2025-01-01' } };
    const result = campaignDefinitionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['period'],
      message: 'period.start must not be after period.end',
    });
  });
});

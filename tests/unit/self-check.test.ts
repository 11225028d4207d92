import { describe, expect, it } from 'vitest';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';
import { formFields } from '../../src/lib/forms/read-form.ts';
import {
  assessSelfCheck,
  readSelfCheckAnswers,
  selfCheckFormOf,
  type SelfCheckAnswers,
  type SelfCheckReason,
} from '../../src/lib/criteria/self-check.ts';

const campaigns = readCampaignDefinitions();
const ids = campaigns.map((c) => c.id);
const campaign = (id: string) => campaigns.find((c) => c.id === id)!;
const during = '2025-06-01';
const after = '2026-11-24';

function answers(form: { locality: string; groups: string[]; house: string }): SelfCheckAnswers {
  const read = readSelfCheckAnswers(ids, form);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}
const reason = (reasons: SelfCheckReason[], rule: SelfCheckReason['rule']) => reasons.find((r) => r.rule === rule)!;

describe('the eligibility self-check', () => {
  it('finds a poor household in a temporary house likely eligible for a new build while Bắc Kạn’s campaign runs', () => {
    const result = assessSelfCheck(
      campaign('bac-kan-2025'),
      answers({ locality: 'bac-kan-2025', groups: ['poor'], house: 'temporary' }),
      during,
    );
    expect(result.verdict).toBe('likely_eligible');
    expect(reason(result.reasons, 'beneficiary-group')).toMatchObject({ outcome: 'met', groups: ['poor'] });
    expect(reason(result.reasons, 'house-condition')).toMatchObject({ outcome: 'met', help: ['new_build'] });
    // Each reason cites the plan's words it comes from.
    expect(reason(result.reasons, 'beneficiary-group').citation?.quote).toContain('hộ nghèo, hộ cận nghèo');
  });

  it('offers repair or a new build for a dilapidated house', () => {
    const result = assessSelfCheck(
      campaign('duc-tho-2025'),
      answers({ locality: 'duc-tho-2025', groups: ['meritorious_family'], house: 'dilapidated' }),
      during,
    );
    expect(reason(result.reasons, 'house-condition')).toMatchObject({ outcome: 'met', help: ['repair', 'new_build'] });
  });

  it('treats each group by its plan: disaster-affected people are named from 2025 on, not in Bắc Giang’s 2024 plan', () => {
    const disaster = { groups: ['disaster_affected'], house: 'temporary' };
    expect(
      assessSelfCheck(campaign('van-quan-2025'), answers({ locality: 'van-quan-2025', ...disaster }), during).verdict,
    ).toBe('likely_eligible');
    const inBacGiang = assessSelfCheck(
      campaign('bac-giang-2024'),
      answers({ locality: 'bac-giang-2024', ...disaster }),
      '2024-06-01',
    );
    // Not named is not the same as refused: other programmes may help, so the commune is asked.
    expect(inBacGiang.verdict).toBe('ask_commune');
    expect(reason(inBacGiang.reasons, 'beneficiary-group')).toMatchObject({
      outcome: 'unsure',
      named: ['poor', 'near_poor', 'meritorious_family'],
    });
  });

  it('names Mường Lay’s households in hardship (V.2.d: elderly living alone, disabled with no support), quoting the plan', () => {
    const hardship = { groups: ['other_hardship'], house: 'dilapidated' };
    const result = assessSelfCheck(
      campaign('muong-lay-2025'),
      answers({ locality: 'muong-lay-2025', ...hardship }),
      during,
    );
    expect(result.verdict).toBe('likely_eligible');
    expect(reason(result.reasons, 'beneficiary-group')).toMatchObject({
      outcome: 'met',
      groups: ['other_hardship'],
      citation: { section: 'V.2.d', quote: expect.stringContaining('hộ khó khăn (già cả neo đơn, khuyết tật') },
    });
    const inDucTho = assessSelfCheck(
      campaign('duc-tho-2025'),
      answers({ locality: 'duc-tho-2025', ...hardship }),
      during,
    );
    expect(reason(inDucTho.reasons, 'beneficiary-group')).toMatchObject({ outcome: 'unsure' });
  });

  it('counts martyrs’ relatives where the plan names them (Mường Lay) and asks the commune elsewhere', () => {
    const martyr = { groups: ['martyr_relative'], house: 'temporary' };
    expect(
      assessSelfCheck(campaign('muong-lay-2025'), answers({ locality: 'muong-lay-2025', ...martyr }), during).verdict,
    ).toBe('likely_eligible');
    expect(
      assessSelfCheck(campaign('national-2025'), answers({ locality: 'national-2025', ...martyr }), during).verdict,
    ).toBe('ask_commune');
  });

  it('finds a household in none of the groups not eligible, saying which groups the plan supports', () => {
    const result = assessSelfCheck(
      campaign('national-2025'),
      answers({ locality: 'national-2025', groups: ['none'], house: 'temporary' }),
      during,
    );
    expect(result.verdict).toBe('not_eligible');
    expect(reason(result.reasons, 'beneficiary-group')).toMatchObject({
      outcome: 'not_met',
      named: ['poor', 'near_poor', 'disaster_affected', 'meritorious_family'],
    });
  });

  it('finds a solid, safe house not eligible, whoever lives in it', () => {
    const result = assessSelfCheck(
      campaign('national-2025'),
      answers({ locality: 'national-2025', groups: ['poor'], house: 'solid' }),
      during,
    );
    expect(result.verdict).toBe('not_eligible');
    expect(reason(result.reasons, 'house-condition').outcome).toBe('not_met');
  });

  it('sends someone unsure of their house’s condition to the commune', () => {
    const result = assessSelfCheck(
      campaign('national-2025'),
      answers({ locality: 'national-2025', groups: ['near_poor'], house: 'unsure' }),
      during,
    );
    expect(result.verdict).toBe('ask_commune');
  });

  it('says when a campaign’s period is over, and sends the person to the commune', () => {
    const result = assessSelfCheck(
      campaign('national-2025'),
      answers({ locality: 'national-2025', groups: ['poor'], house: 'temporary' }),
      after,
    );
    expect(result.verdict).toBe('ask_commune');
    expect(reason(result.reasons, 'campaign-period')).toMatchObject({
      outcome: 'unsure',
      status: 'after',
      when: { vi: 'trong năm 2025', en: 'in 2025' },
    });
  });

  it('refuses impossible answers, field by field', () => {
    expect(readSelfCheckAnswers(ids, { locality: 'atlantis', groups: ['poor'], house: 'temporary' })).toEqual({
      ok: false,
      problems: [{ code: 'unknownLocality', field: 'locality' }],
    });
    expect(readSelfCheckAnswers(ids, { locality: 'national-2025', groups: [], house: 'x' })).toEqual({
      ok: false,
      problems: [
        { code: 'noGroup', field: 'groups' },
        { code: 'noHouseCondition', field: 'house' },
      ],
    });
    expect(readSelfCheckAnswers(ids, { locality: 'national-2025', groups: ['none', 'poor'], house: 'solid' })).toEqual({
      ok: false,
      problems: [{ code: 'noneWithGroups', field: 'groups' }],
    });
    expect(readSelfCheckAnswers(ids, { locality: 'national-2025', groups: ['rich'], house: 'solid' })).toEqual({
      ok: false,
      problems: [{ code: 'noGroup', field: 'groups' }],
    });
  });

  it('reads the posted form with one, several or no groups ticked', () => {
    const posted = (query: string) => selfCheckFormOf(formFields(new URLSearchParams(query)));
    expect(posted('locality=national-2025&group=poor&house=temporary')).toEqual({
      locality: 'national-2025',
      groups: ['poor'],
      house: 'temporary',
    });
    expect(readSelfCheckAnswers(ids, posted('locality=national-2025&group=poor&group=near_poor&house=solid'))).toEqual({
      ok: true,
      value: { locality: 'national-2025', groups: ['poor', 'near_poor'], house: 'solid' },
    });
    expect(readSelfCheckAnswers(ids, posted('locality=national-2025&house=solid'))).toEqual({
      ok: false,
      problems: [{ code: 'noGroup', field: 'groups' }],
    });
  });
});

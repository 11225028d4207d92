import { describe, expect, it } from 'vitest';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';
import { checkHouseholdRecord, type HouseholdRecordFacts } from '../../src/lib/criteria/household-check.ts';

const campaigns = readCampaignDefinitions();
const campaign = (id: string) => campaigns.find((c) => c.id === id)!;
const bacGiang = campaign('bac-giang-2024');

const fitting: HouseholdRecordFacts = {
  category: 'poor',
  supportType: 'new_build',
  inCampaignArea: true,
  approvedOn: '2024-05-02',
};

describe('checking household records against their campaign’s criteria', () => {
  it('finds nothing wrong with a record that fits', () => {
    expect(checkHouseholdRecord(bacGiang, fitting)).toEqual([]);
  });

  it('flags a group the plan does not name: a disaster-affected household under Bắc Giang’s 2024 plan', () => {
    expect(checkHouseholdRecord(bacGiang, { ...fitting, category: 'disaster_affected' })).toEqual([
      { rule: 'beneficiary-group', category: 'disaster_affected' },
    ]);
  });

  it('accepts a martyr’s relative and a household in hardship in Mường Lay, where the plan names them', () => {
    const muongLay = campaign('muong-lay-2025');
    const record = { ...fitting, category: 'martyr_relative' as const, supportType: 'repair' as const };
    expect(checkHouseholdRecord(muongLay, { ...record, approvedOn: '2025-03-01' })).toEqual([]);
    const hardship = { ...record, category: 'other_hardship' as const, approvedOn: '2025-03-01' };
    expect(checkHouseholdRecord(muongLay, hardship)).toEqual([]);
    expect(checkHouseholdRecord(campaign('duc-tho-2025'), hardship)).toEqual([
      { rule: 'beneficiary-group', category: 'other_hardship' },
    ]);
  });

  it('flags a kind of help the campaign does not give', () => {
    const buildOnly = { ...bacGiang, supportTypes: { ...bacGiang.supportTypes, types: ['new_build' as const] } };
    expect(checkHouseholdRecord(buildOnly, { ...fitting, supportType: 'repair' })).toEqual([
      { rule: 'support-type', supportType: 'repair' },
    ]);
  });

  it('flags a record outside the campaign’s area, and approval outside its period', () => {
    expect(checkHouseholdRecord(bacGiang, { ...fitting, inCampaignArea: false, approvedOn: '2025-02-01' })).toEqual([
      { rule: 'campaign-area' },
      { rule: 'campaign-period', approvedOn: '2025-02-01', start: '2024-01-01', end: '2024-12-31' },
    ]);
  });

  it('does not ask a nationwide campaign for an area', () => {
    const national = campaign('national-2025');
    expect(checkHouseholdRecord(national, { ...fitting, inCampaignArea: null, approvedOn: null })).toEqual([]);
  });
});

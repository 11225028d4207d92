import { describe, expect, it } from 'vitest';
import type { CampaignDefinition } from '../../src/lib/campaigns/campaign-definition.ts';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';

/**
 * What the plans establish and the portal carries (issue 15.2), each by its plan's section; that
 * every quotation is the plan's own words is the truth rule's (campaign-truth.test.ts).
 */
const campaigns = readCampaignDefinitions();
const campaign = (id: string) => campaigns.find((c) => c.id === id)!;
const provisions = (c: CampaignDefinition, topic: string) =>
  c.provisions.filter((p) => p.topic === topic).map((p) => [p.citation.section, p.what.vi]);

describe('facts the plans establish', () => {
  it('Mường Lay names households in hardship — elderly living alone, disabled with no support (V.2.d)', () => {
    const ground = campaign('muong-lay-2025').beneficiaries.find((b) => b.categories.includes('other_hardship'))!;
    expect(ground.citation.section).toBe('V.2.d');
    expect(ground.citation.quote).toContain('hộ khó khăn (già cả neo đơn, khuyết tật không nơi nương tựa ...)');
  });

  it('Bắc Kạn’s commendation dossier: its four parts, online filing and appraisal bodies (III.2.c)', () => {
    const bacKan = campaign('bac-kan-2025');
    expect(bacKan.provisions.filter((p) => p.topic === 'dossier').map((p) => p.dossierPart)).toEqual([
      'submission_letter',
      'meeting_minutes',
      'achievement_report',
      'evidence',
    ]);
    expect(bacKan.provisions.find((p) => p.dossierPart === 'achievement_report')!.citation.quote).toContain(
      'Mẫu số 08 ban hành kèm theo Nghị định số 98/2023/NĐ-CP',
    );
    expect(provisions(bacKan, 'submission')[0]![1]).toContain('http://dichvucong.backan.gov.vn');
    expect(provisions(bacKan, 'appraisal')[0]![1]).toContain('Sở Lao động - Thương binh và Xã hội, Sở Xây dựng');
    expect(bacKan.milestones.find((m) => m.kind === 'dossier')!.when.vi).toBe('trước ngày 01/11/2025');
  });

  it('Bắc Giang: documents by 15/8/2024 at the latest, and inspection teams (IV.1)', () => {
    const bacGiang = campaign('bac-giang-2024');
    expect(bacGiang.milestones.find((m) => m.kind === 'documents')!.when.vi).toBe('chậm nhất ngày 15/8/2024');
    expect(provisions(bacGiang, 'inspection')[0]![0]).toBe('IV.1');
  });

  it('Văn Quan: a yearly report to Phòng Nội vụ (V.2.g) and the new-rural-development programme (V.2.a)', () => {
    const vanQuan = campaign('van-quan-2025');
    const report = vanQuan.milestones.find((m) => m.kind === 'report')!;
    expect([report.when.vi, report.citation.section]).toEqual(['hằng năm', 'V.2.g']);
    expect(report.citation.quote).toContain('gửi Phòng Nội vụ');
    expect(provisions(vanQuan, 'programme')[0]).toEqual(['V.2.a', expect.stringContaining('xây dựng nông thôn mới')]);
  });

  it('Đức Thọ: duties of the households supported (III.1.4), youth workdays, supervision in Q1/2025 (V.2.7)', () => {
    const ducTho = campaign('duc-tho-2025');
    expect(provisions(ducTho, 'household_duties').map(([section]) => section)).toEqual(['III.1.4', 'III.1.4']);
    expect(provisions(ducTho, 'workdays')[0]![1]).toContain('thanh niên');
    const supervision = ducTho.milestones.find((m) => m.kind === 'supervision')!;
    expect([supervision.when.vi, supervision.citation.section]).toEqual(['vào quý I năm 2025', 'V.2.7']);
  });
});

import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { RecognitionRule } from '../../src/lib/campaigns/campaign-definition.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { readCampaignDefinitions } from '../../src/lib/campaigns/read-campaigns.ts';
import {
  achievementPdf,
  achievementSpreadsheet,
  type AchievementReport,
} from '../../src/lib/recognition/achievement-report.ts';
import { pdfText } from '../support/pdf-text.ts';
import { inKindValue, recognitionLevelReached } from '../../src/lib/recognition/recognition.ts';

const citation = { file: 'x.txt', section: '1', quote: 'q', en: 'q' };
const everyone = ['collective', 'household', 'individual'] as const;
const rules: RecognitionRule[] = [
  { level: 'state', forms: [{ vi: 'Bằng khen của Thủ tướng', en: 'PM certificate', recipients: null }], citation },
  {
    level: 'province',
    forms: [
      { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: 'Provincial certificate', recipients: [...everyone] },
      { vi: 'Kỷ niệm chương', en: 'Commemorative medal', recipients: ['individual'] },
    ],
    citation,
  },
  {
    level: 'commune',
    forms: [{ vi: 'Giấy khen của Chủ tịch UBND xã', en: 'Commune certificate', recipients: [...everyone] }],
    citation,
  },
];
/** The operator's thresholds, as RECOGNITION_THRESHOLDS_FILE would hold them: no plan sets any. */
const thresholds = {
  state: { cash: 5_000_000_000n },
  province: { cash: 500_000_000n, homesFunded: 10 },
  commune: { cash: 20_000_000n, inKindValue: 20_000_000n, workdays: 50 },
};
const none = { cash: 0n, materials: {}, workdays: 0, homesFunded: 0 };

describe('recognition', () => {
  it('suggests the highest level any one of whose operator-set thresholds is reached', () => {
    expect(recognitionLevelReached(none, 'person', rules, thresholds)).toBeNull();
    expect(recognitionLevelReached({ ...none, workdays: 50 }, 'person', rules, thresholds)).toMatchObject({
      level: 'commune',
      met: ['workdays'],
    });
    expect(
      recognitionLevelReached({ ...none, homesFunded: 12, cash: 30_000_000n }, 'person', rules, thresholds),
    ).toMatchObject({ level: 'province', met: ['homesFunded'] });
    // 300 bags of cement at the reference price (demo) are worth 27,000,000 đồng.
    expect(inKindValue({ cement: 300 })).toBe(27_000_000n);
    expect(recognitionLevelReached({ ...none, materials: { cement: 300 } }, 'person', rules, thresholds)).toMatchObject(
      { met: ['inKindValue'] },
    );
    expect(recognitionLevelReached({ ...none, cash: 6_000_000_000n }, 'organisation', rules, thresholds)).toMatchObject(
      { level: 'state' },
    );
  });

  it('suggests nothing where the operator has set no thresholds, however much was given', () => {
    expect(recognitionLevelReached({ ...none, cash: 9_000_000_000n, workdays: 999 }, 'person', rules, {})).toBeNull();
  });

  it('offers a form only to whom the plan gives it: a medal for individuals is not suggested to an organisation', () => {
    const big = { ...none, cash: 600_000_000n };
    expect(recognitionLevelReached(big, 'person', rules, thresholds)?.forms.map((f) => f.en)).toEqual([
      'Provincial certificate',
      'Commemorative medal',
    ]);
    expect(recognitionLevelReached(big, 'organisation', rules, thresholds)?.forms.map((f) => f.en)).toEqual([
      'Provincial certificate',
    ]);
    const medalOnly = [{ ...rules[1]!, forms: [rules[1]!.forms[1]!] }, rules[2]!];
    expect(recognitionLevelReached(big, 'organisation', medalOnly, thresholds)).toMatchObject({ level: 'commune' });
  });

  const report: AchievementReport = {
    donor: { name: 'Công ty Thép Việt', type: 'organisation', taxCode: '0101234567' },
    campaign: {
      name: 'Kế hoạch xóa nhà tạm huyện Đức Thọ',
      documentNumber: '12/KH-UBND',
      issuer: 'UBND huyện Đức Thọ',
    },
    totals: { cash: 34_000_000n, materials: { steel: 300 }, workdays: 0, homesFunded: 1 },
    reached: recognitionLevelReached(
      { cash: 34_000_000n, materials: {}, workdays: 0, homesFunded: 1 },
      'organisation',
      rules,
      thresholds,
    ),
    thresholdsSetBy: 'Ủy ban MTTQ huyện',
    dossier: [],
    receipts: [],
    demo: true,
    preparedAt: new Date('2026-11-25T03:00:00Z'),
  };

  it('writes the achievement report as a spreadsheet with the verified totals and the suggested level', async () => {
    const sheet = await readSheet(await achievementSpreadsheet(report, messagesFor('vi'), 'vi'));
    // Amounts carry a no-break space before the đồng sign.
    const rows = sheet.map((row) =>
      row
        .filter((cell) => cell !== null)
        .join(' | ')
        .replace(/\u00a0/g, ' '),
    );
    expect(rows).toContain('Người, tổ chức đóng góp | Công ty Thép Việt (Tổ chức)');
    expect(rows).toContain('Tiền | 34.000.000 ₫');
    expect(rows).toContain('Vật liệu | 300 × Thép (kg)');
    expect(rows.some((row) => row.startsWith('Mức khen thưởng đề xuất | Cấp xã: Giấy khen của Chủ tịch UBND xã'))).toBe(
      true,
    );
    expect(rows.some((row) => row.includes('DEMO'))).toBe(true);
    expect(rows.some((row) => row.includes('do đơn vị vận hành cổng đặt (Ủy ban MTTQ huyện)'))).toBe(true);
  });

  it('says no level is suggested when the operator set no thresholds', async () => {
    const unset = { ...report, reached: null, thresholdsSetBy: null };
    const rows = (await readSheet(await achievementSpreadsheet(unset, messagesFor('vi'), 'vi'))).map((row) =>
      row.join(' | '),
    );
    expect(rows.find((row) => row.startsWith('Mức khen thưởng đề xuất'))).toContain(
      'Đơn vị vận hành cổng chưa đặt ngưỡng khen thưởng cho kế hoạch này',
    );
  });

  it('lists a receipt of a payment refunded since with what was given back, as the totals leave it out', async () => {
    const body = {
      version: 1 as const,
      code: '18229-000004',
      issuer: 'commune:18229',
      issuerName: 'Quỹ xã Đức Thọ',
      number: 4,
      issuedAt: '2026-11-20T03:00:00.000Z',
      donor: 'Công ty Thép Việt',
      pledgeReference: 'CT7K9Q2XMA',
      gift: { kind: 'money' as const, amount: '10000000', channel: 'card' as const },
      receivedOn: '2026-11-20',
      target: { kind: 'commune', code: '18229', name: 'Đức Thọ' },
      ledgerSequence: 9,
      keyId: '0123456789abcdef',
    };
    const refunded = { ...report, receipts: [{ body, refunded: 4_000_000n }] };
    const rows = (await readSheet(await achievementSpreadsheet(refunded, messagesFor('vi'), 'vi'))).map((row) =>
      row.join(' | ').replace(/\u00a0/g, ' '),
    );
    expect(rows.find((row) => row.startsWith('18229-000004'))).toContain(
      'đã hoàn lại 4.000.000 ₫, không tính vào tổng',
    );
  });

  it('lists the parts of Bắc Kạn’s commendation dossier (III.2.c) and which of them the report supplies', async () => {
    const bacKan = readCampaignDefinitions().find((c) => c.id === 'bac-kan-2025')!;
    const dossier = bacKan.provisions.filter((p) => ['dossier', 'submission', 'appraisal'].includes(p.topic));
    const rows = (await readSheet(await achievementSpreadsheet({ ...report, dossier }, messagesFor('vi'), 'vi'))).map(
      (row) => row.filter((cell) => cell !== null).join(' | '),
    );
    const from = rows.indexOf('Hồ sơ đề nghị khen thưởng theo kế hoạch');
    expect(from).toBeGreaterThan(0);
    expect(rows.slice(from + 1, from + 7)).toEqual([
      'Tờ trình đề nghị khen thưởng của đơn vị, địa phương. (kế hoạch, mục III.2.c) | Đơn vị, địa phương lập; báo cáo này không thay tờ trình.',
      'Biên bản cuộc họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng đơn vị, địa phương. (kế hoạch, mục III.2.c) | Hội đồng Thi đua - Khen thưởng của đơn vị, địa phương lập; báo cáo này không thay biên bản.',
      'Báo cáo thành tích của các tập thể, cá nhân, hộ gia đình được đề nghị khen thưởng (Mẫu số 08 ban hành kèm theo Nghị định số 98/2023/NĐ-CP của Chính phủ). (kế hoạch, mục III.2.c) | Số liệu đóng góp đã xác minh ở trên là phần số liệu của báo cáo thành tích; báo cáo thành tích viết theo Mẫu số 08.',
      'Tài liệu minh chứng cho thành tích (nếu có). (kế hoạch, mục III.2.c) | Các biên nhận liệt kê dưới đây là tài liệu minh chứng cho các khoản đóng góp.',
      'Hồ sơ nộp trên cổng dịch vụ công trực tuyến của tỉnh: http://dichvucong.backan.gov.vn. (kế hoạch, mục III.2.c)',
      'Ban Thi đua - Khen thưởng, Sở Nội vụ chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Sở Lao động - Thương binh và Xã hội, Sở Xây dựng thẩm định hồ sơ. (kế hoạch, mục III.2.c)',
    ]);
    expect(rows.indexOf('Hồ sơ đề nghị khen thưởng theo kế hoạch', from + 1)).toBe(-1);
    // Plans that describe no dossier get no such section.
    const plain = (await readSheet(await achievementSpreadsheet(report, messagesFor('vi'), 'vi'))).flat();
    expect(plain).not.toContain('Hồ sơ đề nghị khen thưởng theo kế hoạch');
  });

  it('writes it as a PDF too, with the same totals and level', async () => {
    const pdf = await achievementPdf(report, messagesFor('en'), 'en');
    const { text } = await pdfText(pdf);
    for (const phrase of [
      'ACHIEVEMENT REPORT ON CONTRIBUTIONS Under Kế hoạch xóa nhà tạm huyện Đức Thọ',
      'Person or organisation Công ty Thép Việt (Organisation)',
      'Tax code 0101234567',
      'Campaign Kế hoạch xóa nhà tạm huyện Đức Thọ · 12/KH-UBND · UBND huyện Đức Thọ',
      'Money ₫34,000,000',
      'Materials 300 × Steel (kg)',
      'In-kind value (at reference prices) ₫4,800,000',
      'Workdays 0',
      'Homes supported directly 1',
      'Suggested recognition level Commune level: Commune certificate (Thresholds reached: money). Recognition thresholds set by the portal’s operator (Ủy ban MTTQ huyện), not by the plan.',
      'The material reference prices that value gifts in kind are demonstration figures (DEMO), not official ones.',
      "Prepared 25 Nov 2026 10:00 (GMT+7) from the portal's public ledger.",
    ])
      expect(text).toContain(phrase);
  });
});

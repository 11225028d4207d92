import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { RecognitionRule } from '../../src/lib/campaigns/campaign-definition.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import {
  achievementPdf,
  achievementSpreadsheet,
  type AchievementReport,
} from '../../src/lib/recognition/achievement-report.ts';
import { pdfText } from '../support/pdf-text.ts';
import { inKindValue, recognitionLevelReached } from '../../src/lib/recognition/recognition.ts';

const citation = { file: 'x.txt', section: '1', quote: 'q', en: 'q' };
const rules: RecognitionRule[] = [
  { level: 'state', forms: [{ vi: 'Bằng khen của Thủ tướng', en: 'PM certificate' }], citation, thresholds: null },
  {
    level: 'province',
    forms: [{ vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: 'Provincial certificate' }],
    citation,
    thresholds: { cash: 500_000_000n, homesFunded: 10, demo: true },
  },
  {
    level: 'commune',
    forms: [{ vi: 'Giấy khen của Chủ tịch UBND xã', en: 'Commune certificate' }],
    citation,
    thresholds: { cash: 20_000_000n, inKindValue: 20_000_000n, workdays: 50, demo: true },
  },
];
const none = { cash: 0n, materials: {}, workdays: 0, homesFunded: 0 };

describe('recognition', () => {
  it('suggests the highest level any one of whose thresholds is reached, never one left to others', () => {
    expect(recognitionLevelReached(none, rules)).toBeNull();
    expect(recognitionLevelReached({ ...none, workdays: 50 }, rules)).toMatchObject({
      level: 'commune',
      met: ['workdays'],
    });
    expect(recognitionLevelReached({ ...none, homesFunded: 12, cash: 30_000_000n }, rules)).toMatchObject({
      level: 'province',
      met: ['homesFunded'],
    });
    // 300 bags of cement at the reference price (demo) are worth 27,000,000 đồng.
    expect(inKindValue({ cement: 300 })).toBe(27_000_000n);
    expect(recognitionLevelReached({ ...none, materials: { cement: 300 } }, rules)).toMatchObject({
      met: ['inKindValue'],
    });
  });

  const report: AchievementReport = {
    donor: { name: 'Công ty Thép Việt', type: 'organisation', taxCode: '0101234567' },
    campaign: {
      name: 'Kế hoạch xóa nhà tạm huyện Đức Thọ',
      documentNumber: '12/KH-UBND',
      issuer: 'UBND huyện Đức Thọ',
    },
    totals: { cash: 34_000_000n, materials: { steel: 300 }, workdays: 0, homesFunded: 1 },
    reached: recognitionLevelReached({ cash: 34_000_000n, materials: {}, workdays: 0, homesFunded: 1 }, rules),
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
      'Suggested recognition level Commune level: Commune certificate (Thresholds reached: money)',
      'Recognition thresholds and material reference prices are demonstration figures (DEMO), not official ones.',
      "Prepared 25 Nov 2026 10:00 (GMT+7) from the portal's public ledger.",
    ])
      expect(text).toContain(phrase);
  });
});

import PDFDocument from 'pdfkit';
import { formatDate, formatDateTime, formatDong, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { withNotoSans } from '../pdf/noto-sans.ts';
import { workbookFile } from '../spreadsheets/spreadsheet-files.ts';
import type { CampaignTerms, DossierPart, RecognitionLevel } from '../campaigns/campaign-definition.ts';
import type { Machine, Material } from '../pledges/vocabulary.ts';
import { receiptFacts, type ReceiptWords } from '../receipts/receipt-view.ts';
import type { ReceiptBody } from '../receipts/receipt.ts';
import { inKindValue, type recognitionLevelReached, type VerifiedTotals } from './recognition.ts';

/** A receipt that proves a gift, with what of it was refunded since (whole đồng; 0 for most). */
export interface EvidenceReceipt {
  body: ReceiptBody;
  refunded: bigint;
}

/**
 * A donor's achievement report for the commendation dossier (báo cáo thành tích): who they are,
 * what of their gifts was verified under a campaign, the level its thresholds suggest, and the
 * receipts that prove each gift. As a PDF and as a spreadsheet, from the same rows.
 */
export interface AchievementReport {
  donor: { name: string; type: string; taxCode: string | null };
  campaign: { name: string; documentNumber: string | null; issuer: string };
  totals: VerifiedTotals;
  reached: ReturnType<typeof recognitionLevelReached>;
  /** Who set the recognition thresholds (the operator's setting); null when none is set. */
  thresholdsSetBy: string | null;
  /** The plan's provisions on the commendation dossier (its parts, where to file, who appraises); none in most plans. */
  dossier: CampaignTerms['provisions'];
  /** Receipts of payments refunded since are listed too, with what was given back. */
  receipts: EvidenceReceipt[];
  /** Thresholds or reference prices are demonstration figures. */
  demo: boolean;
  preparedAt: Date;
}

/**
 * The words an achievement report is written in: the `recognition` messages of one language, the
 * campaigns' levels, and a receipt's.
 */
export interface AchievementWords extends ReceiptWords {
  recognition: Record<
    | 'donor'
    | 'taxCode'
    | 'campaign'
    | 'donorWallMoney'
    | 'donorWallMaterials'
    | 'inKindValue'
    | 'donorWallWorkdays'
    | 'machineShifts'
    | 'achievementHomes'
    | 'achievementSuggested'
    | 'met'
    | 'none'
    | 'achievementTitle'
    | 'achievementTotals'
    | 'demo'
    | 'achievementEvidence'
    | 'thresholdsNotSet'
    | 'dossierTitle',
    string
  > & {
    thresholdsSetBy: (who: string) => string;
    dossierSection: (section: string) => string;
    /** What this report supplies of each part, or that the unit prepares it. */
    dossierPartNote: Record<DossierPart, string>;
    achievementDonorType: Record<string, string>;
    thresholdLabel: Record<string, string>;
    achievementSubtitle: (campaign: string) => string;
    achievementPrepared: (at: string) => string;
    achievementRefunded: (amount: string) => string;
  };
  campaigns: { recognitionLevelLabel: Record<RecognitionLevel, string> };
}

/** "100 × Xi măng (bao), 200 × Thép (kg)" */
export function describeMaterials(
  t: Pick<AchievementWords, 'pledges'>,
  locale: Locale,
  materials: VerifiedTotals['materials'],
): string {
  return (
    Object.entries(materials)
      .map(
        ([material, quantity]) =>
          `${formatNumber(locale, quantity ?? 0)} × ${t.pledges.materialLabel[material as Material]}`,
      )
      .join(', ') || '—'
  );
}

function facts(report: AchievementReport, t: AchievementWords, locale: Locale): [string, string][] {
  const { totals, reached } = report;
  return [
    [
      t.recognition.donor,
      `${report.donor.name} (${t.recognition.achievementDonorType[report.donor.type] ?? report.donor.type})`,
    ],
    [t.recognition.taxCode, report.donor.taxCode ?? '—'],
    [
      t.recognition.campaign,
      [report.campaign.name, report.campaign.documentNumber, report.campaign.issuer].filter(Boolean).join(' · '),
    ],
    [t.recognition.donorWallMoney, formatDong(locale, totals.cash)],
    [t.recognition.donorWallMaterials, describeMaterials(t, locale, totals.materials)],
    [t.recognition.inKindValue, formatDong(locale, inKindValue(totals.materials, totals.machineShifts))],
    [t.recognition.donorWallWorkdays, formatNumber(locale, totals.workdays)],
    [
      t.recognition.machineShifts,
      Object.entries(totals.machineShifts ?? {})
        .map(
          ([machine, shifts]) => `${formatNumber(locale, shifts ?? 0)} × ${t.pledges.machineLabel[machine as Machine]}`,
        )
        .join(', ') || '—',
    ],
    [t.recognition.achievementHomes, formatNumber(locale, totals.homesFunded)],
    [
      t.recognition.achievementSuggested,
      !report.thresholdsSetBy
        ? t.recognition.thresholdsNotSet
        : reached
          ? `${t.campaigns.recognitionLevelLabel[reached.level]}: ${reached.forms.map((form) => form[locale]).join(', ')} (${t.recognition.met}: ${reached.met.map((m) => t.recognition.thresholdLabel[m]).join(', ')}). ${t.recognition.thresholdsSetBy(report.thresholdsSetBy)}`
          : `${t.recognition.none}. ${t.recognition.thresholdsSetBy(report.thresholdsSetBy)}`,
    ],
  ];
}

/**
 * The commendation dossier as the plan lists it: each part or rule in the plan's words, its
 * section, and for each part what this report supplies (the achievement figures and the
 * receipts as evidence) or that the unit prepares it (the submission and the minutes).
 */
export function dossierLines(report: AchievementReport, t: AchievementWords, locale: Locale): [string, string][] {
  return report.dossier.map((provision) => [
    `${provision.what[locale]} (${t.recognition.dossierSection(provision.citation.section)})`,
    provision.dossierPart ? t.recognition.dossierPartNote[provision.dossierPart] : '',
  ]);
}

function receiptLine({ body, refunded }: EvidenceReceipt, t: AchievementWords, locale: Locale): string[] {
  const gift = receiptFacts(body, t, locale).find((fact) => fact.key === 'gift')!.value;
  return [
    body.code,
    formatDate(locale, body.receivedOn),
    refunded > 0n ? `${gift} (${t.recognition.achievementRefunded(formatDong(locale, refunded))})` : gift,
    body.issuerName,
  ];
}

export function achievementPdf(report: AchievementReport, t: AchievementWords, locale: Locale): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${t.recognition.achievementTitle} — ${report.donor.name}` },
  });
  const done = withNotoSans(document);
  const width = document.page.width - 100;
  document.font('bold').fontSize(15).text(t.recognition.achievementTitle, { align: 'center' });
  document
    .font('regular')
    .fontSize(10)
    .text(t.recognition.achievementSubtitle(report.campaign.name), { align: 'center' })
    .moveDown();
  document.font('bold').fontSize(11).text(t.recognition.achievementTotals).moveDown(0.3);
  for (const [label, value] of facts(report, t, locale)) {
    const top = document.y;
    document.font('regular').fontSize(9).fillColor('#444').text(label, 50, top, { width: 160 });
    const below = document.y;
    document
      .fillColor('#000')
      .fontSize(10)
      .text(value, 220, top, { width: width - 170 });
    document.y = Math.max(below, document.y) + 4;
  }
  if (report.demo) document.moveDown(0.5).font('bold').fontSize(9).text(t.recognition.demo, 50, document.y, { width });
  if (report.dossier.length > 0) {
    document.moveDown().font('bold').fontSize(11).text(t.recognition.dossierTitle, 50, document.y, { width });
    document.moveDown(0.3);
    for (const [part, note] of dossierLines(report, t, locale)) {
      document.font('regular').fontSize(9).fillColor('#000').text(`• ${part}`, 50, document.y, { width });
      if (note) document.fillColor('#444').text(note, 62, document.y, { width: width - 12 });
    }
    document.fillColor('#000');
  }
  document
    .moveDown()
    .font('bold')
    .fontSize(11)
    .text(t.recognition.achievementEvidence, 50, document.y, { width })
    .moveDown(0.3);
  document.font('regular').fontSize(9);
  for (const receipt of report.receipts) document.text(receiptLine(receipt, t, locale).join(' · '), { width });
  document
    .moveDown()
    .fontSize(8)
    .fillColor('#444')
    .text(t.recognition.achievementPrepared(formatDateTime(locale, report.preparedAt)));
  document.end();
  return done;
}

export async function achievementSpreadsheet(
  report: AchievementReport,
  t: AchievementWords,
  locale: Locale,
): Promise<Buffer> {
  const bold = { fontWeight: 'bold' as const };
  return workbookFile([
    {
      rows: [
        [{ value: t.recognition.achievementTitle, ...bold }],
        [{ value: t.recognition.achievementSubtitle(report.campaign.name) }],
        [],
        ...facts(report, t, locale).map(([label, value]) => [{ value: label, ...bold }, { value }]),
        ...(report.demo ? [[{ value: t.recognition.demo }]] : []),
        ...(report.dossier.length > 0
          ? [
              [],
              [{ value: t.recognition.dossierTitle, ...bold }],
              ...dossierLines(report, t, locale).map(([part, note]) => [{ value: part }, { value: note }]),
            ]
          : []),
        [],
        [{ value: t.recognition.achievementEvidence, ...bold }],
        [t.receipts.number, t.receipts.receivedOn, t.receipts.gift, t.receipts.issuer].map((value) => ({
          value,
          ...bold,
        })),
        ...report.receipts.map((receipt) => receiptLine(receipt, t, locale).map((value) => ({ value }))),
        [],
        [{ value: t.recognition.achievementPrepared(formatDateTime(locale, report.preparedAt)) }],
      ],
      columns: [{ width: 34 }, { width: 60 }, { width: 30 }, { width: 30 }],
    },
  ]);
}

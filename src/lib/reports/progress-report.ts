import { formatDate, formatDateTime } from '../i18n/format.ts';
import type { HouseholdStage, SupportType } from '../households/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import { addCounts, emptyCounts, inScope, progressPercent, type ProgressCounts } from '../progress/progress-counts.ts';

/**
 * The periodic progress report the plans ask communes and provinces for: each commune's
 * households by stage on a given day, with the total. One table, written as a spreadsheet
 * (numbers stay numbers) and as a PDF (numbers formatted for reading).
 */
export interface ProgressReport {
  areaName: string;
  /** The day the figures stand at, at its end (ISO date). */
  date: string;
  generatedAt: Date;
  communes: { code: string; name: string; counts: ProgressCounts }[];
}

export type ReportCell = string | number | bigint | null;

export interface ReportTable {
  title: string;
  subtitle: string;
  header: string[];
  rows: ReportCell[][];
  total: ReportCell[];
}

function cells(counts: ProgressCounts): ReportCell[] {
  return [
    inScope(counts),
    counts.identified,
    counts.approved,
    counts.started,
    counts.completed,
    counts.handedOver,
    counts.validated,
    counts.withdrawn,
    counts.newBuild,
    counts.repair,
    progressPercent(counts),
    counts.supportAmount,
  ];
}

/** The words a report is written in: the `reports` messages of one language, and the stages' and kinds'. */
export interface ReportWords {
  reports: Record<
    'columnCode' | 'columnCommune' | 'columnInScope' | 'columnPercent' | 'columnAmount' | 'total',
    string
  > & {
    reportTitle: (area: string, date: string) => string;
    generated: (moment: string) => string;
  };
  households: { stageLabel: Record<HouseholdStage, string>; supportTypeLabel: Record<SupportType, string> };
}

export function reportTable(report: ProgressReport, t: ReportWords, locale: Locale): ReportTable {
  const total = report.communes.reduce((sum, commune) => addCounts(sum, commune.counts), emptyCounts);
  return {
    title: t.reports.reportTitle(report.areaName, formatDate(locale, report.date)),
    subtitle: t.reports.generated(formatDateTime(locale, report.generatedAt)),
    header: [
      t.reports.columnCode,
      t.reports.columnCommune,
      t.reports.columnInScope,
      t.households.stageLabel.identified,
      t.households.stageLabel.approved,
      t.households.stageLabel.started,
      t.households.stageLabel.completed,
      t.households.stageLabel.handed_over,
      t.households.stageLabel.validated,
      t.households.stageLabel.withdrawn,
      t.households.supportTypeLabel.new_build,
      t.households.supportTypeLabel.repair,
      t.reports.columnPercent,
      t.reports.columnAmount,
    ],
    rows: report.communes.map((commune) => [commune.code, commune.name, ...cells(commune.counts)]),
    total: ['', t.reports.total, ...cells(total)],
  };
}

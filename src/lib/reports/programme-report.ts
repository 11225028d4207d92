import { supportProgrammes, supportTypes, type SupportProgramme, type SupportType } from '../households/vocabulary.ts';
import type { ProgressCounts } from '../progress/progress-counts.ts';
import type { Era } from '../units/vocabulary.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ReportTable } from './progress-report.ts';

/**
 * The report the way official reports count: households by support programme, by where the
 * works stand (completed or handed over · under way · not started) and by new build or repair,
 * for the nation by province or a province by commune, as at the end of a chosen day.
 */

/** Where the works stand, in the official reports' words (khánh thành, bàn giao · khởi công · chưa khởi công). */
export const reportStatuses = ['completed', 'under_way', 'not_started'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export type StatusCounts = Record<ReportStatus, number>;
/** Counts by kind of help and status. */
export type ReportCells = Record<SupportType, StatusCounts>;

/** A household's stage counted as the official reports count it; withdrawn ones leave the report. */
export function statusCounts(counts: ProgressCounts): StatusCounts {
  return {
    completed: counts.completed + counts.handedOver + counts.validated,
    under_way: counts.started,
    not_started: counts.identified + counts.approved,
  };
}

const emptyStatus = (): StatusCounts => ({ completed: 0, under_way: 0, not_started: 0 });
export const emptyCells = (): ReportCells => ({ new_build: emptyStatus(), repair: emptyStatus() });

function addInto(cells: ReportCells, type: SupportType, counts: StatusCounts): void {
  for (const status of reportStatuses) cells[type][status] += counts[status];
}

export function cellsTotal(cells: ReportCells): number {
  return supportTypes.reduce((n, type) => n + reportStatuses.reduce((m, status) => m + cells[type][status], 0), 0);
}

export interface ReportUnit {
  /** '' for households recorded since 1/7/2025, in no pre-2025 province. */
  code: string;
  name: string;
  nameEn: string;
}

export interface ProgrammeReport {
  era: Era;
  /** `national`, or the province's code in `era`. */
  area: string;
  /** Null for the nation, which the page words. */
  areaName: string | null;
  areaNameEn: string | null;
  asOf: string;
  /** The campaign the report is limited to, or null for every campaign. */
  campaign: { id: string; name: string; nameEn: string } | null;
  units: (ReportUnit & { cells: ReportCells; byProgramme: Record<SupportProgramme, ReportCells> })[];
  byProgramme: Record<SupportProgramme, ReportCells>;
  total: ReportCells;
}

const emptyByProgramme = () =>
  Object.fromEntries(supportProgrammes.map((programme) => [programme, emptyCells()])) as Record<
    SupportProgramme,
    ReportCells
  >;

/** Builds the report from counts by unit, programme and kind (on-date-store.ts's rows). */
export function programmeReport(
  header: Omit<ProgrammeReport, 'units' | 'byProgramme' | 'total'>,
  units: readonly ReportUnit[],
  rows: readonly {
    unitCode: string;
    supportProgramme: SupportProgramme;
    supportType: SupportType;
    counts: ProgressCounts;
  }[],
): ProgrammeReport {
  const byUnit = new Map(
    units.map((unit) => [unit.code, { ...unit, cells: emptyCells(), byProgramme: emptyByProgramme() }]),
  );
  const byProgramme = emptyByProgramme();
  const total = emptyCells();
  for (const row of rows) {
    const counts = statusCounts(row.counts);
    const unit =
      byUnit.get(row.unitCode) ??
      byUnit
        .set(row.unitCode, {
          code: row.unitCode,
          name: '',
          nameEn: '',
          cells: emptyCells(),
          byProgramme: emptyByProgramme(),
        })
        .get(row.unitCode)!;
    addInto(unit.cells, row.supportType, counts);
    addInto(unit.byProgramme[row.supportProgramme], row.supportType, counts);
    addInto(byProgramme[row.supportProgramme], row.supportType, counts);
    addInto(total, row.supportType, counts);
  }
  return { ...header, units: [...byUnit.values()], byProgramme, total };
}

/** One line per unit, programme and kind of help, for CSV and JSON: the report's figures in long form. */
export interface ProgrammeReportLine {
  asOf: string;
  era: Era;
  area: string;
  /** The campaign the report is limited to; null for every campaign. */
  campaign: string | null;
  unitCode: string;
  unitName: string;
  unitNameEn: string;
  supportProgramme: SupportProgramme;
  supportType: SupportType;
  completed: number;
  underWay: number;
  notStarted: number;
}

export function programmeReportLines(report: ProgrammeReport): ProgrammeReportLine[] {
  return report.units.flatMap((unit) =>
    supportProgrammes.flatMap((programme) =>
      supportTypes.map((type) => {
        const cells = unit.byProgramme[programme][type];
        return {
          asOf: report.asOf,
          era: report.era,
          area: report.area,
          campaign: report.campaign?.id ?? null,
          unitCode: unit.code,
          unitName: unit.name,
          unitNameEn: unit.nameEn,
          supportProgramme: programme,
          supportType: type,
          completed: cells.completed,
          underWay: cells.under_way,
          notStarted: cells.not_started,
        };
      }),
    ),
  );
}

/** The words the report's tables are written in: the `reports` messages, and the households' and units' words it needs. */
export interface ProgrammeReportWords {
  reports: {
    asOfReportTitle: (area: string, date: string) => string;
    forCampaign: (area: string, campaign: string) => string;
    generated: (moment: string) => string;
    byUnit: (level: string) => string;
    statusLabel: Record<ReportStatus, string>;
  } & Record<
    'nation' | 'byProgramme' | 'columnProgramme' | 'columnUnit' | 'columnTotal' | 'unplaced' | 'total',
    string
  >;
  households: {
    supportTypeLabel: Record<SupportType, string>;
    supportProgrammeLabel: Record<SupportProgramme, string>;
  };
  units: Record<'province' | 'commune', string>;
}

const cellValues = (cells: ReportCells): number[] => [
  ...supportTypes.flatMap((type) => reportStatuses.map((status) => cells[type][status])),
  cellsTotal(cells),
];

/** The query that makes the same report again (for its files): every filter in force, the campaign too. */
export function programmeReportQuery(report: ProgrammeReport): URLSearchParams {
  const query = new URLSearchParams({ as_of: report.asOf, era: report.era });
  if (report.campaign) query.set('campaign', report.campaign.id);
  return query;
}

/** What the report covers, in words: the nation or a province, and the campaign when limited to one. */
export function programmeReportArea(report: ProgrammeReport, t: ProgrammeReportWords, locale: Locale): string {
  const area = (locale === 'en' ? report.areaNameEn : report.areaName) ?? t.reports.nation;
  if (!report.campaign) return area;
  return t.reports.forCampaign(area, locale === 'en' ? report.campaign.nameEn : report.campaign.name);
}

/** The report as two tables (by programme, by unit), for the page, the spreadsheet and the PDF. */
export function programmeReportTables(
  report: ProgrammeReport,
  t: ProgrammeReportWords,
  locale: Locale,
  generatedAt: Date,
): ReportTable[] {
  const title = t.reports.asOfReportTitle(programmeReportArea(report, t, locale), formatDate(locale, report.asOf));
  const subtitle = t.reports.generated(formatDateTime(locale, generatedAt));
  const figures = supportTypes.flatMap((type) =>
    reportStatuses.map((status) => `${t.households.supportTypeLabel[type]}: ${t.reports.statusLabel[status]}`),
  );
  const total = ['', t.reports.total, ...cellValues(report.total)];
  return [
    {
      title,
      subtitle: `${t.reports.byProgramme} · ${subtitle}`,
      header: ['', t.reports.columnProgramme, ...figures, t.reports.columnTotal],
      rows: supportProgrammes.map((programme) => [
        '',
        t.households.supportProgrammeLabel[programme],
        ...cellValues(report.byProgramme[programme]),
      ]),
      total,
    },
    {
      title,
      subtitle: `${t.reports.byUnit(report.area === 'national' ? t.units.province : t.units.commune)} · ${subtitle}`,
      header: ['', t.reports.columnUnit, ...figures, t.reports.columnTotal],
      rows: report.units.map((unit) => [
        unit.code,
        unit.code === '' ? t.reports.unplaced : locale === 'en' ? unit.nameEn : unit.name,
        ...cellValues(unit.cells),
      ]),
      total,
    },
  ];
}

import type { OfficialReport } from '../official/official-report.ts';
import { officialCountColumns } from '../official/report-csv.ts';
import type { ProgrammeReportLine } from '../reports/programme-report.ts';
import type { Column } from './columns.ts';

/** The report as at a date in long form: one line per unit, programme and kind of help. */
export const programmeReportColumns = [
  { key: 'as_of', type: 'date', value: (r) => r.asOf },
  { key: 'era', type: 'text', value: (r) => r.era },
  { key: 'area', type: 'text', value: (r) => r.area },
  { key: 'campaign', type: 'text', value: (r) => r.campaign },
  { key: 'unit_code', type: 'text', value: (r) => r.unitCode || null },
  { key: 'unit_name', type: 'text', value: (r) => r.unitName || null },
  { key: 'unit_name_en', type: 'text', value: (r) => r.unitNameEn || null },
  { key: 'support_programme', type: 'text', value: (r) => r.supportProgramme },
  { key: 'support_type', type: 'text', value: (r) => r.supportType },
  { key: 'completed_handed_over', type: 'integer', value: (r) => r.completed },
  { key: 'under_way', type: 'integer', value: (r) => r.underWay },
  { key: 'not_started', type: 'integer', value: (r) => r.notStarted },
] as const satisfies readonly Column<ProgrammeReportLine>[];

/**
 * Official reports as imported, in the columns of ../shared/official/national-reports.csv (so the
 * file imports back as it is), with the era the area's code belongs to. Empty: not stated.
 */
export const officialReportOpenDataColumns = [
  { key: 'as_of', type: 'date', value: (r) => r.asOf },
  { key: 'area', type: 'text', value: (r) => r.area },
  { key: 'area_era', type: 'text', value: (r) => r.areaEra },
  { key: 'kind', type: 'text', value: (r) => r.kind },
  ...officialCountColumns.map(
    (column) =>
      ({ key: column, type: 'integer', value: (r) => r.counts[column] }) as const satisfies Column<OfficialReport>,
  ),
  { key: 'money_mobilised_billion_dong', type: 'number', value: (r) => r.moneyMobilisedBillionDong },
  { key: 'publisher', type: 'text', value: (r) => r.publisher },
  { key: 'source', type: 'text', value: (r) => r.source },
  { key: 'note', type: 'text', value: (r) => r.note },
] as const satisfies readonly Column<OfficialReport>[];

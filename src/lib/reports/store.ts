import type { ProgressCounts } from '../progress/progress-counts.ts';
import type { Database } from '../../../db/client.ts';
import { findCurrentUnit } from '../units/store.ts';
import { currentEra } from '../units/vocabulary.ts';
import { countsByUnitOnDate } from './on-date-store.ts';
import type { Problem, Result } from '../forms/result.ts';
import { isoDateOf } from '../households/household-sheet.ts';
import type { Locale } from '../i18n/locales.ts';
import { can, type Grant } from '../officials/roles.ts';
import { reportTable, type ReportWords } from './progress-report.ts';
import { reportPdf, reportSpreadsheet } from './report-files.ts';

export interface CommuneOnDate {
  communeCode: string;
  communeName: string;
  counts: ProgressCounts;
}

/**
 * Each commune's figures as they stood at the end of a day, rebuilt from the stage history
 * (on-date-store.ts). For officials' periodic reports, so it reads households directly rather
 * than the published figures, which only hold today's.
 */
export async function progressOnDate(
  db: Database,
  area: { level: 'province' | 'commune'; code: string },
  date: string,
): Promise<CommuneOnDate[]> {
  const units = await countsByUnitOnDate(db, { era: currentEra, ...area }, date);
  return units.map((unit) => ({ communeCode: unit.code, communeName: unit.name, counts: unit.counts }));
}

/** What a report asked for cannot give: no such area, an area the official may not report on, or a date not yet past. */
export type ReportProblem = 'areaInvalid' | 'areaNotYours' | 'dateInvalid';

export interface ReportFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * The report form (`area`: a province or commune code; `date`, day first or ISO, today when not
 * given; `format`: xlsx or pdf) as a file: the area's figures at the end of that day, if these
 * grants may read reports there, worded in `locale` with `words`. `today` is the date in Vietnam.
 */
export async function progressReportFile(
  db: Database,
  fields: Record<string, unknown>,
  grants: readonly Grant[],
  locale: Locale,
  words: ReportWords,
  today: string,
): Promise<Result<ReportFile, ReportProblem>> {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const areaCode = text(fields.area);
  const format = fields.format === 'pdf' ? 'pdf' : 'xlsx';
  const problems: Problem<ReportProblem>[] = [];
  const unit = /^(\d{2}|\d{5})$/.test(areaCode) ? await findCurrentUnit(db, areaCode) : undefined;
  const level = unit?.level === 'province' || unit?.level === 'commune' ? unit.level : undefined;
  const area =
    unit &&
    (level === 'province' ? { provinceCode: unit.code } : { communeCode: unit.code, provinceCode: unit.provinceCode });
  if (!unit || !level || !area) problems.push({ code: 'areaInvalid', field: 'area' });
  else if (!can(grants, 'read_reports', area)) problems.push({ code: 'areaNotYours', field: 'area' });
  const date = isoDateOf(fields.date === undefined ? today : text(fields.date));
  if (!date || date > today) problems.push({ code: 'dateInvalid', field: 'date' });
  if (problems.length > 0 || !unit || !level || !date) return { ok: false, problems };
  const communes = await progressOnDate(db, { level, code: unit.code }, date);
  const report = {
    areaName: locale === 'en' ? unit.fullNameEn : unit.fullName,
    date,
    generatedAt: new Date(),
    communes: communes.map((commune) => ({
      code: commune.communeCode,
      name: commune.communeName,
      counts: commune.counts,
    })),
  };
  const table = reportTable(report, words, locale);
  return {
    ok: true,
    value: {
      fileName: `bao-cao-tien-do-${unit.code}-${date}.${format}`,
      contentType:
        format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
      bytes: format === 'xlsx' ? await reportSpreadsheet(table) : await reportPdf(table, locale),
    },
  };
}

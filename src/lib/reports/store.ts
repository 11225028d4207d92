import { and, asc, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { HouseholdStage } from '../households/vocabulary.ts';
import type { ProgressCounts } from '../progress/progress-counts.ts';
import type { Database } from '../../../db/client.ts';
import { adminUnits, households, householdStageEvents } from '../../../db/schema/index.ts';
import { currentUnitIs, findCurrentUnit } from '../units/store.ts';
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
 * Each commune's figures as they stood at the end of a day, rebuilt from the stage history: a
 * household counts at the last stage it had reached by that day, and not at all if it was not
 * yet identified. For officials' periodic reports, so it reads households directly rather than
 * the published figures, which only hold today's.
 */
export async function progressOnDate(
  db: Database,
  area: { level: 'province' | 'commune'; code: string },
  date: string,
): Promise<CommuneOnDate[]> {
  const inArea =
    area.level === 'province' ? eq(adminUnits.provinceCode, area.code) : eq(households.communeCode, area.code);
  const stageOnDate = db
    .selectDistinctOn([householdStageEvents.householdId], {
      householdId: householdStageEvents.householdId,
      stage: householdStageEvents.stage,
    })
    .from(householdStageEvents)
    .innerJoin(households, eq(households.id, householdStageEvents.householdId))
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .where(and(inArea, lte(householdStageEvents.occurredOn, date)))
    .orderBy(householdStageEvents.householdId, desc(householdStageEvents.occurredOn), desc(householdStageEvents.id))
    .as('stage_on_date');
  const count = (condition: SQL | undefined) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  const atStage = (stage: HouseholdStage) => count(sql`${stageOnDate.stage} = ${stage}`);
  const rows = await db
    .select({
      communeCode: adminUnits.code,
      communeName: adminUnits.fullName,
      households: sql<number>`count(*)`.mapWith(Number),
      withdrawn: atStage('withdrawn'),
      identified: atStage('identified'),
      approved: atStage('approved'),
      started: atStage('started'),
      completed: atStage('completed'),
      handedOver: atStage('handed_over'),
      validated: atStage('validated'),
      newBuild: count(and(eq(households.supportType, 'new_build'), sql`${stageOnDate.stage} <> 'withdrawn'`)),
      repair: count(and(eq(households.supportType, 'repair'), sql`${stageOnDate.stage} <> 'withdrawn'`)),
      supportAmount:
        sql<bigint>`coalesce(sum(${households.supportAmount}) filter (where ${stageOnDate.stage} <> 'withdrawn'), 0)`.mapWith(
          BigInt,
        ),
    })
    .from(stageOnDate)
    .innerJoin(households, eq(households.id, stageOnDate.householdId))
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .groupBy(adminUnits.code, adminUnits.fullName)
    .orderBy(asc(adminUnits.code));
  return rows.map(({ communeCode, communeName, ...counts }) => ({ communeCode, communeName, counts }));
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

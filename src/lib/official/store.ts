import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { adminUnits, officialReports, officialSupportLevels, provinceSuccessions } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { ok, type Problem, type Result } from '../forms/result.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { can, type Grant } from '../officials/roles.ts';
import { currentEra, eras, formerEra, type Era } from '../units/vocabulary.ts';
import {
  officialCountColumns,
  readOfficialReports,
  type OfficialCountColumn,
  type OfficialReportProblem,
  type OfficialReportRecord,
} from './report-csv.ts';
import type { SupportLevel } from './support-levels.ts';
import type { OfficialReport } from './official-report.ts';

export type { OfficialReport };

/** Replaces the national support levels with the file's (reference data, loaded by the seed). */
export async function saveSupportLevels(db: Database, levels: readonly SupportLevel[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(officialSupportLevels);
    if (levels.length > 0) await tx.insert(officialSupportLevels).values([...levels]);
    await markPublicDataChanged(tx);
  });
}

export async function listSupportLevels(db: Database): Promise<SupportLevel[]> {
  return db.select().from(officialSupportLevels).orderBy(asc(officialSupportLevels.programme));
}

export interface OfficialImport {
  added: number;
  alreadyImported: number;
}

export type OfficialImportProblem = OfficialReportProblem | 'areaNotYours';

/**
 * Imports a CSV of official reports: all its rows or none. A row imported before (same values)
 * is not added again. `importer` is the official uploading it, whose grants must cover every row's
 * area (the whole country for national figures), or null for the command line and the seed.
 */
export async function importOfficialReports(
  db: Database,
  csv: string,
  importer: { officialId: number; grants: readonly Grant[]; fileName: string } | null,
): Promise<Result<OfficialImport, OfficialImportProblem>> {
  const provinces = await db
    .select({ era: adminUnits.era, code: adminUnits.code })
    .from(adminUnits)
    .where(eq(adminUnits.level, 'province'));
  const provinceCodes = Object.fromEntries(
    eras.map((era) => [era, new Set(provinces.filter((p) => p.era === era).map((p) => p.code))]),
  ) as Record<Era, Set<string>>;
  const read = readOfficialReports(csv, provinceCodes);
  if (!read.ok) return read;
  const rows = read.value;
  if (importer) {
    const successorOf = new Map(
      (await db.select().from(provinceSuccessions)).map((row) => [row.oldProvinceCode, row.newProvinceCode]),
    );
    const outside: Problem<OfficialImportProblem>[] = rows.flatMap((row, index) => {
      const provinceCode = row.areaEra === formerEra ? successorOf.get(row.area) : row.area;
      const area = row.area === 'national' || !provinceCode ? 'country' : { provinceCode };
      return can(importer.grants, 'import_official_reports', area)
        ? []
        : [{ code: 'areaNotYours', field: 'area', values: { row: index + 2, column: 'area', value: row.area } }];
    });
    if (outside.length > 0) return { ok: false, problems: outside.slice(0, 20) };
  }
  return ok(
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(officialReports)
        .values(rows.map((row) => ({ ...toColumns(row), importedBy: importer?.officialId ?? null })))
        .onConflictDoNothing({ target: officialReports.fingerprint })
        .returning({ id: officialReports.id });
      const result = { added: inserted.length, alreadyImported: rows.length - inserted.length };
      // Pages answered from memory show official figures: they must be made again.
      if (inserted.length > 0) await markPublicDataChanged(tx);
      if (importer)
        await recordAuditEvent(tx, {
          officialId: importer.officialId,
          action: 'official_reports_imported',
          subject: `official_reports:${importer.fileName}`,
          after: { ...result, ids: inserted.map((row) => row.id) },
        });
      return result;
    }),
  );
}

const columnOf: Record<OfficialCountColumn, keyof typeof officialReports.$inferInsert> = {
  homes_total: 'homesTotal',
  completed: 'completed',
  under_way: 'underWay',
  new_build: 'newBuild',
  repair: 'repair',
  meritorious_total: 'meritoriousTotal',
  target_programmes_total: 'targetProgrammesTotal',
  campaign_total: 'campaignTotal',
  localities_done: 'localitiesDone',
  localities_total: 'localitiesTotal',
  workdays: 'workdays',
};

function toColumns(row: OfficialReportRecord): typeof officialReports.$inferInsert {
  return {
    asOf: row.asOf,
    area: row.area,
    areaEra: row.areaEra,
    kind: row.kind,
    ...Object.fromEntries(officialCountColumns.map((column) => [columnOf[column], row.counts[column]])),
    moneyMobilisedBillionDong: row.moneyMobilisedBillionDong,
    publisher: row.publisher,
    source: row.source,
    note: row.note,
    fingerprint: row.fingerprint,
  };
}

/**
 * The reports about the nation, or about a 2025 province: its own (dated from 1/7/2025) and
 * those of the pre-2025 provinces merged into it, oldest first.
 */
export async function listOfficialReports(
  db: Database,
  area: { level: 'nation' } | { level: 'province'; code: string } | { level: 'all' },
): Promise<OfficialReport[]> {
  const where =
    area.level === 'all'
      ? undefined
      : area.level === 'nation'
        ? eq(officialReports.area, 'national')
        : or(
            and(eq(officialReports.areaEra, currentEra), eq(officialReports.area, area.code)),
            and(
              eq(officialReports.areaEra, formerEra),
              inArray(
                officialReports.area,
                db
                  .select({ code: provinceSuccessions.oldProvinceCode })
                  .from(provinceSuccessions)
                  .where(eq(provinceSuccessions.newProvinceCode, area.code)),
              ),
            ),
          );
  const rows = await db
    .select({ report: officialReports, areaName: adminUnits.fullName, areaNameEn: adminUnits.fullNameEn })
    .from(officialReports)
    .leftJoin(adminUnits, and(eq(adminUnits.era, officialReports.areaEra), eq(adminUnits.code, officialReports.area)))
    .where(where)
    .orderBy(asc(officialReports.asOf), asc(officialReports.id));
  return rows.map(({ report, areaName, areaNameEn }) => ({
    id: report.id,
    asOf: report.asOf,
    area: report.area,
    areaEra: report.areaEra,
    areaName,
    areaNameEn,
    kind: report.kind,
    counts: Object.fromEntries(
      officialCountColumns.map((column) => [column, report[columnOf[column] as keyof typeof report] as number | null]),
    ) as Record<OfficialCountColumn, number | null>,
    moneyMobilisedBillionDong: report.moneyMobilisedBillionDong,
    publisher: report.publisher,
    source: report.source,
    note: report.note,
  }));
}

/** Every report kept, for the open data file. */
export function listAllOfficialReports(db: Database): Promise<OfficialReport[]> {
  return listOfficialReports(db, { level: 'all' });
}

/** How many official reports are kept, for the seed's summary. */
export async function countOfficialReports(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(officialReports);
  return row?.n ?? 0;
}

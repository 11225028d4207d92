import type { Database } from '../../../db/client.ts';
import { listCampaigns } from '../campaigns/store.ts';
import { refused, ok, type ProblemValues, type Result } from '../forms/result.ts';
import { isoDateOf } from '../households/household-sheet.ts';
import { findUnit, listUnits } from '../units/store.ts';
import { eraOn, eras, type Era } from '../units/vocabulary.ts';
import { countsOnDate } from './on-date-store.ts';
import { programmeReport, type ProgrammeReport } from './programme-report.ts';

/** What a report as at a date cannot be made for: no such province in the era, a wrong era, date or campaign. */
export type ProgrammeReportProblem = 'area' | 'era' | 'asOf' | 'campaign';

/**
 * The national (`area` = `national`) or a province's report as at the end of `as_of` (today when
 * not given; never a day to come), in `era` (by default the era in force on that day: 63
 * provinces before 1/7/2025, 34 after), optionally for one campaign. `today` is the date in Vietnam.
 * A wrong date, era or campaign still names the province asked for (`values.areaName`,
 * `areaNameEn`; none for the nation), found in the era the rest of the query gives, as a commune's
 * page with a wrong filter still names its commune.
 */
export async function programmeReportAsOf(
  db: Database,
  area: string,
  params: URLSearchParams,
  today: string,
): Promise<Result<ProgrammeReport, ProgrammeReportProblem>> {
  const asOfText = params.get('as_of')?.trim();
  const asOf = asOfText ? isoDateOf(asOfText) : today;
  const asOfValid = asOf !== undefined && asOf <= today;
  const eraText = params.get('era')?.trim();
  const eraValid = !eraText || eras.includes(eraText as Era);
  const era = (eraValid && (eraText as Era | undefined)) || eraOn(asOfValid ? asOf : today);
  const province = area === 'national' ? undefined : /^\d{2}$/.test(area) ? await findUnit(db, era, area) : undefined;
  if (area !== 'national' && (!province || province.level !== 'province'))
    return refused('area', { field: 'area', values: { era } });
  const named: ProblemValues = province ? { areaName: province.fullName, areaNameEn: province.fullNameEn } : {};
  if (!asOfValid) return refused('asOf', { field: 'as_of', values: named });
  if (!eraValid) return refused('era', { field: 'era', values: named });
  const campaignId = params.get('campaign')?.trim() || undefined;
  const chosen = campaignId ? (await listCampaigns(db)).find((campaign) => campaign.id === campaignId) : undefined;
  if (campaignId && !chosen) return refused('campaign', { field: 'campaign', values: named });
  const campaign = chosen ? { id: chosen.id, name: chosen.nameVi, nameEn: chosen.nameEn } : null;
  if (!province) {
    const [units, rows] = await Promise.all([
      listUnits(db, { era, level: 'province' }),
      countsOnDate(db, { era, level: 'nation' }, asOf, { campaignId }),
    ]);
    return ok(
      programmeReport(
        { era, area, areaName: null, areaNameEn: null, asOf, campaign },
        units.map((u) => ({ code: u.code, name: u.fullName, nameEn: u.fullNameEn })),
        rows,
      ),
    );
  }
  const [units, rows] = await Promise.all([
    listUnits(db, { era, level: 'commune', provinceCode: province.code }),
    countsOnDate(db, { era, level: 'province', code: province.code }, asOf, { campaignId }),
  ]);
  // A province's report lists the communes that have households, not every one of its communes.
  const counted = new Set(rows.map((row) => row.unitCode));
  return ok(
    programmeReport(
      { era, area, areaName: province.fullName, areaNameEn: province.fullNameEn, asOf, campaign },
      units
        .filter((unit) => counted.has(unit.code))
        .map((u) => ({ code: u.code, name: u.fullName, nameEn: u.fullNameEn })),
      rows,
    ),
  );
}

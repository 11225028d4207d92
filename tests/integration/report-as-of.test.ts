import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import type { DemoHousehold } from '../../src/lib/households/demo-households.ts';
import { replaceDemoHouseholds, stageHistoriesOfCommune } from '../../src/lib/households/store.ts';
import { communesProgressTable, provincesProgressTable } from '../../src/lib/progress/open-data-store.ts';
import { programmeReportAsOf } from '../../src/lib/reports/programme-report-store.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import {
  programmeReportArea,
  programmeReportLines,
  programmeReportQuery,
  programmeReportTables,
  type ProgrammeReport,
} from '../../src/lib/reports/programme-report.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

type Stage = DemoHousehold['stages'][number];
const at = (stage: Stage['stage'], occurredOn: string): Stage => ({ stage, occurredOn });

/** Five homes whose stage dates are known; the figures below are counted from them by hand. */
function household(n: number, fields: Partial<DemoHousehold> & Pick<DemoHousehold, 'stages'>): DemoHousehold {
  return {
    publicCode: `T-${n}`,
    campaignId: 'national-2025',
    recordedEra: 'pre2025',
    recordedCommuneCode: '01843', // Phường ... of Bắc Kạn (06) before 1/7/2025
    communeCode: '01843', // Phường Bắc Kạn, Thái Nguyên (19) since
    village: 'Thôn 1',
    category: 'poor',
    supportProgramme: 'temporary_housing_elimination',
    supportType: 'new_build',
    displayName: 'N.V.A.',
    supportAmount: 60_000_000n,
    withdrawnReason: null,
    ...fields,
  };
}
const homes = [
  household(1, {
    category: 'meritorious_family',
    supportProgramme: 'meritorious_housing',
    stages: [
      at('identified', '2025-01-10'),
      at('approved', '2025-02-01'),
      at('started', '2025-03-01'),
      at('completed', '2025-05-20'),
      at('handed_over', '2025-06-01'),
    ],
  }),
  household(2, {
    supportType: 'repair',
    supportAmount: 30_000_000n,
    stages: [at('identified', '2025-01-15'), at('started', '2025-04-10'), at('completed', '2025-08-15')],
  }),
  household(3, {
    recordedEra: '2025',
    recordedCommuneCode: '18229',
    communeCode: '18229', // Xã Đức Thọ, Hà Tĩnh (42)
    supportProgramme: 'national_target_programmes',
    supportAmount: 40_000_000n,
    stages: [at('identified', '2025-07-05'), at('started', '2025-07-20')],
  }),
  household(4, {
    recordedCommuneCode: '18259', // a Hà Tĩnh commune merged whole into Đức Thọ
    communeCode: '18229',
    stages: [at('identified', '2025-02-01'), at('withdrawn', '2025-04-01')],
    withdrawnReason: 'test',
  }),
  household(5, {
    recordedCommuneCode: '18259',
    communeCode: '18229',
    category: 'meritorious_family',
    supportProgramme: 'meritorious_housing',
    supportType: 'repair',
    supportAmount: 30_000_000n,
    stages: [
      at('identified', '2025-03-01'),
      at('approved', '2025-03-10'),
      at('started', '2025-06-20'),
      at('completed', '2025-06-30'),
      at('validated', '2025-07-10'),
    ],
  }),
];

/** The report's non-zero cells as `unit programme type status count` lines, sorted. */
function cells(report: ProgrammeReport): string[] {
  return programmeReportLines(report)
    .flatMap((line) =>
      (
        [
          ['completed', line.completed],
          ['under_way', line.underWay],
          ['not_started', line.notStarted],
        ] as const
      )
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${line.unitCode || '-'} ${line.supportProgramme} ${line.supportType} ${status} ${n}`),
    )
    .sort();
}

describe(`reports as at a date, as official reports count (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  const today = '2026-11-25';
  const report = async (area: string, query: string) => {
    const made = await programmeReportAsOf(database.db, area, new URLSearchParams(query), today);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    return made.value;
  };
  beforeAll(async () => {
    database = await createSeededDatabase();
    await replaceDemoHouseholds(database.db, homes);
  });
  afterAll(() => database?.close());

  it('31/3/2025, in the 63 provinces then in force: two under way or not started in Bắc Kạn, two in Hà Tĩnh', async () => {
    const march = await report('national', 'as_of=2025-03-31');
    expect(march.era).toBe('pre2025');
    expect(march.units).toHaveLength(63);
    expect(cells(march)).toEqual([
      '06 meritorious_housing new_build under_way 1',
      '06 temporary_housing_elimination repair not_started 1',
      '42 meritorious_housing repair not_started 1',
      '42 temporary_housing_elimination new_build not_started 1',
    ]);
    // The same day counted in today's 34 provinces: Bắc Kạn's homes roll up into Thái Nguyên.
    const rolledUp = await report('national', 'as_of=2025-03-31&era=2025');
    expect(rolledUp.units).toHaveLength(34);
    expect(cells(rolledUp).map((line) => line.replace(/^19 /, '06 '))).toEqual(cells(march));
  });

  it('30/6/2025: a withdrawn home leaves the report; handed over and completed count together', async () => {
    const june = await report('national', 'as_of=30/06/2025');
    expect(cells(june)).toEqual([
      '06 meritorious_housing new_build completed 1',
      '06 temporary_housing_elimination repair under_way 1',
      '42 meritorious_housing repair completed 1',
    ]);
    expect(june.total).toEqual({
      new_build: { completed: 1, under_way: 0, not_started: 0 },
      repair: { completed: 1, under_way: 1, not_started: 0 },
    });
  });

  it('30/9/2025, in the 34 provinces; a home recorded in today’s units goes back to its former province, not commune', async () => {
    const september = await report('national', 'as_of=2025-09-30');
    expect(september.era).toBe('2025');
    expect(cells(september)).toEqual([
      '19 meritorious_housing new_build completed 1',
      '19 temporary_housing_elimination repair completed 1',
      '42 meritorious_housing repair completed 1',
      '42 national_target_programmes new_build under_way 1',
    ]);
    expect(september.byProgramme.meritorious_housing.repair.completed).toBe(1);
    const former = await report('national', 'as_of=2025-09-30&era=pre2025');
    // Đức Thọ's predecessors all lay in Hà Tĩnh (42).
    expect(cells(former)).toEqual([
      '06 meritorious_housing new_build completed 1',
      '06 temporary_housing_elimination repair completed 1',
      '42 meritorious_housing repair completed 1',
      '42 national_target_programmes new_build under_way 1',
    ]);
    const formerHaTinh = await report('42', 'as_of=2025-09-30&era=pre2025');
    expect(cells(formerHaTinh)).toEqual([
      '- national_target_programmes new_build under_way 1',
      '18259 meritorious_housing repair completed 1',
    ]);
    const province = await report('42', 'as_of=2025-09-30');
    expect(province.areaName).toBe('Tỉnh Hà Tĩnh');
    expect(cells(province)).toEqual([
      '18229 meritorious_housing repair completed 1',
      '18229 national_target_programmes new_build under_way 1',
    ]);
    const bacKan = await report('06', 'as_of=2025-06-30&era=pre2025');
    expect(cells(bacKan)).toEqual([
      '01843 meritorious_housing new_build completed 1',
      '01843 temporary_housing_elimination repair under_way 1',
    ]);
  });

  it('refuses a day to come, a province the era does not have, a wrong era or campaign', async () => {
    const refused = async (area: string, query: string) => {
      const made = await programmeReportAsOf(database.db, area, new URLSearchParams(query), today);
      return made.ok ? 'made' : made.problems[0]!.code;
    };
    expect(await refused('national', 'as_of=2026-11-26')).toBe('asOf');
    expect(await refused('national', 'as_of=2025-02-30')).toBe('asOf');
    expect(await refused('06', 'as_of=2025-09-30')).toBe('area');
    expect(await refused('national', 'era=1990')).toBe('era');
    expect(await refused('national', 'campaign=none')).toBe('campaign');
  });

  it('still names the province asked for when its date, era or campaign is refused', async () => {
    for (const query of ['campaign=1', 'as_of=2025-02-30', 'as_of=2999-01-01', 'era=1990']) {
      const made = await programmeReportAsOf(database.db, '42', new URLSearchParams(query), today);
      expect(made.ok, query).toBe(false);
      if (!made.ok)
        expect(made.problems[0]!.values, query).toEqual({ areaName: 'Tỉnh Hà Tĩnh', areaNameEn: expect.any(String) });
    }
    // The era a refused date leaves is today's: a province only the former era had is not found.
    const former = await programmeReportAsOf(database.db, '06', new URLSearchParams('as_of=2999-01-01'), today);
    expect(former.ok ? 'made' : former.problems[0]!.code).toBe('area');
  });

  it('names the campaign a report is limited to, and its files keep every filter and record the campaign', async () => {
    const limited = await report('national', 'as_of=2025-09-30&era=pre2025&campaign=national-2025');
    expect(limited.campaign).toMatchObject({ id: 'national-2025' });
    const name = limited.campaign!.name;
    expect(programmeReportArea(limited, messagesFor('vi'), 'vi')).toBe(`Toàn quốc, kế hoạch “${name}”`);
    expect(programmeReportArea(limited, messagesFor('en'), 'en')).toBe(
      `Nationwide, campaign “${limited.campaign!.nameEn}”`,
    );
    const [table] = programmeReportTables(limited, messagesFor('vi'), 'vi', new Date('2025-10-01T00:00:00Z'));
    expect(table!.title).toContain(name);
    // What the page links to its CSV, XLSX and JSON: the same report again.
    const query = programmeReportQuery(limited);
    expect(Object.fromEntries(query)).toEqual({ as_of: '2025-09-30', era: 'pre2025', campaign: 'national-2025' });
    expect(await report('national', query.toString())).toEqual(limited);
    expect(new Set(programmeReportLines(limited).map((line) => line.campaign))).toEqual(new Set(['national-2025']));
    // Without a campaign, the report covers every campaign and says so by naming none.
    const all = await report('national', 'as_of=2025-09-30');
    expect(all.campaign).toBeNull();
    expect(programmeReportQuery(all).has('campaign')).toBe(false);
    expect(programmeReportArea(all, messagesFor('vi'), 'vi')).toBe('Toàn quốc');
    expect(programmeReportLines(all)[0]!.campaign).toBeNull();
  });

  it('words the eras in its refusals, never their codes', () => {
    for (const locale of ['vi', 'en'] as const) {
      const { reports } = messagesFor(locale);
      expect(reports.asOfProblem.era).not.toMatch(/pre2025|\b2025 (or|hoặc)/);
      expect(reports.asOfProblem.era).toMatch(/1\/7\/2025.*1\/7\/2025/);
      expect(reports.asOfProblem.area(reports.eraLabel.pre2025)).toContain(reports.eraLabel.pre2025);
    }
  });

  it('keeps each home’s whole stage history for the household open data', async () => {
    const histories = await stageHistoriesOfCommune(database.db, '18229');
    expect([...histories.keys()].sort()).toEqual(['T-3', 'T-4', 'T-5']);
    expect(histories.get('T-5')).toEqual(homes[4]!.stages);
  });

  it('gives the progress open data as at a date with ?as_of=', async () => {
    const table = await provincesProgressTable(database.db, 'json', new URLSearchParams('as_of=2025-06-30'));
    if (!table.ok) throw new Error('refused');
    const row = (code: string) => table.value.rows.find((r) => r.code === code);
    expect(row('19')).toMatchObject({ inScope: 2, handedOver: 1, started: 1, delivered: 1, moneySpent: null });
    expect(row('42')).toMatchObject({ inScope: 1, withdrawn: 1, completed: 1, delivered: 1, progressPercent: 100 });
    const communes = await communesProgressTable(
      database.db,
      '42',
      'csv',
      new URLSearchParams('as_of=2025-03-31&era=pre2025'),
    );
    if (!communes.ok) throw new Error('refused');
    expect(communes.value.rows.find((r) => r.code === '18259')).toMatchObject({
      inScope: 2,
      identified: 1,
      approved: 1,
    });
    const future = await provincesProgressTable(database.db, 'json', new URLSearchParams('as_of=2999-01-01'));
    expect(future.ok || future.problems[0]!.code).toBe('asOf');
  });
});

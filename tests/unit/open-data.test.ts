import { describe, expect, it } from 'vitest';
import { householdColumns, progressColumns } from '../../src/lib/open-data/columns.ts';
import { toCsv, toRecords } from '../../src/lib/open-data/formats.ts';
import { toGeoJson } from '../../src/lib/open-data/geojson.ts';
import { progressRows } from '../../src/lib/open-data/progress-rows.ts';
import { parseOpenDataQuery } from '../../src/lib/open-data/query.ts';
import { inEveryLanguage } from '../../src/lib/i18n/messages.ts';
import { emptyCounts } from '../../src/lib/progress/progress-counts.ts';

const haTinh = { code: '42', name: 'Hà Tĩnh', nameEn: 'Ha Tinh', provinceCode: '42' };
const hanoi = { code: '01', name: 'Hà Nội', nameEn: 'Ha Noi', provinceCode: '01' };
const figures = new Map([
  ['42', { ...emptyCounts, households: 3, withdrawn: 1, completed: 1, newBuild: 2, supportAmount: 120_000_000n }],
]);

describe('open data rows', () => {
  it('give every unit a row, with zeros and an empty progress where there are no households', () => {
    const rows = progressRows([hanoi, haTinh], figures);
    expect(rows.map((r) => [r.code, r.inScope, r.delivered, r.progressPercent])).toEqual([
      ['01', 0, 0, null],
      ['42', 2, 1, 50],
    ]);
  });
});

describe('CSV for Excel', () => {
  const csv = toCsv(progressRows([haTinh], figures), progressColumns);

  it('starts with a byte-order mark and the dictionary’s column names, with Windows line ends', () => {
    expect(csv.startsWith('\uFEFFcode,name,name_en,province_code,households_in_scope,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('keeps codes, diacritics and whole đồng exactly', () => {
    // The last column, money spent, is empty where it is not kept (one campaign, pre-2025 units).
    expect(csv.split('\r\n')[1]).toBe('42,Hà Tĩnh,Ha Tinh,42,2,1,0,0,0,1,0,0,1,2,0,50,120000000,');
    const spent = toCsv(progressRows([haTinh], figures, new Map([['42', 25_000_000n]])), progressColumns);
    expect(spent.split('\r\n')[1]).toBe('42,Hà Tĩnh,Ha Tinh,42,2,1,0,0,0,1,0,0,1,2,0,50,120000000,25000000');
  });

  it('quotes text that holds commas or quotes', () => {
    const row = {
      publicCode: 'X-1',
      communeCode: '18229',
      village: 'Thôn "Đông", xóm 2',
      category: 'poor',
      supportProgramme: 'temporary_housing_elimination',
      supportType: 'repair',
      displayName: 'N.V.A.',
      stage: 'started',
      stageDate: '2025-08-01',
      supportAmount: 30_000_000n,
      campaignId: 'duc-tho-2025',
      recordedEra: '2025',
      recordedCommuneCode: '18229',
      isDemo: true,
      findings: [],
      stageHistory: [
        { stage: 'identified', occurredOn: '2025-06-02' },
        { stage: 'started', occurredOn: '2025-08-01' },
      ],
      nationalLevel: undefined,
    };
    expect(toCsv([row], householdColumns)).toContain(',"Thôn ""Đông"", xóm 2",');
    // The whole history, not only the current stage.
    expect(toRecords([row], householdColumns)[0]).toMatchObject({
      stage: 'started',
      stage_history: 'identified:2025-06-02 started:2025-08-01',
    });
  });
});

describe('household files and the national support level', () => {
  const row = {
    publicCode: 'X-2',
    communeCode: '18229',
    village: 'Thôn 1',
    category: 'meritorious_family',
    supportProgramme: 'meritorious_housing',
    supportType: 'new_build',
    stage: 'started',
    stageDate: '2025-08-01',
    supportAmount: 60_000_000n,
    campaignId: 'duc-tho-2025',
    recordedEra: '2025',
    recordedCommuneCode: '18229',
    isDemo: true,
    stageHistory: [],
  };

  it('carry the level, its legal basis with its date, and its source', () => {
    const nationalLevel = {
      amount: 60_000_000n,
      legalBasis: 'Quyết định 21/2024/QĐ-TTg',
      basisDate: '2024-11-22',
      source: 'https://example.org/qd-21',
    };
    expect(toRecords([{ ...row, nationalLevel }], householdColumns)[0]).toMatchObject({
      national_support_level_dong: '60000000',
      national_support_level_basis: 'Quyết định 21/2024/QĐ-TTg, 2024-11-22',
      national_support_level_source: 'https://example.org/qd-21',
    });
    expect(
      toRecords([{ ...row, nationalLevel: { ...nationalLevel, basisDate: null } }], householdColumns)[0],
    ).toMatchObject({
      national_support_level_basis: 'Quyết định 21/2024/QĐ-TTg',
    });
  });

  it('leave them empty where no level is published for the programme', () => {
    expect(toRecords([{ ...row, nationalLevel: undefined }], householdColumns)[0]).toMatchObject({
      national_support_level_dong: null,
      national_support_level_basis: null,
      national_support_level_source: null,
    });
  });
});

describe('GeoJSON', () => {
  it('attaches each record to the boundary with the same code and leaves others out', () => {
    const topology = JSON.stringify({
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
          [0, 1],
          [-1, 0],
          [0, -1],
        ],
      ],
      objects: {
        provinces: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0]], properties: { code: '42', name: 'Hà Tĩnh' } },
            { type: 'Polygon', arcs: [[0]], properties: { code: '99', name: 'Nowhere' } },
          ],
        },
      },
    });
    const collection = toGeoJson(topology, [{ code: '42', households_in_scope: 2 }]);
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]).toMatchObject({
      properties: { code: '42', households_in_scope: 2 },
      geometry: { type: 'Polygon' },
    });
  });
});

describe('open data query parameters', () => {
  const campaigns = ['duc-tho-2025', 'national-2025'];
  const parse = (format: string, query: string) =>
    parseOpenDataQuery(format, new URLSearchParams(query), campaigns, '2026-11-25');
  /** What the answer says of a refused query. */
  const problem = (format: string, query: string) => {
    const parsed = parse(format, query);
    return parsed.ok ? undefined : inEveryLanguage((t) => t.openData.problem[parsed.problems[0]!.code]);
  };

  it('default to today’s units and all campaigns', () => {
    expect(parse('csv', '')).toEqual({
      ok: true,
      value: { format: 'csv', era: '2025', campaignId: undefined, asOf: undefined },
    });
    expect(parse('json', 'era=pre2025&campaign=duc-tho-2025')).toEqual({
      ok: true,
      value: { format: 'json', era: 'pre2025', campaignId: 'duc-tho-2025', asOf: undefined },
    });
  });

  it('explain a wrong format, era or campaign in both languages', () => {
    expect(problem('xlsx', '')).toMatchObject({ en: 'The format must be csv, json or geojson.' });
    expect(problem('csv', 'era=1999')).toMatchObject({ vi: expect.stringContaining('era') });
    expect(problem('geojson', 'era=pre2025')).toMatchObject({ en: expect.stringContaining('GeoJSON') });
    expect(problem('csv', 'campaign=nope')).toMatchObject({ en: 'Unknown or malformed campaign identifier.' });
    expect(problem('csv', 'campaign=%27;drop')).toMatchObject({ en: 'Unknown or malformed campaign identifier.' });
  });

  it('take a past day as as_of, and refuse a malformed or future one', () => {
    expect(parse('csv', 'as_of=2025-06-30')).toMatchObject({ ok: true, value: { asOf: '2025-06-30' } });
    expect(problem('csv', 'as_of=30/06/2025')).toMatchObject({ en: expect.stringContaining('as_of') });
    expect(problem('csv', 'as_of=2026-11-26')).toMatchObject({ vi: expect.stringContaining('as_of') });
  });
});

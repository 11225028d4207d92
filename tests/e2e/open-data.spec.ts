import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { portalProgrammeOf } from '../../src/lib/official/vocabulary.ts';
import { readSupportLevels } from '../../src/lib/official/support-levels.ts';

test.describe('open data for journalists and researchers', () => {
  test('province progress as CSV opens in Excel with diacritics intact', async ({ request }) => {
    const response = await request.get('/api/progress/provinces.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe('attachment; filename="progress-provinces-2025.csv"');
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 34);
    expect(lines.some((line) => line.startsWith('42,Hà Tĩnh,'))).toBe(true);
  });

  test('JSON carries the time of the figures and the dictionary’s address', async ({ request }) => {
    const json = await (await request.get('/api/progress/provinces/42/communes.json?campaign=duc-tho-2025')).json();
    expect(json.data_as_of).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(json.dictionary).toBe('/open-data#progress');
    const ducTho = json.rows.find((row: { code: string }) => row.code === '18229');
    expect(ducTho.households_in_scope).toBeGreaterThan(0);
  });

  test('GeoJSON has one feature per province, with its figures', async ({ request }) => {
    const response = await request.get('/api/progress/provinces.geojson');
    expect(response.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
    const geojson = await response.json();
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(34);
    expect(geojson.features[0].properties).toHaveProperty('progress_percent');
  });

  test('a commune’s household list holds no personal data, not even initials, nor the criteria findings', async ({
    request,
  }) => {
    const response = await request.get('/api/households/18229.json');
    expect(response.headers()['x-robots-tag']).toBe('noindex');
    const json = await response.json();
    expect(json.rows.length).toBeGreaterThan(0);
    expect(Object.keys(json.rows[0]).sort()).toEqual(
      [
        'campaign',
        'category',
        'commune_code',
        'household_code',
        'is_demo',
        'national_support_level_basis',
        'national_support_level_dong',
        'national_support_level_source',
        'recorded_commune_code',
        'recorded_era',
        'stage',
        'stage_date',
        'stage_history',
        'support_amount_dong',
        'support_programme',
        'support_type',
        'village',
      ].sort(),
    );
  });

  test('each household carries its programme’s national support level and legal basis, from the official file', async ({
    request,
  }) => {
    const levels = readSupportLevels(
      readFileSync(path.join(readEnvironment({}).SHARED_OFFICIAL_DIR, 'support-levels.csv'), 'utf8'),
    );
    const json = await (await request.get('/api/households/18229.json')).json();
    expect(json.rows.length).toBeGreaterThan(0);
    for (const row of json.rows) {
      const level = levels.find(
        (l) => portalProgrammeOf[l.programme] === row.support_programme && l.supportType === row.support_type,
      )!;
      expect(String(row.national_support_level_dong)).toBe(String(level.amount));
      expect(row).toMatchObject({
        national_support_level_basis: [level.legalBasis, level.basisDate].filter(Boolean).join(', '),
        national_support_level_source: level.source,
      });
    }
    const csv = (await (await request.get('/api/households/18229.csv')).body()).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('national_support_level_dong,national_support_level_basis');
  });

  test('official reports are their own file, apart from the portal’s figures', async ({ request }) => {
    const json = await (await request.get('/api/official-reports.json')).json();
    expect(json.dictionary).toBe('/open-data#official-reports');
    expect(json.rows.find((row: { as_of: string }) => row.as_of === '2025-06-28')).toMatchObject({
      area: 'national',
      completed: 229000,
      publisher: 'VNA (vietnam.vnanet.vn)',
    });
    const csv = (await (await request.get('/api/official-reports.csv')).body()).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('as_of,area,area_era,kind,homes_total');
  });

  test('the report as at a date comes as JSON, CSV and a spreadsheet', async ({ request }) => {
    const json = await (await request.get('/api/reports/national.json?as_of=2025-06-30')).json();
    expect(json.figures_as_at_end_of).toBe('2025-06-30');
    expect(json.rows[0]).toMatchObject({ as_of: '2025-06-30', era: 'pre2025', area: 'national' });
    const provinces = new Set(json.rows.map((row: { unit_code: string | null }) => row.unit_code));
    provinces.delete(null);
    expect(provinces.size).toBe(63);
    const xlsx = await request.get('/api/reports/42.xlsx?as_of=2025-09-30');
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await request.get('/api/reports/06.json?as_of=2025-09-30')).status()).toBe(404);
    const progress = await (await request.get('/api/progress/provinces.json?as_of=2025-06-30')).json();
    expect(progress.figures_as_at_end_of).toBe('2025-06-30');
  });

  test('answers a repeated request with 304 when nothing changed', async ({ request }) => {
    const first = await request.get('/api/progress/provinces.json');
    expect(first.headers()['etag']).toMatch(/^(W\/)?"[^"]+"$/);
    expect(first.headers()['cache-control']).toContain('s-maxage=');
    expect(first.headers()['cache-control']).toContain('stale-while-revalidate=');
    // The workspace tests, running at the same time, move homes on, which changes the figures now and
    // then: asked again with the validator of figures that did not change since, it answers 304.
    await expect
      .poll(async () => {
        const figures = await request.get('/api/progress/provinces.json');
        const again = await request.get('/api/progress/provinces.json', {
          headers: { 'If-None-Match': figures.headers()['etag']! },
        });
        return again.status();
      })
      .toBe(304);
  });

  test('refuses malformed parameters with 400 and unknown codes with 404, explaining in both languages', async ({
    request,
  }) => {
    const badEra = await request.get('/api/progress/provinces.csv?era=1990');
    expect(badEra.status()).toBe(400);
    expect((await badEra.json()).error.vi).toContain('era');
    expect((await request.get('/api/progress/provinces.xlsx')).status()).toBe(400);
    expect((await request.get('/api/progress/provinces.csv?campaign=none')).status()).toBe(400);
    const unknown = await request.get('/api/progress/provinces/99/communes.csv');
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.en).toBe('No province has the code “99” in the 2025 era.');
    expect((await request.get('/api/households/00000.csv')).status()).toBe(404);
    expect((await request.get('/api/households/18229.geojson')).status()).toBe(400);
  });

  test('the dictionary page explains every column, and pages link to their files', async ({ page }) => {
    await page.goto('/en/open-data');
    await expect(page.getByRole('table', { name: 'Columns of the progress files' })).toContainText('progress_percent');
    await page.goto('/commune/18229');
    await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/api/households/18229.csv');
  });
});

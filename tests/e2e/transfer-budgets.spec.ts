import { expect, test, type Request } from '@playwright/test';
import { compressedSize } from '../../scripts/bench/transfer-size.ts';

// Sizes, not speeds (issue 17.5): what a news site's reader downloads for the national embed, and
// the boundaries a province page draws, counted as the server sends them gzipped. `npm run bench`
// prints the same figures on national-size data.
const embedBudget = 75 * 1024;
const provinceGeometryBudget = 60 * 1024;

test.describe('transfer budgets', () => {
  test('everything the national embed loads is at most 75 KB gzipped', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Tiles are off by default; anything off the portal would be a request the budget misses.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
    );
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto('/embed/map', { waitUntil: 'networkidle' });
    await expect(page.locator('.leaflet-container canvas')).toBeVisible();
    const files = await Promise.all(
      requests.map(async (request) => ({ url: request.url(), ...(await compressedSize(request.url())) })),
    );
    const paths = files.map((file) => new URL(file.url).pathname);
    // What the budget covers: the page, its styles and scripts, Leaflet and the province boundaries.
    expect(paths).toContain('/api/boundaries/provinces.topo.json');
    expect(paths.some((path) => /\/leaflet[^/]*\.js$/.test(path))).toBe(true);
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    const listing = files.map((file) => `${(file.bytes / 1024).toFixed(1)} KB ${file.url}`).join('\n');
    expect(total, listing).toBeLessThanOrEqual(embedBudget);
    for (const file of files) if (file.bytes > 1024) expect(file.encoding, file.url).toBe('gzip');
  });

  test('each province’s commune boundaries are at most 60 KB gzipped', async ({ request, baseURL }) => {
    const provinces = (await (await request.get('/api/progress/provinces.json')).json()) as {
      rows: { code: string }[];
    };
    expect(provinces.rows.length).toBe(34);
    for (const { code } of provinces.rows) {
      const size = await compressedSize(`${baseURL}/api/boundaries/communes/${code}.topo.json`);
      expect(size.encoding, code).toBe('gzip');
      expect(size.bytes, code).toBeLessThanOrEqual(provinceGeometryBudget);
    }
  });
});

import { expect, test } from '@playwright/test';

test.describe('the progress map', () => {
  test.beforeEach(async ({ page, baseURL }) => {
    // No internet here, and tiles are optional: any request off this server fails the test.
    const origin = new URL(baseURL!).origin;
    await page.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
    );
    page.on('request', (request) => expect(request.url().startsWith(origin), request.url()).toBe(true));
  });

  test('draws the provinces with a legend, names both archipelagos, and points to its table', async ({ page }) => {
    const boundaries = page.waitForResponse('**/api/boundaries/provinces.topo.json');
    await page.goto('/');
    await page.locator('.progress-map').scrollIntoViewIfNeeded();
    expect((await boundaries).status()).toBe(200);
    await expect(page.locator('.progress-map .leaflet-container canvas')).toBeVisible();
    await expect(page.getByText('Quần đảo Hoàng Sa')).toBeVisible();
    await expect(page.getByText('Quần đảo Trường Sa')).toBeVisible();
    await expect(page.getByText('Tiến độ (% nhà đã hoàn thành)')).toBeVisible();
    const map = page.getByRole('region', { name: /Bản đồ tiến độ/ });
    const tableId = await map.getAttribute('aria-describedby');
    await expect(page.locator(`table#${tableId}`)).toContainText('Hà Tĩnh');
    await expect(page.getByRole('status')).toHaveCount(0);
  });

  test('opens a province’s commune map from the province page', async ({ page }) => {
    const boundaries = page.waitForResponse('**/api/boundaries/communes/42.topo.json');
    await page.goto('/en/province/42');
    await page.locator('.progress-map').scrollIntoViewIfNeeded();
    expect((await boundaries).status()).toBe(200);
    await expect(page.locator('.progress-map .leaflet-container canvas')).toBeVisible();
    await expect(page.getByText('Progress (% of homes completed)')).toBeVisible();
  });

  test('says so, and leaves the table, when the boundaries cannot be loaded', async ({ page }) => {
    await page.route('**/api/boundaries/**', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto('/');
    await page.locator('.progress-map').scrollIntoViewIfNeeded();
    await expect(page.getByRole('status')).toHaveText('Không tải được bản đồ. Số liệu vẫn có trong bảng bên dưới.');
    await expect(page.locator('table#province-figures')).toBeVisible();
  });

  test('shows cumulative completions by month, drawn without script, with the same figures as a table', async ({
    page,
  }) => {
    await page.goto('/en/');
    const chart = page.getByRole('img', { name: /homes completed rise to/ });
    await expect(chart).toBeVisible();
    await page.locator('.over-time summary').click();
    const rows = page.locator('.over-time tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const last = rows.last().locator('td').last();
    await expect(last).not.toHaveText('0');
  });
});

import sharp from 'sharp';
import { expect, test } from '@playwright/test';

test.describe('details seen on the way', () => {
  test('an unknown address under /en/ is answered in English', async ({ page }) => {
    const response = await page.goto('/en/no-such-page');
    expect(response!.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  });

  test('only a page that draws a map offers to embed it', async ({ page }) => {
    await page.goto('/province/42');
    await expect(page.locator('.progress-map')).toHaveCount(1);
    await expect(page.locator('.embed-code')).toHaveCount(1);
    await page.goto('/commune/18229');
    await expect(page.locator('.progress-map')).toHaveCount(0);
    await expect(page.locator('.embed-code')).toHaveCount(0);
  });

  test('the chart’s axis labels are as large as the text around them on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/province/42');
    const labels = page.locator('.over-time-y span, .over-time-x span');
    expect(await labels.count()).toBe(4);
    for (const label of await labels.all()) {
      await label.scrollIntoViewIfNeeded();
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(12);
      const size = await label.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThanOrEqual(12);
    }
  });

  test('the printed notice names who issues it, leaves the posting dates to fill and ends in a signature block', async ({
    page,
  }) => {
    await page.goto('/commune/18229/notice');
    const sheet = page.locator('.notice-sheet');
    await expect(sheet.locator('.notice-heading')).toContainText('Ủy ban nhân dân xã Đức Thọ');
    await expect(sheet.locator('.notice-heading')).toContainText('Độc lập - Tự do - Hạnh phúc');
    await expect(sheet).toContainText('Niêm yết từ ngày');
    await expect(sheet.locator('blockquote')).toContainText('Công bố công khai các tiêu chí, đối tượng thụ hưởng');
    await expect(sheet.locator('.notice-signature')).toContainText('TM. Ủy ban nhân dân');
    await expect(sheet.locator('.notice-signature')).toContainText('(Ký, ghi rõ họ tên, đóng dấu)');
    await page.emulateMedia({ media: 'print' });
    await expect(sheet.locator('.notice-signature')).toBeVisible();
  });

  for (const [path, picture] of [
    ['/', '/api/maps/vietnam.png'],
    ['/en/province/42', '/api/maps/42.png'],
    ['/commune/18229', '/api/maps/42.png'],
  ] as const) {
    test(`${path} describes itself to search engines and share previews, with a map picture`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      const head = page.locator('head');
      await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      for (const lang of ['vi-VN', 'en-GB', 'x-default'])
        await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
          'href',
          new RegExp(`^${baseURL}/`),
        );
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
      await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}${path}`);
      await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}${picture}`);
      const answer = await page.request.get(picture);
      expect(answer.headers()['content-type']).toBe('image/png');
      const { width, height, format } = await sharp(await answer.body()).metadata();
      expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
    });
  }

  test('a province’s map picture shows that province, not the country’s', async ({ request }) => {
    const [country, province] = await Promise.all(
      ['/api/maps/vietnam.png', '/api/maps/42.png'].map(async (path) => (await request.get(path)).body()),
    );
    expect(Buffer.compare(country!, province!)).not.toBe(0);
    expect((await request.get('/api/maps/99.png')).status()).toBe(404);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map box says the figures are in the table, not that the map is loading', async ({ page }) => {
    await page.goto('/en/province/42');
    const map = page.locator('.progress-map');
    await expect(map).toContainText('The map needs JavaScript to show. The figures are in the table below.');
    await expect(map).not.toContainText('Loading');
    await expect(page.locator('table#commune-figures, #commune-figures table')).toHaveCount(1);
  });
});

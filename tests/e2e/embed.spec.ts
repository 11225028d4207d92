import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

test.describe('embeds for journalists', () => {
  test('the national map embed may be framed by any site and has no site chrome', async ({ page }) => {
    const response = await page.goto('/embed/map');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.locator('.leaflet-container canvas')).toBeVisible();
    await expect(page.getByRole('link', { name: /Tiến độ xóa nhà tạm/ })).toHaveAttribute('href', /\/$/);
    await expect(page.locator('time')).toContainText('Số liệu cập nhật lúc');
  });

  test('ordinary pages may not be framed by other sites', async ({ page }) => {
    const response = await page.goto('/province/42');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  test('pasted into a news page, the embed code sizes its iframe to the content', async ({ page, baseURL }) => {
    await page.goto('/province/42');
    const code = await page.locator('.embed-code textarea').inputValue();
    expect(code).toContain(`${baseURL}/embed/map/province/42`);
    // A news site: another origin, served by a small local server for this test.
    const site = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Báo</title><h1>Tin</h1>${code}`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = site.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/article`);
      const iframe = page.locator('iframe');
      await expect(iframe).toHaveAttribute('height', /^\d+$/);
      await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(560);
      await expect(page.frameLocator('iframe').locator('.leaflet-container canvas')).toBeVisible();
    } finally {
      site.close();
    }
  });

  test('a commune embed outlines its commune on the province map', async ({ page }) => {
    const response = await page.goto('/embed/map/commune/18229?lang=en');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Duc Tho Commune');
    // The map is drawn once it is on screen (below the figures on a phone).
    await page.locator('progress-map').scrollIntoViewIfNeeded();
    await expect(page.locator('.leaflet-container canvas')).toBeVisible();
  });

  test('copies the embed code with one button', async ({ page, context, browserName }) => {
    expect(browserName).toBe('chromium');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.getByText('Nhúng bản đồ này vào trang tin').click();
    await page.getByRole('button', { name: 'Sao chép mã nhúng' }).click();
    await expect(page.getByText('Đã sao chép.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/embed/map"');
  });

  test('oEmbed turns a page address into the embed', async ({ request, baseURL }) => {
    const json = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en/province/42`)}`)).json();
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title: expect.stringContaining('Ha Tinh Province') });
    expect(json.html).toContain(`${baseURL}/embed/map/province/42?lang=en`);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/search`)}`)).status()).toBe(404);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent('https://elsewhere.example/')}`)).status()).toBe(
      404,
    );
    expect((await request.get(`/api/oembed?url=x`)).status()).toBe(400);
    expect((await request.get(`/api/oembed?format=xml&url=${encodeURIComponent(`${baseURL}/`)}`)).status()).toBe(501);
  });

  test('pages with a map announce their oEmbed; a page drawing none announces none', async ({ page }) => {
    await page.goto('/province/42');
    await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', /\/api\/oembed\?/);
    await page.goto('/commune/18229');
    await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
  });
});

import { expect, test } from '@playwright/test';
import { publicRoutes } from '../support/public-routes.ts';

/** Every page of the portal with its samples (workspace pages answer with the sign-in page). */
const pages = Object.entries(publicRoutes)
  .filter(([file]) => file.endsWith('.astro'))
  .flatMap(([file, route]) => {
    const path = route.address.replace(/\[[a-z]+=([^\]]+)\]/gi, '$1') || '/';
    return route.localized
      ? [
          { file, path },
          { file, path: `/en${path === '/' ? '' : path}` },
        ]
      : [{ file, path }];
  });

test.describe('the privacy notice', () => {
  test('names the legal basis, what is published, retention and rights, in both languages', async ({ page }) => {
    await page.goto('/privacy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo về xử lý dữ liệu cá nhân');
    const main = page.locator('main');
    await expect(main).toContainText('91/2025/QH15, có hiệu lực từ ngày 01/01/2026');
    await expect(main).toContainText('Nghị định số 13/2023/NĐ-CP');
    // The browser tests' portal configures no controller: the notice says so and names no one.
    await expect(main).toContainText('Chưa cấu hình bên kiểm soát dữ liệu');
    await expect(main).toContainText('đến 36 tháng sau khi kế hoạch kết thúc');
    await expect(main).toContainText('thiết lập của cổng');
    await expect(main.getByRole('link', { name: 'Gửi phản ánh' })).toHaveAttribute('href', '/complaint');

    await page.goto('/en/privacy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy notice');
    await expect(page.locator('main')).toContainText('No data controller is configured');
    await expect(page.locator('main')).toContainText('in force from 1 January 2026');
  });

  test('is linked from the footer of every page, and from every embed', async ({ request }) => {
    test.setTimeout(300_000);
    for (const { file, path } of pages) {
      const response = await request.get(path, { maxRedirects: 0 });
      if (response.status() >= 300 && response.status() < 400) continue;
      const html = await response.text();
      const en = path.startsWith('/en/') || path === '/en' || path.includes('lang=en');
      if (file.startsWith('embed/'))
        expect(html, path).toMatch(/<a href="http:\/\/localhost:\d+\/privacy">Thông báo về xử lý dữ liệu cá nhân<\/a>/);
      else
        expect(html, path).toContain(
          en ? '<a href="/en/privacy">Privacy notice</a>' : '<a href="/privacy">Thông báo về xử lý dữ liệu cá nhân</a>',
        );
    }
  });
});

test.describe('proportion: household lists', () => {
  test('pages and files that list households are kept out of search engines; others are not', async ({ request }) => {
    for (const path of ['/commune/18229', '/en/commune/18229', '/commune/18229/notice']) {
      const response = await request.get(path);
      expect(response.headers()['x-robots-tag'], path).toBe('noindex');
      expect(await response.text(), path).toContain('<meta name="robots" content="noindex">');
    }
    for (const path of ['/api/households/18229.csv', '/api/households/18229.json'])
      expect((await request.get(path)).headers()['x-robots-tag'], path).toBe('noindex');
    for (const path of ['/', '/province/42', '/campaigns/bac-kan-2025']) {
      const response = await request.get(path);
      expect(response.headers()['x-robots-tag'], path).toBeUndefined();
      expect(await response.text(), path).not.toContain('name="robots"');
    }
  });

  test('the bulk download carries no initials, though the page shows them', async ({ request, page }) => {
    await page.goto('/commune/18229');
    const row = page.locator('tr', {
      has: page.locator('th[scope="row"]', { hasText: /^\s*[A-Z]+\d+-18229-\d+\s*$/ }),
    });
    const initials = (await row.first().locator('td').first().textContent())!.trim();
    expect(initials).toMatch(/^(\p{Lu}\.)+$/u);
    const csv = await (await request.get('/api/households/18229.csv')).text();
    expect(csv.split('\r\n')[0]).not.toContain('display_name');
    expect(csv).not.toContain(`,${initials},`);
  });
});

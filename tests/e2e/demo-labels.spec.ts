import { expect, test } from '@playwright/test';

// The browser tests' portal is seeded as `npm run seed` seeds it: demo households and demo gifts.
const demo = /Dữ liệu minh họa|Demo data/;

test.describe('demo data is labelled demo', () => {
  test('on every embedded map', async ({ page }) => {
    for (const path of [
      '/embed/map',
      '/embed/map/commune/06253',
      '/embed/map/province/20',
      '/embed/map/old/06',
      '/embed/map/campaign/van-quan-2025',
      '/embed/map?lang=en',
    ]) {
      await page.goto(path);
      await expect(page.locator('[data-demo-notice]'), path).toHaveText(demo);
    }
  });

  test('on the ledger and donor pages, and on a demo gift’s receipt', async ({ page }) => {
    for (const path of ['/ledger', '/ledger/in', '/ledger/out', '/donors', '/en/ledger/in', '/en/donors']) {
      await page.goto(path);
      await expect(page.locator('[data-demo-notice]'), path).toHaveText(demo);
    }
    // A demo donor's gift ("Minh họa" is in every demo donor's name) and its receipt.
    await page.goto('/ledger/in?q=Minh+h%E1%BB%8Da');
    const receipt = page.locator('a[href^="/receipts/"]').first();
    await receipt.click();
    await expect(page.getByTestId('receipt-status')).toContainText('Biên nhận xác thực');
    await expect(page.locator('[data-demo-notice]')).toHaveText(/Dữ liệu minh họa: khoản đóng góp của biên nhận này/);
  });

  test('in search results, a unit of today is part of nothing, and a list cut short says so', async ({ page }) => {
    await page.goto('/search?q=V%C4%83n+Quan');
    const today = page.locator('.search-results li', { hasText: 'Xã Văn Quan' }).filter({ hasNotText: 'trước' });
    await expect(today.first()).toBeVisible();
    await expect(today.first().locator('.now-part-of')).toHaveCount(0);
    await page.goto('/search?q=xa');
    await expect(page.getByRole('status')).toHaveText(/^50 kết quả đầu tiên cho “xa”/);
    await page.goto('/en/search?q=xa');
    await expect(page.getByRole('status')).toHaveText(/^The first 50 results for “xa”/);
  });
});

import { expect, test } from '@playwright/test';

test.describe('a citizen checking progress', () => {
  test('goes from the national figures to a province and one of its communes', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Tiến độ toàn quốc/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi-VN');
    await expect(page.locator('[data-figure="in-scope"]')).not.toHaveText('0');
    await expect(page.locator('[data-demo-notice]')).toBeVisible();

    await page.getByRole('link', { name: 'Hà Tĩnh' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Hà Tĩnh');
    await expect(page.getByRole('table', { name: /Tiến độ theo xã/ })).toContainText('Đức Thọ');

    await page.getByRole('link', { name: 'Đức Thọ', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Xã Đức Thọ');
    const households = page.getByRole('table', { name: /Các hộ được hỗ trợ/ });
    await expect(households).toBeVisible();
    // The Đức Thọ plan's demo households were recorded under the pre-2025 units and roll up here.
    await expect(households).toContainText('DT25-');
    await expect(page.getByRole('heading', { name: /Hình thành từ các đơn vị/ })).toBeVisible();
  });

  test('finds a commune typed without diacritics', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox').fill('duc tho');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect(page.getByRole('status')).toContainText('kết quả cho “duc tho”');
    await page.getByRole('link', { name: 'Xã Đức Thọ' }).first().click();
    await expect(page).toHaveURL(/\/commune\/18229$/);
  });

  test('follows a pre-2025 district to the communes that replaced it', async ({ page }) => {
    await page.goto('/search?q=Huy%E1%BB%87n%20%C4%90%E1%BB%A9c%20Th%E1%BB%8D');
    await page.getByRole('link', { name: 'Huyện Đức Thọ' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huyện Đức Thọ (trước ngày 01/7/2025)');
    await expect(page.getByRole('link', { name: 'Xã Đức Thọ' })).toBeVisible();
  });

  test('reads the same pages in English', async ({ page }) => {
    await page.goto('/province/42');
    await page.getByRole('link', { name: 'Xem bằng tiếng Anh' }).click();
    await expect(page).toHaveURL(/\/en\/province\/42$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ha Tinh Province');
    await expect(
      page.getByRole('table', { name: /Progress by commune/ }).getByRole('columnheader', { name: 'Progress' }),
    ).toBeVisible();
  });

  test('gets a clear page, in its language, for a code that does not exist', async ({ page }) => {
    const vietnamese = await page.goto('/province/99');
    expect(vietnamese?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await expect(page.getByText('Không có đơn vị hành chính nào mang mã “99”')).toBeVisible();

    const english = await page.goto('/en/commune/abcde');
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('is told what is wrong with a search that is too short', async ({ page }) => {
    const response = await page.goto('/en/search?q=a');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('alert')).toHaveText('Type at least 2 letters or digits.');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step of the journey still works', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox').fill('Mường Lay');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('link', { name: 'Phường Mường Lay' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Phường Mường Lay');
    await expect(page.getByRole('table', { name: /Các hộ được hỗ trợ/ })).toContainText('ML25-');
  });
});

test.describe('on a phone', () => {
  test('pages fit the screen without sideways scrolling of the page itself', async ({ page }) => {
    for (const path of ['/', '/province/42', '/commune/18229']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

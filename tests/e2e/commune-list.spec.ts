import { expect, test } from '@playwright/test';

test.describe('a commune’s public list', () => {
  test('can be narrowed by status and village, and the filter explains what it shows', async ({ page, request }) => {
    // What the filter should find, from the commune's open data: its handed-over homes in one village.
    const listed = (await (await request.get('/api/households/18229.json')).json()) as {
      rows: { household_code: string; stage: string; village: string }[];
    };
    const handedOver = listed.rows.filter((row) => row.stage === 'handed_over');
    const village = handedOver[0]!.village;
    const expected = handedOver.filter((row) => row.village === village).map((row) => row.household_code);
    expect(expected.length).toBeGreaterThan(0);

    await page.goto('/commune/18229');
    const table = page.getByRole('table', { name: /Các hộ được hỗ trợ/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(listed.rows.length);
    const all = listed.rows.length;
    expect(expected.length).toBeLessThan(all);
    await page.getByLabel('Tình trạng').selectOption({ label: 'Đã bàn giao' });
    await page.getByLabel('Thôn, tổ dân phố').selectOption(village);
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/stage=handed_over/);
    expect(new URL(page.url()).searchParams.get('village')).toBe(village);
    await expect(rows).toHaveCount(expected.length);
    expect((await rows.locator('th').allTextContents()).map((code) => code.trim()).sort()).toEqual(expected.sort());
    for (const status of await rows.locator('td:nth-child(6)').allTextContents()) expect(status).toBe('Đã bàn giao');
    for (const shown of await rows.locator('td:nth-child(3)').allTextContents()) expect(shown).toBe(village);
    await expect(page.getByRole('status')).toContainText(`trên ${all} hộ`);
    await page.getByRole('link', { name: 'Xóa bộ lọc' }).click();
    await expect(rows).toHaveCount(all);
  });

  test('fits the screen without sideways scrolling of the whole page; wide tables scroll on their own', async ({
    page,
  }) => {
    await page.goto('/commune/18229');
    const [documentWidth, viewportWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(documentWidth).toBeLessThanOrEqual(viewportWidth);
  });

  test('finds a household by part of its code', async ({ page }) => {
    await page.goto('/en/commune/18229?q=18229-001');
    const rows = page.getByRole('table', { name: /Households supported/ }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('DT25-18229-001');
  });

  test('lets anyone pledge for a home still to be built, from its row, with the form filled in', async ({ page }) => {
    await page.goto('/commune/18229?stage=started');
    const row = page
      .getByRole('table', { name: /Các hộ được hỗ trợ/ })
      .locator('tbody tr')
      .first();
    const code = (await row.locator('th').textContent())!.trim();
    await row.getByRole('link', { name: `Đóng góp cho nhà của hộ ${code}` }).click();
    await expect(page).toHaveURL(new RegExp(`/pledge\\?target=household:${code}$`));
    await expect(page.getByText(`Đã chọn:`)).toContainText(code);
    // A finished home takes no pledge: its row offers none.
    await page.goto('/commune/18229?stage=completed');
    const done = page
      .getByRole('table', { name: /Các hộ được hỗ trợ/ })
      .locator('tbody tr')
      .first();
    await expect(done.getByRole('link', { name: /Đóng góp cho nhà/ })).toHaveCount(0);
  });

  test('rejects a status that does not exist with 400 and a message', async ({ page }) => {
    const response = await page.goto('/commune/18229?stage=bulldozed');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('alert')).toHaveText('Tình trạng không hợp lệ: hãy chọn trong danh sách.');
  });

  test('prints as a notice for the commune hall, with a QR code back to the live page', async ({ page, baseURL }) => {
    await page.goto('/commune/18229');
    await page.getByRole('link', { name: 'Bản in để niêm yết (A4)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Xã Đức Thọ, Tỉnh Hà Tĩnh');
    await expect(page.locator('.notice-qr svg')).toBeVisible();
    await expect(page.locator('.notice-qr a')).toHaveAttribute('href', `${baseURL}/commune/18229`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.search-form')).toBeHidden();
  });
});

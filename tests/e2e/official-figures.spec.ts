import { expect, test } from '@playwright/test';

test.describe('official figures beside the portal’s own', () => {
  test('the national page shows officially reported rows, with publisher, date and source, beside what is recorded here', async ({
    page,
  }) => {
    await page.goto('/');
    const section = page.locator('table', { has: page.getByTestId('recorded-here') });
    await expect(section.getByTestId('recorded-here')).toContainText('Ghi nhận trên cổng thông tin này');
    const reported = section.getByTestId('officially-reported');
    await expect(reported).toHaveCount(7);
    const vna = reported.filter({ hasText: 'VNA (vietnam.vnanet.vn)' });
    await expect(vna).toContainText('229.000');
    await expect(vna).toContainText('28/6/2025');
    await expect(reported.filter({ hasText: 'VnNow' })).toContainText('Chỉ tiêu');
    await expect(reported.filter({ hasText: 'Lao Động' }).getByRole('link')).toHaveAttribute(
      'href',
      /^https:\/\/news\.laodong\.vn\//,
    );
    // The portal's own estimate, labelled as its own, with its method.
    await expect(page.getByTestId('completion-estimate')).not.toBeEmpty();
    await expect(page.getByText('Tính toán của cổng thông tin, không phải số liệu chính thức')).toBeVisible();
  });

  test('the chart over time keeps the portal’s line readable beside the nation’s far larger reports', async ({
    page,
  }) => {
    await page.goto('/');
    const chart = page.locator('figure.over-time').first();
    // The demo portal holds a few thousand homes, the nation's reports hundreds of thousands:
    // each series has its own labelled scale, so the portal's line is not drawn flat at 0.
    await expect(chart).toContainText('thang số bên phải');
    const heights = (await chart.locator('polyline').getAttribute('points'))!
      .split(' ')
      .map((point) => Number(point.split(',')[1]));
    expect(Math.max(...heights) - Math.min(...heights)).toBeGreaterThan(100);
  });

  test('a province page says when no official figures are kept for it', async ({ page }) => {
    await page.goto('/en/province/42');
    await expect(page.getByText('No published figures for this area yet.')).toBeVisible();
    await expect(page.getByTestId('recorded-here')).toContainText('Recorded on this portal');
  });

  test('the report as at a date counts in the era then in force, in the reports’ words', async ({ page }) => {
    await page.goto('/reports/national?as_of=2025-06-30');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Toàn quốc');
    await expect(
      page.getByRole('columnheader', { name: /Xây mới: Đã hoàn thành \(khánh thành, bàn giao\)/ }).first(),
    ).toBeVisible();
    await expect(page.locator('#era')).toHaveValue('pre2025');
    // Limited to a campaign: the title names it and the files keep every filter.
    await page.goto('/reports/national?as_of=2025-06-30&campaign=van-quan-2025');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Toàn quốc, kế hoạch “.*Văn Quan/);
    for (const format of ['CSV', 'XLSX', 'JSON'])
      await expect(page.getByRole('link', { name: format, exact: true })).toHaveAttribute(
        'href',
        /\?as_of=2025-06-30&era=pre2025&campaign=van-quan-2025/,
      );
    const csv = await (await page.request.get('/api/reports/national.csv?campaign=van-quan-2025')).text();
    expect(csv.split('\n')[1]).toContain('van-quan-2025');
    await page.goto('/en/reports/06?as_of=2025-09-30');
    expect((await page.request.get('/en/reports/06?as_of=2025-09-30')).status()).toBe(404);
  });

  test('a commune’s list shows each programme’s support level with its legal basis', async ({ page }) => {
    await page.goto('/commune/18229');
    const levels = page.locator('#support-levels + p + ol');
    await expect(levels).toContainText('Quyết định 21/2024/QĐ-TTg');
    await expect(levels.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  });
});

import { expect, test, type Locator, type Page } from '@playwright/test';

/** Whole đồng read back from a figure as the page shows it ("52.500.000 ₫", "₫52,500,000"). */
async function dong(figure: Locator): Promise<bigint> {
  const text = (await figure.textContent())!;
  expect(text).toMatch(/\d/);
  return BigInt(text.replace(/\D/g, ''));
}

interface FundRow {
  name: string;
  fromDonors: bigint;
  received: bigint;
  allocated: bigint;
  onHand: bigint;
}

async function fundRows(page: Page): Promise<FundRow[]> {
  const rows = page.locator('table:has(#funds), [aria-labelledby="funds"] table').locator('tbody tr');
  const found: FundRow[] = [];
  for (const row of await rows.all()) {
    const cells = row.locator('td');
    found.push({
      name: (await row.locator('th').textContent())!.trim(),
      fromDonors: await dong(cells.nth(0)),
      received: await dong(cells.nth(1)),
      allocated: await dong(cells.nth(2)),
      onHand: await dong(cells.nth(3)),
    });
  }
  return found;
}

test.describe('figures that must add up do, on the pages people read', () => {
  for (const path of ['/ledger', '/en/ledger']) {
    test(`${path}: every fund received at least what donors paid in, and received − allocated = left`, async ({
      page,
    }) => {
      await page.goto(path);
      const funds = await fundRows(page);
      expect(funds.length).toBeGreaterThan(0);
      for (const fund of funds) {
        // Gifts for one home are booked straight to it, past the commune's fund: they are received too.
        expect(fund.received, fund.name).toBeGreaterThanOrEqual(fund.fromDonors);
        expect(fund.received - fund.allocated, fund.name).toBe(fund.onHand);
      }
      // The books reconciling is good news, and looks it.
      const check = page.getByTestId('ledger-check');
      await expect(check).toHaveText(path.startsWith('/en') ? /The books reconcile/ : /Sổ sách khớp/);
      await expect(check).toHaveClass(/notice-ok/);
    });
  }

  test('a commune’s money given through the portal is what the ledger says donors paid in for it', async ({ page }) => {
    await page.goto('/ledger');
    const withMoney = page
      .locator('[aria-labelledby="funds"] tbody tr')
      .filter({ hasText: /^Xã|Phường/ })
      .first();
    const paidIn = await dong(withMoney.locator('td').nth(0));
    const flow = (await withMoney.getByRole('link').getAttribute('href'))!;
    const code = /area=commune(?::|%3A)(\d{5})/.exec(flow)![1];
    await page.goto(`/commune/${code}`);
    expect(await dong(page.getByTestId('money-received'))).toBe(paidIn);
  });

  test('a commune with no money given says so once, not in three lines of 0 ₫', async ({ page }) => {
    await page.goto('/en/commune/03151');
    await expect(page.getByTestId('money-nothing')).toHaveText(/No money has been given through the portal for /);
    await expect(page.getByTestId('money-pledged')).toHaveCount(0);
    await expect(page.locator('#money').locator('..')).not.toContainText('₫0');
  });

  for (const path of ['/', '/en/']) {
    test(`${path}: support funding is told apart from money paid out, with where support comes from`, async ({
      page,
    }) => {
      await page.goto(path);
      const en = path === '/en/';
      await expect(page.locator('[data-figure="support-amount"]').locator('..')).toContainText(
        en ? 'Support funding set in the household lists' : 'Kinh phí hỗ trợ ghi trong danh sách hộ',
      );
      await expect(page.getByTestId('money-spent')).toContainText(
        en ? 'Paid out to homes from gifts through the portal' : 'Đã chi cho các nhà từ tiền đóng góp qua cổng',
      );
      await expect(page.getByText(en ? /not money paid out/ : /không phải tiền đã chi/)).toBeVisible();
      await expect(page.locator('blockquote', { hasText: 'Nhà nước hỗ trợ, cộng đồng giúp đỡ' })).toBeVisible();
      // What was paid out to homes cannot be more than the funds received in all.
      const spent = await dong(page.getByTestId('money-spent').locator('strong'));
      await page.goto(en ? '/en/ledger' : '/ledger');
      const received = (await fundRows(page)).reduce((sum, fund) => sum + fund.fromDonors, 0n);
      expect(spent).toBeLessThanOrEqual(received);
    });
  }

  for (const path of ['/ledger/in', '/en/ledger/in']) {
    test(`${path} names each place money was given for, not its code`, async ({ page }) => {
      await page.goto(path);
      const places = page.getByTestId('money-in').locator('tbody tr td:nth-child(5) a');
      expect(await places.count()).toBeGreaterThan(0);
      for (const place of await places.all()) {
        const code = /\/(?:commune|province)\/(\d+)$/.exec((await place.getAttribute('href'))!)?.[1];
        if (code) await expect(place).not.toContainText(code);
        await expect(place).not.toContainText(/Một xã|A commune/);
      }
    });
  }
});

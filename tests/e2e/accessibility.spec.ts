import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { e2eAdminEmail, e2eAdminPassword } from '../support/e2e-accounts.ts';
import { signIn } from '../support/workspace-session.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe tags them. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = [
  '/',
  '/en/',
  '/province/42',
  '/commune/18229',
  '/en/commune/03151',
  '/old/440',
  '/search?q=duc+tho',
  '/province/99',
  '/en/open-data',
  '/reports/national?as_of=2025-06-30',
  '/en/reports/42',
  '/commune/18229/notice',
  '/embed/map/province/42',
  '/campaigns',
  '/en/campaigns/muong-lay-2025',
  '/campaigns/plans/2024-bac-giang-province',
  '/eligibility',
  '/en/pledge',
  '/complaint?commune=18229',
  '/en/workspace/sign-in',
  '/ledger',
  '/en/ledger/in',
  '/ledger/out',
  '/ledger/flow?area=commune:18229',
  '/receipts/verify',
  '/en/receipts/keys',
  '/donors?area=province:42',
  '/pledge',
  '/embed/map',
  '/embed/map/commune/18229?lang=en',
];

test.describe('accessibility (WCAG 2.2 AA, checked by axe)', () => {
  for (const path of pages) {
    test(`${path} has no detectable violations`, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('a complaint’s public page, and the workspace an admin works in, have no detectable violations', async ({
    page,
  }, testInfo) => {
    // A citizen's complaint about a home, to have a complaint's page to read.
    await page.goto('/complaint?commune=18229');
    await page.getByLabel('Nội dung phản ánh').fill('Danh sách niêm yết ở nhà văn hóa thiếu một hộ của thôn.');
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await expect(page.getByTestId('complaint-status')).toBeVisible();
    const reference = /\/complaint\/([0-9A-Z]{10})/.exec(page.url())![1]!;
    expect({ page: page.url(), found: await violations(page) }).toEqual({ page: page.url(), found: [] });

    await signIn(page, e2eAdminEmail(testInfo.project.name, 'accessibility'), e2eAdminPassword);
    for (const path of [
      '/workspace',
      '/workspace/audit',
      '/workspace/reports',
      '/workspace/complaints',
      `/workspace/complaints/${reference}`,
      '/workspace/deliveries',
      '/workspace/officials',
      '/en/workspace/officials',
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      expect({ path, found: await violations(page) }).toEqual({ path, found: [] });
    }
  });

  test('the skip link is the first thing a keyboard reaches, and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});

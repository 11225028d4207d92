import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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
];

test.describe('accessibility (WCAG 2.2 AA, checked by axe)', () => {
  for (const path of pages) {
    test(`${path} has no detectable violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test('the skip link is the first thing a keyboard reaches, and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});

import { expect, test } from '@playwright/test';
import { en } from '../../src/lib/i18n/en.ts';
import type { Messages } from '../../src/lib/i18n/messages.ts';
import { vi } from '../../src/lib/i18n/vi.ts';
import { publicRoutes } from '../support/public-routes.ts';

/**
 * Pages read their query parameters by one rule, whichever way each reads them (its own schema,
 * the shared form reader, `URLSearchParams.get`): a value a page cannot use is answered 400 with
 * the problem in the reader's language, the page still naming what was asked for; a parameter
 * sent twice counts by its first value.
 */
const languages = [
  { prefix: '', t: vi },
  { prefix: '/en', t: en },
] as const;

interface Refusal {
  path: string;
  query: string;
  /** What the page's main heading still names, in each language. */
  names: { vi: RegExp; en: RegExp };
  problem: (t: Messages) => string;
}

const refusals: Refusal[] = [
  {
    path: '/commune/18229',
    query: 'stage=bulldozed',
    names: { vi: /Đức Thọ/, en: /Duc Tho/ },
    problem: (t) => t.households.filterProblem.stage,
  },
  {
    path: '/reports/20',
    query: 'campaign=1',
    names: { vi: /Lạng Sơn/, en: /Lang Son/ },
    problem: (t) => t.reports.asOfProblem.campaign,
  },
  {
    path: '/reports/42',
    query: 'as_of=2025-02-30',
    names: { vi: /Hà Tĩnh/, en: /Ha Tinh/ },
    problem: (t) => t.reports.asOfProblem.asOf,
  },
  {
    path: '/reports/42',
    query: 'era=1990',
    names: { vi: /Hà Tĩnh/, en: /Ha Tinh/ },
    problem: (t) => t.reports.asOfProblem.era,
  },
  {
    path: '/reports/national',
    query: 'campaign=none',
    names: { vi: new RegExp(vi.reports.nation), en: new RegExp(en.reports.nation) },
    problem: (t) => t.reports.asOfProblem.campaign,
  },
  {
    path: '/ledger/in',
    query: 'page=0',
    names: { vi: new RegExp(vi.ledger.moneyIn), en: new RegExp(en.ledger.moneyIn) },
    problem: (t) => t.ledger.badParameter('page'),
  },
  // Every ledger page names the parameter it could not use, not another.
  {
    path: '/donors',
    query: 'page=abc',
    names: { vi: new RegExp(vi.recognition.donorWallTitle), en: new RegExp(en.recognition.donorWallTitle) },
    problem: (t) => t.ledger.badParameter('page'),
  },
  {
    path: '/ledger/flow',
    query: 'area=province:42&page=abc',
    names: { vi: new RegExp(vi.ledger.flow), en: new RegExp(en.ledger.flow) },
    problem: (t) => t.ledger.badParameter('page'),
  },
];

test.describe('a value a page cannot use', () => {
  for (const refusal of refusals) {
    for (const { prefix, t } of languages) {
      const address = `${prefix}${refusal.path}?${refusal.query}`;
      test(`${address}: 400, the problem in the page's language, and what was asked for still named`, async ({
        page,
      }) => {
        const response = await page.goto(address);
        expect(response?.status()).toBe(400);
        await expect(page.locator('main')).toContainText(refusal.problem(t));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(refusal.names[prefix ? 'en' : 'vi']);
      });
    }
  }
});

test.describe('a parameter sent twice', () => {
  // The first of two values counts: a usable one then an unusable one is answered, the other way round refused.
  const pairs: { path: string; name: string; usable: string; unusable: string }[] = [
    { path: '/commune/18229', name: 'stage', usable: 'started', unusable: 'bulldozed' },
    { path: '/reports/42', name: 'as_of', usable: '2025-09-30', unusable: '2025-02-30' },
    { path: '/reports/42', name: 'campaign', usable: 'national-2025', unusable: '1' },
    { path: '/ledger', name: 'page', usable: '1', unusable: '0' },
    { path: '/donors', name: 'page', usable: '1', unusable: 'x' },
  ];
  for (const { path, name, usable, unusable } of pairs) {
    test(`${path}?${name}=…&${name}=…: the first value counts`, async ({ request }) => {
      expect((await request.get(`${path}?${name}=${usable}&${name}=${unusable}`)).status()).toBe(200);
      expect((await request.get(`${path}?${name}=${unusable}&${name}=${usable}`)).status()).toBe(400);
    });
  }

  test('the pledge check, the search and the pledge form read the first of two values too', async ({ page }) => {
    await page.goto('/pledge-check?ref=CTAAAAAAAA&ref=CTBBBBBBBB');
    await expect(page.locator('#ref')).toHaveValue('CTAAAAAAAA');
    await page.goto('/search?q=Đức+Thọ&q=Văn+Quan');
    await expect(page.locator('main input[name="q"]')).toHaveValue('Đức Thọ');
    await page.goto('/pledge?target=province:42&target=commune:18229');
    await expect(page.locator('#target-kind')).toHaveValue('province');
  });
});

test('a complaint about a household the commune’s list does not hold has no form to fill in, but a 404', async ({
  page,
}) => {
  for (const { prefix, t } of languages) {
    const response = await page.goto(`${prefix}/complaint?commune=18229&household=ZZ00-00000-000`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.common.notFoundTitle);
    await expect(page.getByRole('button', { name: t.complaints.submit })).toHaveCount(0);
  }
});

test.describe('an area no place or plan has', () => {
  // Every public page and file that reads `area` (the route table), for each kind of area.
  const readers = Object.entries(publicRoutes).filter(
    ([file, route]) => route.query?.includes('area') && !file.includes('workspace/'),
  );
  for (const [file, route] of readers) {
    const path = route.address.replace(/\[([a-z]+)=([^\]]+)\]/gi, (_, _name, sample: string) => sample);
    test(`${path} (${file}): 404, naming the area asked for`, async ({ request }) => {
      for (const { prefix, t } of route.localized ? languages : [languages[0]]) {
        for (const area of ['commune:99999', 'province:99', 'campaign:no-such-plan', 'commune:42']) {
          const response = await request.get(`${prefix}${path}?area=${area}`);
          expect(response.status(), `${prefix}${path}?area=${area}`).toBe(404);
          const body = await response.text();
          expect(body).toContain(area);
          if (file.endsWith('.astro')) expect(body).toContain(t.common.notFoundTitle);
        }
      }
    });
  }
});

import { expect, test } from '@playwright/test';
import { lighthouseScores } from '../../scripts/bench/lighthouse.ts';
import { listsHouseholds } from '../../src/lib/privacy/list-retention.ts';

/**
 * Lighthouse's accessibility and SEO scores on the main public pages, which depend on what the
 * pages say, not on how fast they are (performance is measured in `npm run bench`). Lighthouse
 * drives its own browser, emulating a phone: run once, by the desktop project. Pages listing
 * households are kept out of search engines on purpose (the privacy notice): there the one SEO
 * audit allowed to fail is that very one, `is-crawlable`.
 */
const pages = [
  '/',
  '/en/',
  '/province/42',
  '/commune/18229',
  '/en/commune/18229',
  '/campaigns',
  '/eligibility',
  '/pledge',
  '/ledger',
  '/search?q=duc+tho',
  '/open-data',
];

test.describe('Lighthouse on the main public pages', () => {
  test.setTimeout(600_000);
  test('accessibility scores 100 and SEO at least 95 on each', async ({ baseURL, request }) => {
    const results = await lighthouseScores(
      pages.map((path) => `${baseURL}${path}`),
      ['accessibility', 'seo'],
    );
    const unindexed = (url: string) => listsHouseholds(new URL(url).pathname);
    // What Lighthouse could not fetch in time (robots.txt on a busy machine) is checked here instead.
    const measured = (result: (typeof results)[number]) =>
      result.failing.filter((audit) => !result.unmeasured.includes(audit));
    const shortfalls = results
      .filter((result) =>
        unindexed(result.url)
          ? result.scores.accessibility < 100 || measured(result).some((audit) => audit !== 'seo/is-crawlable')
          : result.scores.accessibility < 100 ||
            (result.scores.seo < 95 && measured(result).some((audit) => audit.startsWith('seo/'))),
      )
      .map((result) => `${result.url}: ${JSON.stringify(result.scores)} ${result.failing.join(', ')}`);
    expect(shortfalls).toEqual([]);
    // No robots.txt: everything but what the pages themselves mark is open to search engines.
    expect((await request.get('/robots.txt')).status()).toBe(404);
    // And those pages are indeed the ones search engines are told to leave alone.
    for (const result of results.filter((r) => unindexed(r.url))) expect(result.failing).toContain('seo/is-crawlable');
  });
});

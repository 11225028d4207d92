import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Lighthouse's categories, each scored 0–100. */
export type LighthouseCategory = 'performance' | 'accessibility' | 'seo' | 'best-practices';

/**
 * Map tiles come from another server (MAP_TILE_URL), unreachable here and no part of what the
 * portal sends: left out, as the bench's transfer sizes leave them out.
 */
const blockedUrlPatterns = ['*tile*.png', '*tile*.jpg', '*/tiles/*'];

/**
 * Lighthouse's scores for pages, as a phone on a slow network sees them (its default mobile
 * settings), in Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium): this machine cannot
 * download Chrome. One browser for all the pages, closed at the end.
 *
 * @example await lighthouseScores(['http://127.0.0.1:4321/'], ['accessibility', 'seo'])
 */
export async function lighthouseScores(
  urls: string[],
  categories: LighthouseCategory[],
): Promise<{ url: string; scores: Record<LighthouseCategory, number>; failing: string[]; unmeasured: string[] }[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const results = [];
    for (const url of urls) {
      const answer = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        blockedUrlPatterns,
      });
      if (!answer) throw new Error(`Lighthouse gave no result for ${url}`);
      const { lhr } = answer;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      ) as Record<LighthouseCategory, number>;
      // The audits that cost points, named so that a low score says what to fix.
      const failing = categories.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}/${ref.id}`),
      );
      // Audits Lighthouse could not take because its own request timed out on a busy machine (it
      // fails robots-txt when the file is slow to come): not what the page says.
      const unmeasured = failing.filter((id) =>
        /unable to download/i.test(lhr.audits[id.split('/')[1]!]?.explanation ?? ''),
      );
      results.push({ url, scores, failing, unmeasured });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

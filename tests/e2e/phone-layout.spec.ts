import { expect, test, type Page } from '@playwright/test';
import { publicRoutes } from '../support/public-routes.ts';

/**
 * Every page of the portal on a cheap 360 × 740 phone: nothing scrolls sideways, no figure
 * breaks across lines, every form control is a target a thumb can hit with its label apart, no
 * plan is cited by its file name, nothing is refused by the Content Security Policy, and nothing
 * moves as the page's scripts wake up. The pages are those of the route table (tests/support/public-routes.ts),
 * so a page added there is checked here too; files that answer no HTML page (API routes, files
 * to download) are left out by their answer's type.
 */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

const pages = Object.entries(publicRoutes).filter(([file]) => !file.startsWith('api/') && file.endsWith('.astro'));

async function receiptCode(page: Page): Promise<string> {
  const answer = (await (await page.request.get('/api/ledger/in.json')).json()) as { rows: { receipt: string }[] };
  return answer.rows.find((row) => row.receipt)!.receipt;
}

/** Figures as the portal writes them: "60.420.000.000 ₫", "₫60,420,000,000", "1.234", "67%". */
const figurePattern = String.raw`₫?\d{1,3}(?:[.,]\d{3})+(?:\u00a0₫)?|\d+(?:\u00a0₫|%)`;

/** Figures on the page whose text is laid out on more than one line, with the element they are in. */
async function brokenFigures(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, textarea, noscript, svg, .visually-hidden')) continue;
      for (const match of node.textContent!.matchAll(new RegExp(pattern, 'gu'))) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`"${match[0]}" in <${element.tagName.toLowerCase()}>`);
      }
    }
    return broken;
  }, figurePattern);
}

/** Elements wider than the screen's right edge, named so that a failure says what to fix. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth + 1 && !element.closest('.table-wrap');
      })
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`),
  );
}

/**
 * Form controls a thumb cannot hit, or whose label crowds them: every visible control at least
 * 24 × 24 CSS px (WCAG 2.2 target size, 2.5.8), and every visible label at least 4 px from its
 * control, never over it (a label wrapping its control excepted).
 */
async function crampedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cramped: string[] = [];
    const name = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('type') ? ` type=${element.getAttribute('type')}` : ''}>`;
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility === 'visible';
    };
    for (const control of document.querySelectorAll('input:not([type="hidden"]), select, textarea, button')) {
      if (!shown(control)) continue;
      const box = control.getBoundingClientRect();
      if (box.width < 24 || box.height < 24)
        cramped.push(`${name(control)} is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
    }
    for (const label of document.querySelectorAll('label')) {
      const control = label.control;
      if (!control || label.contains(control) || !shown(label) || !shown(control)) continue;
      const a = label.getBoundingClientRect();
      const b = control.getBoundingClientRect();
      const apart = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
      if (apart < 4) cramped.push(`the label of ${name(control)} is ${Math.round(apart)} px from it`);
    }
    return cramped;
  });
}

/**
 * Records what moves on the page without the reader doing anything (layout shifts, as browsers
 * report them for Core Web Vitals): a line appearing above a link as a map is drawn, or an island
 * waking up taller than its server-rendered form, moves what is under the reader's thumb.
 */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const moved: string[] = [];
    Object.assign(window, { movedWithoutInput: moved });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        for (const { node, previousRect: from, currentRect: to } of entry.sources) {
          const element = node instanceof Element ? node : node?.parentElement;
          const name = element ? `<${element.tagName.toLowerCase()} class="${element.className}">` : 'text';
          moved.push(
            `${name} moved from y ${Math.round(from.y)} to ${Math.round(to.y)}, height ${from.height} to ${to.height}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Brings every map into view (it is drawn then) and waits until it and every island are done. */
async function wakeEverything(page: Page): Promise<void> {
  for (const map of await page.locator('progress-map').all()) {
    // Scrolled by the page, as a reader's swipe would: Playwright's own scrolling counts as input.
    await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect(map.locator('.progress-map__status')).toBeHidden();
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

for (const [file, route] of pages) {
  for (const prefix of route.localized ? ['', '/en'] : ['']) {
    test(`${prefix}${route.address || '/'} (${file}) fits a 360 px screen, its figures whole`, async ({ page }) => {
      let path = route.address.replace(/\[([a-z]+)=([^\]]+)\]/gi, (_, _name, sample: string) => sample);
      if (path.includes('RECEIPT')) path = path.replace('RECEIPT', await receiptCode(page));
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) refused.push(message.text());
      });
      await recordLayoutShifts(page);
      const response = await page.goto(`${prefix}${path}` || '/');
      expect(response!.headers()['content-type']).toContain('text/html');
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(widths.scroll, `wider than the screen: ${(await overflowing(page)).join(', ')}`).toBeLessThanOrEqual(
        widths.inner,
      );
      expect(await brokenFigures(page)).toEqual([]);
      expect(await crampedControls(page)).toEqual([]);
      // A plan is named by its number, date and issuer, never by the portal's file of its text.
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/\b\d{4}-[a-z-]+\.txt\b/);
      // Nor are people shown the names of the operator's settings (README explains those).
      expect(text).not.toMatch(/\b[A-Z]+(?:_[A-Z]+){2,}\b/);
      // Nothing on the page is refused by the portal's own Content Security Policy.
      expect(refused).toEqual([]);
      // Nothing moves as the page's maps and islands wake up.
      await wakeEverything(page);
      expect(
        await page.evaluate(() => (window as unknown as { movedWithoutInput: string[] }).movedWithoutInput),
      ).toEqual([]);
    });
  }
}

test.describe('a commune’s households on a phone', () => {
  for (const path of ['/commune/18229', '/en/commune/18229']) {
    test(`${path}: every cell of the first household is on the screen, with its label`, async ({ page }) => {
      await page.goto(path);
      const first = page.locator('.household-list tbody tr').first();
      const cells = first.locator('th, td');
      const count = await cells.count();
      expect(count).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < count; i++) {
        const cell = cells.nth(i);
        await cell.scrollIntoViewIfNeeded();
        const box = (await cell.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      // The column headings are gone from sight, so each line says what it is (and is read out so).
      const stage = first.locator('td[data-label]').nth(4);
      const label = await stage.evaluate((cell) => getComputedStyle(cell, '::before').content);
      expect(label).toContain(path.startsWith('/en') ? 'Status' : 'Tình trạng');
      // Its links (complaint, and pledge for a home still to be built) are on the screen too.
      const links = first.getByRole('link', { name: /./ });
      expect(await links.count()).toBeGreaterThanOrEqual(1);
      for (const link of await links.all()) await expect(link).toBeInViewport();
    });
  }
});

test.describe('a map’s place names on a phone', () => {
  // Every page and embed that labels places (the Hoàng Sa and Trường Sa archipelagos), in both languages.
  for (const path of ['/embed/map', '/embed/map?lang=en', '/', '/en']) {
    test(`${path}: every place’s label lies inside the map and the screen`, async ({ page }) => {
      await page.goto(path);
      // A map is drawn once it comes into view.
      await page.locator('progress-map').first().scrollIntoViewIfNeeded();
      const map = page.locator('.leaflet-container').first();
      const labels = map.locator('.progress-map__place');
      await expect(labels).toHaveCount(2);
      await expect(page.locator('.progress-map__status')).toBeHidden();
      const box = (await map.boundingBox())!;
      for (const label of await labels.all()) {
        const text = await label.innerText();
        const own = (await label.boundingBox())!;
        expect(own.x, `${text}: left edge`).toBeGreaterThanOrEqual(Math.max(box.x, 0));
        expect(own.y, `${text}: top edge`).toBeGreaterThanOrEqual(box.y);
        expect(own.x + own.width, `${text}: right edge`).toBeLessThanOrEqual(Math.min(box.x + box.width, 360));
        expect(own.y + own.height, `${text}: bottom edge`).toBeLessThanOrEqual(box.y + box.height);
      }
    });
  }
});

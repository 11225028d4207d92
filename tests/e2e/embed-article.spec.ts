import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Frame, type Page } from '@playwright/test';
import { publicRoutes } from '../support/public-routes.ts';

const decode = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The public pages of the portal (no workspace, API, embed or private link), with their samples. */
const pages = Object.entries(publicRoutes)
  .filter(([file]) => file.endsWith('.astro') && !/workspace|pledges|receipts|complaint\/|^embed\/|404/.test(file))
  .flatMap(([, route]) => {
    const path = route.address.replace(/\[[a-z]+=([^\]]+)\]/gi, '$1') || '/';
    return route.localized ? [path, `/en${path === '/' ? '' : path}`] : [path];
  });
const campaignIds = readdirSync('content/campaigns').map((file) => file.replace(/\.json$/, ''));
// Former units and campaigns, whose pages offer their maps too (15.6).
const moreMapPages = ['/old/06', '/en/old/06', '/old/440', '/old/24', ...campaignIds.map((id) => `/campaigns/${id}`)];

async function embedOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  // Pages that need a query of their own (/ledger/flow) answer 400 without one: no map there.
  expect(response.status(), path).toBeLessThan(500);
  const html = await response.text();
  const code = /<details class="embed-code"[\s\S]*?<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1];
  const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
  const src = code ? /<iframe src="([^"]+)"/.exec(decode(code))?.[1] : undefined;
  return { src, oembed: oembed ? decode(oembed) : undefined };
}

test.describe('every map a page offers to embed works, and so does its oEmbed', () => {
  test('on every public page: the embed answers 200 and oEmbed gives that very embed', async ({ request }) => {
    test.setTimeout(300_000);
    let offered = 0;
    for (const path of [...new Set([...pages, ...moreMapPages])]) {
      const { src, oembed } = await embedOf(request, path);
      // A page announces oEmbed exactly when it offers the embed code.
      expect(Boolean(oembed), `${path}: oEmbed link and embed code go together`).toBe(Boolean(src));
      if (!src || !oembed) continue;
      offered += 1;
      expect((await request.get(src)).status(), `${path} → ${src}`).toBe(200);
      const answer = await request.get(oembed);
      expect(answer.status(), `${path} → ${oembed}`).toBe(200);
      expect((await answer.json()).html, path).toContain(`src="${src}"`);
    }
    expect(offered).toBeGreaterThanOrEqual(6 + campaignIds.length);
  });

  test('former provinces and campaigns offer their maps, at the addresses journalists try', async ({
    request,
    baseURL,
  }) => {
    for (const path of moreMapPages) expect((await embedOf(request, path)).src, path).toBeDefined();
    // Bắc Kạn's old code, which no province holds today.
    const old = await request.get('/embed/map/province/06?lang=en');
    expect(old.status()).toBe(200);
    expect(await old.text()).toContain('Bac Kan Province (before 1 July 2025)');
    const json = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/old/06`)}`)).json();
    expect(json.title).toContain('Tỉnh Bắc Kạn');
    expect(json.html).toContain(`${baseURL}/embed/map/old/06`);
    const boundary = await request.get('/api/boundaries/old/06.topo.json');
    expect(boundary.status()).toBe(200);
    expect((await boundary.json()).objects.communes.geometries.length).toBeGreaterThan(0);
    expect((await request.get('/embed/map/old/99999')).status()).toBe(404);
    expect((await request.get('/embed/map/campaign/no-such-plan')).status()).toBe(404);
  });
});

/** A news article with the embed that oEmbed gives for a portal page, served by the test itself. */
async function articleServer(request: APIRequestContext, baseURL: string, page: string): Promise<Server> {
  const { html } = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}${page}`)}`)).json();
  const paragraph = '<p>' + 'Tin tức về chương trình xóa nhà tạm, nhà dột nát. '.repeat(12) + '</p>';
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><title>Báo</title><h1>Tin</h1>${paragraph.repeat(4)}${html}${paragraph.repeat(8)}`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function embedFrame(page: Page): Promise<Frame> {
  // The embed code loads lazily: the reader scrolls to it.
  await page.locator('iframe').scrollIntoViewIfNeeded();
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator('.leaflet-container canvas').waitFor();
  return frame!;
}

/** Where the map stands: a drag shifts its pane, a pinch redraws its canvas around a new centre. */
const mapOffset = (frame: Frame) =>
  frame
    .locator('.leaflet-container')
    .evaluate(
      (map) =>
        `${getComputedStyle(map.querySelector('.leaflet-map-pane')!).transform} ${map.querySelector('canvas')!.toDataURL()}`,
    );

test.describe('an embed inside a news article, on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 740 } });
  let server: Server;
  test.beforeEach(async ({ request, baseURL }) => {
    server = await articleServer(request, baseURL!, '/old/06');
  });
  test.afterEach(() => server.close());
  const article = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/article`;

  test('one finger scrolls the article over the map; two fingers move the map; a hint says so', async ({ page }) => {
    await page.goto(article());
    const frame = await embedFrame(page);
    await expect(frame.getByText('Dùng hai ngón tay để di chuyển, phóng to bản đồ.')).toBeVisible();
    const canvas = frame.locator('.leaflet-container');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const before = { scroll: await page.evaluate(() => window.scrollY), map: await mapOffset(frame) };
    // A finger on the screen, as Chromium's touch emulation receives it (the map sees these events too).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 10; step++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scroll + 100);
    expect(await mapOffset(frame)).toBe(before.map);

    // Two fingers, moved together, pan the map.
    const box2 = (await canvas.boundingBox())!;
    const [cx, cy] = [box2.x + box2.width / 2, box2.y + box2.height / 2];
    const touches = (dy: number) => [
      { x: cx - 40, y: cy + dy, id: 1 },
      { x: cx + 40, y: cy + dy, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touches(0) });
    for (const dy of [10, 20, 30, 40, 60, 80])
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touches(dy) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => mapOffset(frame)).not.toBe(before.map);
  });

  test('tapping a commune opens the portal in a new tab; the frame stays on the map', async ({ page, context }) => {
    await page.goto(article());
    const frame = await embedFrame(page);
    const embedUrl = frame.url();
    expect(embedUrl).toContain('/embed/map/old/06');
    const canvas = frame.locator('.leaflet-container');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const opened = context.waitForEvent('page');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/\/commune\/\d{5}$/);
    expect((await embedFrame(page)).url()).toBe(embedUrl);
  });

  test('every link out of the embed opens a new tab; it shows its data-as-of and a link back', async ({
    page,
    baseURL,
  }) => {
    await page.goto(article());
    const frame = await embedFrame(page);
    const targets = await frame.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map(
        (a) => (a as HTMLAnchorElement).target || document.querySelector('base')?.target || '',
      ),
    );
    expect(targets.length).toBeGreaterThan(3);
    expect(new Set(targets)).toEqual(new Set(['_blank']));
    const footer = frame.locator('.embed-footer');
    await expect(footer).toContainText(/Số liệu cập nhật lúc|Chưa có số liệu/);
    await expect(footer.getByRole('link', { name: 'Chung tay xóa nhà tạm, nhà dột nát' })).toHaveAttribute(
      'href',
      `${baseURL}/old/06`,
    );
  });
});

test.describe('on a desktop, without touch', () => {
  test.use({ hasTouch: false, isMobile: false, viewport: { width: 1280, height: 800 } });
  test('the map pans with the mouse and shows no touch hint', async ({ page }) => {
    await page.goto('/embed/map/campaign/bac-kan-2025');
    const canvas = page.locator('.leaflet-container');
    await expect(canvas.locator('canvas')).toBeVisible();
    await expect(page.getByText('Dùng hai ngón tay')).toHaveCount(0);
    const before = await page.locator('.leaflet-map-pane').evaluate((p) => getComputedStyle(p).transform);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(() => page.locator('.leaflet-map-pane').evaluate((p) => getComputedStyle(p).transform))
      .not.toBe(before);
  });
});

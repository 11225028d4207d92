import { expect, test } from '@playwright/test';

// How pages travel: small on a phone's connection, and not sent again when nothing changed.
test.describe('delivery of pages and files', () => {
  test('pages are sent gzipped, with a validator that saves sending them twice', async ({ request }) => {
    const first = await request.get('/commune/18229', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.status()).toBe(200);
    expect(first.headers()['content-encoding']).toBe('gzip');
    expect(await first.text()).toContain('<html lang="vi');
    const etag = first.headers()['etag']!;
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    const english = await request.get('/en/commune/18229', { headers: { 'If-None-Match': etag } });
    expect(english.status()).toBe(200);
    // Tests running at the same time pledge to this commune, which changes its page (and validator)
    // now and then: asked again with the validator of a page that did not change since, it answers 304.
    await expect
      .poll(async () => {
        const page = await request.get('/commune/18229');
        const again = await request.get('/commune/18229', { headers: { 'If-None-Match': page.headers()['etag']! } });
        return again.status();
      })
      .toBe(304);
  });

  test('scripts and styles are compressed and kept by browsers for good (their names change with them)', async ({
    page,
  }) => {
    const assets: Promise<Record<string, string>>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/_astro/')) assets.push(response.allHeaders());
    });
    await page.goto('/embed/map');
    await expect(page.locator('.progress-map canvas')).toBeVisible();
    const headers = await Promise.all(assets);
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) {
      expect(header['cache-control']).toContain('immutable');
      // Files under 1 KB go as they are: compressing them saves nothing worth the work.
      if (header['content-encoding'] === undefined) expect(Number(header['content-length'])).toBeLessThan(1024);
      else expect(['gzip', 'br']).toContain(header['content-encoding']);
    }
  });

  test('a donor’s or official’s request carrying a cookie is never answered from the shared memory', async ({
    request,
  }) => {
    const shared = await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip' } });
    const personal = await request.get('/en/', { headers: { Cookie: 'session=x', 'Accept-Encoding': 'gzip' } });
    expect(shared.status()).toBe(200);
    expect(personal.status()).toBe(200);
    expect(personal.headers()['etag']).toBeUndefined();
  });
});

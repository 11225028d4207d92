import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en.ts';
import { vi } from '../../src/lib/i18n/vi.ts';

/** Issue 16's journeys: finding a place, pledging to it in real units, taking a confirmation away, following it. */

const hydrated = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

test.describe('search that knows old names and places in provinces', () => {
  test('finds a former commune by its name and district without JavaScript, saying what it is now part of', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search?q=Hoa+Binh+Van+Quan');
    const first = page.locator('.search-results li').first();
    await expect(first.getByRole('link')).toHaveText('Xã Hòa Bình');
    await expect(first).toContainText('thuộc Huyện Văn Quan, Tỉnh Lạng Sơn');
    await expect(first).toContainText('trước 01/7/2025');
    await expect(first).toContainText('nay thuộc Xã');
    // No two lines of a result list read the same.
    await page.goto('/search?q=Hoa+Binh');
    const lines = await page.locator('.search-results li').allInnerTexts();
    expect(new Set(lines).size).toBe(lines.length);
    await context.close();
  });

  test('suggests places while typing, and goes to the one chosen with the keyboard', async ({ page }) => {
    await page.goto('/search');
    await hydrated(page);
    const field = page.getByRole('combobox', { name: /Tìm tỉnh, thành phố, xã, phường/ });
    await field.pressSequentially('van quan lang son');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('Xã Văn Quan');
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'gợi ý' })).toBeAttached();
    await field.press('ArrowDown');
    await expect(field).toHaveAttribute('aria-activedescendant', 'search-page-q-option-0');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/commune\/06253$/);
  });

  test('answers suggestions as JSON, today’s places only when asked', async ({ request }) => {
    const answer = await request.get('/api/search.json?q=van+quan&lang=en&era=2025');
    expect(answer.ok()).toBe(true);
    const { results } = (await answer.json()) as { results: { era: string; name: string; path: string }[] };
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.era === '2025')).toBe(true);
    expect(results[0]).toMatchObject({ name: 'Van Quan Commune', path: '/en/commune/06253' });
    expect((await request.get('/api/search.json?q=a')).status()).toBe(400);
  });
});

test.describe('pledging without codes, in real units', () => {
  test('without JavaScript: only the chosen kind’s fields, a shared name offered as choices, tonnes kept as bags', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/pledge');
    await expect(page.getByLabel('Số tiền (đồng)')).toBeVisible();
    await expect(page.locator('#quantity')).toBeHidden();
    await expect(page.locator('#shifts')).toBeHidden();
    await page.locator('#kind-material').check();
    await expect(page.getByLabel('Số tiền (đồng)')).toBeHidden();
    await expect(page.locator('#quantity')).toBeVisible();

    await page.getByLabel('Tên xã, phường, tỉnh, tên kế hoạch hoặc mã hộ').fill('Hoa Binh');
    await page.locator('#material').selectOption('cement');
    await page.locator('#quantity').fill('2,5');
    await page.getByLabel('Đơn vị', { exact: true }).selectOption('tonne');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Công ty Xi măng Đồng Bành');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page.getByRole('alert')).toContainText('Có nhiều nơi trùng tên');
    const choices = page.getByRole('group', { name: 'Có nhiều nơi trùng tên, hãy chọn một:' }).getByRole('radio');
    expect(await choices.count()).toBeGreaterThan(1);
    await choices.nth(1).check();
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
    await expect(page.locator('.facts').first()).toContainText('50 × Xi măng (bao 50 kg) = 2,5 tấn');
    await context.close();
  });

  test('finds the commune by name as it is typed, and pledges machine shifts', async ({ page }) => {
    await page.goto('/pledge');
    await hydrated(page);
    await page
      .getByRole('combobox', { name: 'Tên xã, phường, tỉnh, tên kế hoạch hoặc mã hộ' })
      .pressSequentially('Văn Quan');
    await page
      .getByRole('option', { name: /Xã Văn Quan/ })
      .first()
      .click();
    await page.locator('#kind-machinery').check();
    await expect(page.locator('.detail-machinery blockquote')).toContainText('máy móc');
    await page.getByLabel('Loại máy').selectOption('excavator');
    await page.getByLabel('Số ca máy').fill('4');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Công ty Cơ giới Lạng Sơn');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page).toHaveURL(/\/pledges\//);
    const facts = page.locator('.facts').first();
    await expect(facts).toContainText('4 ca máy · Máy xúc, máy đào');
    await expect(facts).toContainText('Xã Văn Quan');

    await page.getByRole('link', { name: /Giấy xác nhận đăng ký đóng góp/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Giấy xác nhận đăng ký đóng góp');
    await expect(page.getByTestId('estimated-value')).toContainText('14.000.000');
    await expect(page.getByTestId('estimated-value')).toContainText('DEMO');
    await expect(page.locator('.pledge-confirmation')).toContainText('Không nêu (nơi nhận chưa công bố');
    const check = (await page.locator('.check-url').textContent())!.trim();
    await expect(page.getByRole('img', { name: /Mã QR kiểm tra đăng ký đóng góp/ })).toBeVisible();
    await page.goto(check);
    await expect(page.getByRole('status')).toContainText('Đăng ký đóng góp này có trên cổng thông tin.');
    // As the donor chose to be shown (initials), nothing more.
    await expect(page.locator('.facts')).toContainText('C.T.C.G.L.S.');
    await expect(page.locator('.facts')).not.toContainText('Công ty Cơ giới');
    await expect(page.locator('.facts')).toContainText('4 ca máy');
  });

  test('a money pledge’s confirmation: transfer details to copy, VietQR to print or save as a PNG', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/pledge?target=province:42');
    await expect(page.getByText('Đã chọn: Tỉnh Hà Tĩnh')).toBeVisible();
    await page.getByLabel('Số tiền (đồng)').fill('50.000.000');
    await page.getByLabel('Tổ chức, doanh nghiệp').check();
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Công ty Cổ phần Thép Hà Tĩnh');
    await page.getByLabel('Mã số thuế (tổ chức, không bắt buộc)').fill('3001234567');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page).toHaveURL(/\/pledges\//);
    const privatePage = page.url().replace(/\?new$/, '');

    const png = await page.request.get(`${privatePage}/qr.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
    await expect(page.getByRole('link', { name: /Lưu ảnh mã VietQR/ })).toHaveAttribute('download', /vietqr-CT/);

    await page.goto(`${privatePage}/confirmation`);
    await hydrated(page);
    const article = page.locator('.pledge-confirmation');
    for (const fact of [
      'Công ty Cổ phần Thép Hà Tĩnh',
      '3001234567',
      'Tỉnh Hà Tĩnh',
      '50.000.000',
      'Theo số tiền đăng ký.',
      '1122334455',
      'VietinBank',
    ])
      await expect(article).toContainText(fact);
    await expect(page.getByRole('img', { name: /Mã VietQR chuyển khoản/ })).toBeVisible();
    await page.getByRole('button', { name: 'Sao chép Số tài khoản' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('1122334455');
    await page.getByRole('button', { name: 'Sao chép Số tiền (đồng)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('50000000');
    const response = await page.request.get(`${privatePage}/confirmation`);
    expect(response.headers()['cache-control']).toBe('private, no-store');
    // On paper only the document: the site's header and the copy buttons are left out.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sao chép Số tài khoản' })).toBeHidden();
  });
});

test.describe('following a place', () => {
  async function readAtom(page: Page, url: string) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    // Well-formed XML with the elements RFC 4287 requires of a feed and of each entry.
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
      const ns = 'http://www.w3.org/2005/Atom';
      const feed = doc.documentElement;
      const child = (el: Element, name: string) =>
        [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
      const entries = child(feed, 'entry');
      return {
        root: feed.localName,
        ns: feed.namespaceURI,
        feed: ['id', 'title', 'updated', 'author'].every((name) => child(feed, name).length === 1),
        self: child(feed, 'link').some((l) => l.getAttribute('rel') === 'self'),
        entries: entries.length,
        entriesComplete: entries.every((e) =>
          ['id', 'title', 'updated', 'link', 'summary'].every((name) => child(e, name).length >= 1),
        ),
        datesValid: [...doc.getElementsByTagNameNS(ns, 'updated')].every(
          (u) => !Number.isNaN(Date.parse(u.textContent!)),
        ),
        ids: entries.map((e) => child(e, 'id')[0]!.textContent),
        titles: entries.map((e) => child(e, 'title')[0]!.textContent),
      };
    }, xml);
  }

  test('a commune’s page links its Atom feed, which is valid and tells completions and money', async ({ page }) => {
    await page.goto('/commune/18229');
    const announced = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(announced).toHaveAttribute('href', '/commune/18229/feed.atom');
    await expect(page.getByRole('link', { name: /Nguồn tin Atom của Xã Đức Thọ/ })).toBeVisible();
    const feed = await readAtom(page, '/commune/18229/feed.atom');
    expect(feed).toMatchObject({
      root: 'feed',
      ns: 'http://www.w3.org/2005/Atom',
      feed: true,
      self: true,
      entriesComplete: true,
      datesValid: true,
    });
    expect(feed.entries).toBeGreaterThan(0);
    expect(new Set(feed.ids).size).toBe(feed.ids!.length);
    expect(feed.titles!.some((title) => /^(Hoàn thành nhà|Bàn giao nhà)/.test(title!))).toBe(true);
  });

  test('a province’s and the ledger’s feeds are valid in both languages; an unknown place has none', async ({
    page,
  }) => {
    for (const url of [
      '/province/42/feed.atom',
      '/en/province/42/feed.atom',
      '/ledger/feed.atom',
      '/en/ledger/feed.atom',
    ]) {
      const feed = await readAtom(page, url);
      expect(feed, url).toMatchObject({ feed: true, self: true, entriesComplete: true, datesValid: true });
    }
    await page.goto('/ledger');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/ledger/feed.atom',
    );
    await page.goto('/en/province/42');
    await expect(page.getByRole('link', { name: 'Atom feed of Ha Tinh Province' })).toBeVisible();
    // An unknown place's feed is the not-found page, in the address's language.
    for (const [url, title] of [
      ['/commune/99999/feed.atom', vi.common.notFoundTitle],
      ['/province/18229/feed.atom', vi.common.notFoundTitle],
      ['/en/commune/99999/feed.atom', en.common.notFoundTitle],
    ]) {
      const answer = await page.request.get(url!);
      expect(answer.status(), url).toBe(404);
      expect(await answer.text(), url).toContain(title);
    }
  });

  test('a filtered list’s downloads hold what the list shows', async ({ page }) => {
    await page.goto('/commune/18229?stage=completed');
    const csv = page.locator('.downloads a', { hasText: 'CSV' });
    await expect(csv).toHaveAttribute('href', '/api/households/18229.csv?stage=completed');
    const json = await (await page.request.get('/api/households/18229.json?stage=completed')).json();
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.rows.every((row: { stage: string }) => row.stage === 'completed')).toBe(true);
    expect((await page.request.get('/api/households/18229.json?stage=flying')).status()).toBe(400);
    await page.goto('/ledger/in?q=CT');
    await expect(page.getByRole('link', { name: 'Tải JSON' })).toHaveAttribute('href', /\/api\/ledger\/in\.json\?q=CT/);
  });
});

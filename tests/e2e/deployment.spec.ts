import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { promisify } from 'node:util';
import { expect, request as apiRequest, test } from '@playwright/test';
import writeExcelFile from 'write-excel-file/node';
import { startPortalServer, type PortalServer } from '../../scripts/bench/portal-server.ts';
import { startTlsProxy, tlsProxyPorts, type TlsProxy } from '../support/tls-proxy.ts';
import { createAccount, officialPassword, signIn, signOut } from '../support/workspace-session.ts';

/**
 * The portal as README's "Deploying on the internet" sets it up: behind Debian's nginx, on the
 * repository's deploy/nginx/ configuration, terminating TLS; and what it answers to a Host header
 * a stranger chose. Its own project (playwright.config.ts): it starts its own portal and proxy.
 */
const run = promisify(execFile);

/** A GET with a Host header of one's choosing, which browsers and fetch never let a page set. */
function getWithHost(origin: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(new URL(path, origin), { headers: { Host: host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    sent.once('error', reject).end();
  });
}

const oembedOf = (page: string) => `/api/oembed?format=json&url=${encodeURIComponent(page)}`;

test.describe('a Host header that is not the portal’s', () => {
  test('is refused without PUBLIC_BASE_URL: the notice’s QR link and the oEmbed code never name it', async ({
    baseURL,
  }) => {
    for (const path of ['/commune/18229/notice', oembedOf('http://attacker.example/commune/18229')]) {
      const answer = await getWithHost(baseURL!, path, 'attacker.example');
      expect(answer.status, path).toBe(421);
      expect(answer.body).not.toContain('attacker.example');
    }
    const local = await getWithHost(baseURL!, oembedOf(`${baseURL}/commune/18229`), new URL(baseURL!).host);
    expect(local.status).toBe(200);
    expect((JSON.parse(local.body) as { html: string }).html).toContain(`${baseURL}/embed/map/commune/18229`);
  });
});

test.describe('behind nginx terminating TLS', () => {
  test.describe.configure({ mode: 'serial' });
  const data = 'data/e2e-deployment';
  const admin = { email: 'admin.deployment@e2e.test', password: 'mật khẩu quản trị sau proxy' };
  let portal: PortalServer | undefined;
  let proxy: TlsProxy | undefined;

  test.beforeAll(async () => {
    // Seeding a new database and starting two servers take minutes on a busy machine.
    test.setTimeout(600_000);
    rmSync(data, { recursive: true, force: true });
    const ports = await tlsProxyPorts();
    const env = {
      ...process.env,
      DATABASE_URL: '',
      PGLITE_DATA_DIR: `${data}/pglite`,
      EVIDENCE_DIR: `${data}/evidence`,
      RECEIPT_SIGNING_KEY_FILE: `${data}/receipt-signing-key.pem`,
    };
    await run(process.execPath, ['scripts/seed.ts', '--no-demo'], { env });
    const created = run(process.execPath, ['scripts/create-admin.ts', '--email', admin.email, '--name', 'Quản trị'], {
      env,
    });
    created.child.stdin!.end(`${admin.password}\n`);
    await created;
    portal = await startPortalServer({
      ...env,
      NODE_ENV: 'production',
      PUBLIC_BASE_URL: `https://localhost:${ports.https}`,
      TRUSTED_PROXIES: '127.0.0.1',
    });
    proxy = await startTlsProxy(Number(new URL(portal.origin).port), ports);
  });

  test.afterAll(async () => {
    await proxy?.stop();
    await portal?.stop();
    rmSync(data, { recursive: true, force: true });
  });

  test('links use PUBLIC_BASE_URL whatever Host reaches the server; plain HTTP is sent to HTTPS', async () => {
    const notice = await getWithHost(portal!.origin, '/commune/18229/notice', 'attacker.example');
    expect(notice.status).toBe(200);
    expect(notice.body).toContain(`href="${proxy!.url}/commune/18229"`);
    expect(notice.body).not.toContain('attacker.example');
    const oembed = await getWithHost(portal!.origin, oembedOf(`${proxy!.url}/commune/18229`), 'attacker.example');
    expect((JSON.parse(oembed.body) as { html: string }).html).toContain(`${proxy!.url}/embed/map/commune/18229`);

    const plain = await apiRequest.newContext();
    const redirected = await plain.get(`${proxy!.plainUrl}/ledger`, { maxRedirects: 0 });
    expect(redirected.status()).toBe(301);
    expect(redirected.headers().location).toBe('https://localhost/ledger');
    await plain.dispose();
  });

  test('a donor pledges, officials sign in with a Secure __Host- cookie, a treasurer uploads a statement', async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: proxy!.url });
    const page = await context.newPage();

    const home = await page.goto('/');
    expect(home!.headers()['strict-transport-security']).toBe('max-age=31536000');
    await page.goto('/pledge?target=commune:18229');
    await page.getByLabel('Số tiền (đồng)').fill('900.000');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Nguyễn Văn An');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
    const reference = (await page.locator('.facts .reference').first().textContent())!.trim();

    await signIn(page, admin.email, admin.password);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: '__Host-chung_tay_session', secure: true, httpOnly: true, path: '/' });
    const treasurer = 'thuquy.deployment@e2e.test';
    await createAccount(page, { email: treasurer, name: 'Thủ quỹ sau proxy', role: 'fund_treasurer', unit: '' });
    await signOut(page);
    expect(await context.cookies()).toEqual([]);

    await signIn(page, treasurer, officialPassword);
    await page.getByRole('link', { name: 'Sao kê ngân hàng của quỹ' }).click();
    await page.getByLabel('Ngân hàng').selectOption({ label: 'VietinBank' });
    const rows = [
      ['Ngày hạch toán', 'Mã giao dịch', 'Diễn giải', 'Ghi nợ', 'Ghi có'],
      ['20/11/2026 09:15', 'FT-PROXY-1', `${reference} ung ho xa Duc Tho`, '', 900000],
    ];
    await page.getByLabel('Tệp sao kê').setInputFiles({
      name: 'sao-ke.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await writeExcelFile(rows.map((cells) => cells.map((value) => ({ value })))).toBuffer(),
    });
    await page.getByRole('button', { name: 'Nhập sao kê' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Đã nhập: 1 khoản mới (0 khoản đã nhập trước đó), 1 khoản đã đối chiếu tự động, 0 khoản chờ đối chiếu.',
    );
    await context.close();
  });

  test('a form posted from another site is still refused', async () => {
    const stranger = await apiRequest.newContext({ ignoreHTTPSErrors: true });
    const posted = await stranger.post(`${proxy!.url}/workspace/sign-in`, {
      headers: { Origin: 'https://attacker.example' },
      form: { email: admin.email, password: admin.password },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(403);
    await stranger.dispose();
  });
});

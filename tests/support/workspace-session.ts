import AxeBuilder from '@axe-core/playwright';
import { expect, request, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/** The password admins give the accounts they make in the browser tests. */
export const officialPassword = 'mật khẩu cán bộ thử nghiệm';

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Signs in for the first time, as a person would: password, then the authenticator set up from
 * the key the enrolment page shows, then its current code.
 */
export async function signIn(page: Page, email: string, password: string, checkAccessibility = false) {
  await page.goto('/workspace');
  await expect(page).toHaveURL(/\/workspace\/sign-in$/);
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page).toHaveURL(/\/workspace\/second-factor$/);
  const waiting = await sessionCookie(page);
  const key = (await page.getByTestId('second-factor-key').textContent())!.replace(/\s/g, '');
  await expect(page.getByRole('img', { name: /Mã QR/ })).toBeVisible();
  if (checkAccessibility) await expectAccessible(page);
  await page.getByLabel('Mã 6 chữ số').fill(new TOTP({ secret: Secret.fromBase32(key) }).generate());
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  // Signed in under a new token: the one seen before the second factor opens nothing.
  expect((await sessionCookie(page)).value).not.toBe(waiting.value);
  const stranger = await request.newContext({ ignoreHTTPSErrors: true, baseURL: new URL(page.url()).origin });
  const replayed = await stranger.get('/workspace', {
    headers: { cookie: `${waiting.name}=${waiting.value}` },
    maxRedirects: 0,
  });
  expect(replayed.headers()['location']).toMatch(/\/workspace\/sign-in$/);
  await stranger.dispose();
}

async function sessionCookie(page: Page): Promise<{ name: string; value: string }> {
  const cookie = (await page.context().cookies()).find(({ name }) => name.endsWith('chung_tay_session'));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/workspace\/sign-in$/);
}

/** An admin, on the officials page, makes an account with one role over one area. */
export async function createAccount(page: Page, account: { email: string; name: string; role: string; unit: string }) {
  await page.getByRole('link', { name: 'Tài khoản cán bộ' }).click();
  await page.getByLabel('Thư điện tử').fill(account.email);
  await page.getByLabel('Họ tên').fill(account.name);
  await page.getByLabel('Mật khẩu ban đầu').fill(officialPassword);
  await page.getByLabel('Vai trò', { exact: true }).selectOption(account.role);
  await page.getByLabel('Mã đơn vị').fill(account.unit);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã tạo tài khoản ${account.email}.`);
}

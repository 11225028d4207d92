import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import Stripe from 'stripe';

test.describe('pledging', () => {
  test('a person pledges money to a commune and gets a private page with the VietQR transfer', async ({ page }) => {
    await page.goto('/pledge?target=commune:18229');
    // Arriving from a commune's page, the commune is chosen and shown by its name.
    await expect(page.getByLabel('Tên xã, phường, tỉnh, tên kế hoạch hoặc mã hộ')).toHaveValue('Xã Đức Thọ');
    await page.getByLabel('Số tiền (đồng)').fill('2.500.000');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Trần Thị Bình');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();

    await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
    await expect(page.getByRole('status')).toContainText('Hãy lưu lại đường link của trang này');
    const reference = (await page.locator('.facts .reference').first().textContent())!.trim();
    expect(reference).toMatch(/^CT[0-9A-Z]{8}$/);
    await expect(page.getByRole('img', { name: `Mã VietQR chuyển khoản cho đóng góp ${reference}` })).toBeVisible();
    const transfer = page.getByRole('region', { name: 'Chuyển khoản bằng VietQR' });
    await expect(transfer).toContainText('1122334455');
    await expect(transfer).toContainText('2.500.000');
    await expect(transfer.locator('.reference .copy-value')).toHaveText(reference);
    await expect(page.locator('.facts').first()).toContainText('T.T.B.');

    const response = await page.request.get(page.url());
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['referrer-policy']).toBe('same-origin');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);

    // Public pages count new pledges within minutes (their freshness time); Thành Sen's page is not shown before this.
    await page.goto('/pledge?target=commune:18073');
    await page.getByLabel('Số tiền (đồng)').fill('700.000');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Đỗ Văn Sơn');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page).toHaveURL(/\/pledges\//);
    await page.goto('/commune/18073');
    const money = page.getByRole('region', { name: 'Tiền đóng góp', exact: true });
    await expect(money.locator('dd').first()).not.toHaveText('0 ₫');
    await expect(money.locator('dd').nth(1)).toHaveText('0 ₫');
  });

  test('an organisation pledges workdays, in English', async ({ page }) => {
    await page.goto('/en/pledge');
    await page.getByLabel('Name of a commune, ward, province or plan, or a household code').fill('18229');
    await page.locator('#kind-labour').check();
    await page.locator('#workdays').fill('20');
    await page.getByLabel('Skill').selectOption('mason');
    await page.getByLabel('An organisation or business').check();
    await page.getByLabel('Full name or organisation name').fill('Hợp tác xã Xây dựng Đức Thọ');
    await page.getByLabel('Anonymous (still counted in totals)').check();
    await page.getByRole('button', { name: 'Pledge', exact: true }).click();
    await expect(page.locator('.facts').first()).toContainText('20 workdays · Mason');
    await expect(page.locator('.facts').first()).toContainText('Anonymous');
    await expect(page.getByText('Commune officers record materials when they are delivered')).toBeVisible();
  });

  test('a second and third tap while the form is on its way send it once: one pledge, not three', async ({ page }) => {
    await page.goto('/pledge?target=commune:18229');
    await page.getByLabel('Số tiền (đồng)').fill('300.000');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Phan Văn Lộc');
    await page.waitForFunction(() => document.readyState === 'complete');
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST') posts += 1;
    });
    // The server is slow to answer, as on a busy day: every tap lands while the first is on its way.
    await page.route('**/pledge', async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.fallback();
    });
    await page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('form[data-submit-once] button[type="submit"]')!;
      button.click();
      setTimeout(() => button.click(), 150);
      setTimeout(() => button.click(), 300);
    });
    await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
    expect(posts).toBe(1);
  });

  test('a donor cancels, through their private link, a pledge nothing of which has arrived', async ({ page }) => {
    await page.goto('/pledge?target=commune:18229');
    await page.getByLabel('Số tiền (đồng)').fill('800.000');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Đinh Thị Mai');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
    await page.getByRole('button', { name: 'Hủy đăng ký đóng góp này' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Đã hủy đăng ký. Đóng góp không còn được tính vào số đã đăng ký.',
    );
    await expect(page.locator('.facts').first()).toContainText('Đã hủy');
    await expect(page.getByRole('button', { name: 'Hủy đăng ký đóng góp này' })).toHaveCount(0);
    await expect(page.getByRole('img', { name: /Mã VietQR/ })).toHaveCount(0);
  });

  test('bad input is refused field by field in the reader’s language, keeping what was typed', async ({ page }) => {
    await page.goto('/pledge');
    await page.getByLabel('Tên xã, phường, tỉnh, tên kế hoạch hoặc mã hộ').fill('99999');
    await page.getByLabel('Số tiền (đồng)').fill('5000,5');
    await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Lê Văn Cường');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Số tiền chỉ gồm chữ số, ví dụ 5.000.000.');
    // The keyboard starts from what is to put right.
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Số tiền (đồng)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Họ tên hoặc tên tổ chức')).toHaveValue('Lê Văn Cường');

    await page.getByLabel('Số tiền (đồng)').fill('5.000.000');
    await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
    await expect(page.getByRole('alert')).toContainText('Không tìm thấy xã, phường, tỉnh hay kế hoạch nào có tên này.');
  });

  test('a plan that has ended takes no more pledges', async ({ page }) => {
    await page.goto('/en/pledge?target=campaign:national-2025');
    await page.getByLabel('Amount (đồng)').fill('1,000,000');
    await page.getByLabel('Full name or organisation name').fill('Pham Minh');
    await page.getByRole('button', { name: 'Pledge', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('This plan has ended');
  });

  test('a bot that fills the hidden field is refused, and an unknown private link is a 404', async ({
    page,
    request,
  }) => {
    await page.goto('/pledge');
    const origin = new URL(page.url()).origin;
    const posted = await request.post('/pledge', {
      form: {
        targetKind: 'commune',
        targetCode: '18229',
        kind: 'money',
        amount: '100000',
        donorType: 'person',
        donorName: 'Spam Bot',
        displayChoice: 'full_name',
        website: 'http://spam.example',
      },
      headers: { Origin: origin },
    });
    expect(posted.status()).toBe(429);
    expect((await request.get(`/pledges/${'A'.repeat(43)}`)).status()).toBe(404);
    expect((await request.get('/pledges/short')).status()).toBe(404);
  });
});

test('a donor abroad pays by card through Stripe Checkout; the signed webhook records it once', async ({ page }) => {
  // Not 03151: figures-agree.spec.ts reads that commune as one no money was given to.
  await page.goto('/en/pledge?target=commune:18229');
  await page.getByLabel('Amount (đồng)').fill('1,200,000');
  await page.getByLabel('Full name or organisation name').fill('Mai Anh Nguyen');
  await page.getByRole('button', { name: 'Pledge', exact: true }).click();
  const privatePage = page.url();
  await page.getByRole('button', { name: 'Pay by card (Stripe)' }).click();

  await expect(page.getByRole('heading', { name: 'Test Checkout' })).toBeVisible();
  await expect(page.getByText('Amount: 1200000 VND')).toBeVisible();
  const session = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByRole('button', { name: 'Pay' }).click();

  await expect(page).toHaveURL(/\?card=paid$/);
  await expect(page.getByRole('status')).toContainText('as soon as Stripe confirms it');
  const facts = page.locator('.facts').first();
  // The webhook was delivered twice; the money counts once.
  await expect(facts).toContainText('Fulfilled');
  await expect(facts).toContainText(/Received\s*₫1,200,000/);
  await page.goto(privatePage.replace('?new', ''));
  await expect(page.getByRole('button', { name: 'Pay by card (Stripe)' })).toHaveCount(0);

  // The fund's staff refund part of it in Stripe: charge.refunded, delivered twice, takes it back once.
  const stripeApi = `http://localhost:${Number(process.env.E2E_PORT ?? 4391) + 1}/v1`;
  const auth = { Authorization: 'Bearer sk_test_browsertests' };
  const paid = (await (await fetch(`${stripeApi}/checkout/sessions/${session}`, { headers: auth })).json()) as {
    payment_intent: string;
  };
  const refund = await fetch(`${stripeApi}/refunds`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({ payment_intent: paid.payment_intent, amount: '200000' }),
  });
  expect(refund.status).toBe(200);
  await page.reload();
  await expect(page.locator('.facts').first()).toContainText(/Received\s*₫1,000,000/);
  const reference = (await page.locator('.facts .reference').first().textContent())!.trim();
  await page.goto(`/en/ledger/in?q=${reference}`);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Refund (card)');
  await expect(rows.first()).toContainText('-₫200,000');
});

test('a correctly signed Stripe event with an impossible amount is answered 400 with its reason in both languages', async ({
  request,
}) => {
  const stripe = new Stripe('sk_test_browsertests');
  for (const [amount, reason] of [
    [-5000, 'The amount must be above zero.'],
    [12.5, 'The amount is not whole đồng.'],
    [1e30, 'The amount is above the most the portal records'],
  ] as const) {
    const payload = JSON.stringify({
      id: `evt_bad_${amount}`,
      object: 'event',
      type: 'checkout.session.completed',
      created: Math.floor(Date.now() / 1000),
      data: {
        object: {
          object: 'checkout.session',
          client_reference_id: 'CT7K9Q2XMA',
          currency: 'vnd',
          amount_total: amount,
          payment_intent: `pi_bad_${amount}`,
          payment_status: 'paid',
        },
      },
    });
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_browsertests' });
    const answer = await request.post('/api/stripe/webhook', {
      data: payload,
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
    });
    expect(answer.status()).toBe(400);
    const body = (await answer.json()) as { outcome: string; error: { vi: string; en: string } };
    expect(body.outcome).toBe('refused');
    expect(body.error.en).toContain(reason);
    expect(body.error.vi.length).toBeGreaterThan(0);
  }
});

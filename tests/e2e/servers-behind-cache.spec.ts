import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import Stripe from 'stripe';
import { startCachingProxy, type CachingProxy } from '../../scripts/bench/caching-proxy.ts';
import { startPortalServer, type PortalServer } from '../../scripts/bench/portal-server.ts';
import { freePort, startThrowawayPostgres, type ThrowawayPostgres } from '../../scripts/throwaway-postgres.ts';

/**
 * Two portal servers on one Postgres, with Debian's nginx in front as the CDN (deploy/nginx/),
 * as README's "More than one server" describes: what one server does, the other and the cache
 * show; money and limits kept in the database stay whole; public pages outlive both servers.
 */
const webhookSecret = 'whsec_twoservers';
const stripe = new Stripe('sk_test_twoservers');
const limit = 4;
// Shorter than the default 300 s, so that the test can see answers go stale.
const freshSeconds = 30;
let folder: string;
let database: ThrowawayPostgres;
let sql: postgres.Sql;
let a: PortalServer;
let b: PortalServer;
let proxy: CachingProxy;
let communeCode: string;

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  folder = mkdtempSync(path.join(tmpdir(), 'chung-tay-two-servers-'));
  database = await startThrowawayPostgres();
  sql = postgres(database.url, { max: 2, onnotice: () => {} });
  // Every server signs receipts with the one key (README: provision it, give every server the file).
  const keyFile = path.join(folder, 'receipt-key.pem');
  writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));
  const environment = {
    DATABASE_URL: database.url,
    RECEIPT_SIGNING_KEY_FILE: keyFile,
    LEDGER_CHECK_MINUTES: '0',
    TRUSTED_PROXIES: '127.0.0.1',
    PLEDGE_RATE_LIMIT_PER_MINUTE: String(limit),
    STRIPE_SECRET_KEY: 'sk_test_twoservers',
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_API_URL: 'http://127.0.0.1:9',
    PUBLIC_CACHE_SECONDS: String(freshSeconds),
  };
  // Both at once, on a database that has never been migrated.
  [a, b] = await Promise.all([
    startPortalServer({ ...environment, PORT: String(await freePort()) }),
    startPortalServer({ ...environment, PORT: String(await freePort()) }),
  ]);
  const seeded = spawnSync(process.execPath, ['scripts/seed.ts', '--no-demo'], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  const [commune] = await sql<
    { code: string }[]
  >`select code from admin_units where level = 'commune' and era = '2025' order by code limit 1`;
  communeCode = commune!.code;
  proxy = await startCachingProxy([a, b].map((server) => Number(new URL(server.origin).port)));
});

test.afterAll(async () => {
  await proxy?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
  await sql?.end();
  database?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** A pledge posted to one server's form, as from a visitor at `visitor` behind the proxy. */
async function pledge(server: PortalServer, visitor: string, amount: number): Promise<Response> {
  const body = new URLSearchParams({
    targetKind: 'commune',
    targetCode: communeCode,
    kind: 'money',
    amount: String(amount),
    donorType: 'person',
    donorName: 'Nguyễn Văn Hai Máy',
    taxCode: '',
    email: '',
    displayChoice: 'initials',
    website: '',
  });
  return fetch(`${server.origin}/pledge`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin, 'X-Forwarded-For': visitor },
  });
}

/** Stripe telling one server that a pledge was paid by card. */
async function cardPaid(server: PortalServer, reference: string, amount: number): Promise<Response> {
  const payload = JSON.stringify({
    id: `evt_${reference}`,
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        object: 'checkout.session',
        client_reference_id: reference,
        currency: 'vnd',
        amount_total: amount,
        payment_intent: `pi_${reference}`,
        payment_status: 'paid',
      },
    },
  });
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
  return fetch(`${server.origin}/api/stripe/webhook`, {
    method: 'POST',
    body: payload,
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
  });
}

async function referenceOfLatestPledge(amount: number): Promise<string> {
  const [row] = await sql<
    { reference: string }[]
  >`select reference from pledges where amount = ${amount} order by id desc limit 1`;
  return row!.reference;
}

test('started at once on an unmigrated database, the two servers applied each migration once', async () => {
  const files = readdirSync('db/migrations').filter((name) => name.endsWith('.sql'));
  const [row] = await sql<{ applied: number }[]>`select count(*)::int as applied from drizzle.__drizzle_migrations`;
  expect(row!.applied).toBe(files.length);
  for (const server of [a, b]) expect((await fetch(`${server.origin}/`)).status).toBe(200);
});

test('a public answer from memory carries the very headers of the one first rendered', async () => {
  const ignored = /^(date|connection|keep-alive|transfer-encoding|content-length)$/;
  const headersOf = (response: Response) =>
    [...response.headers].filter(([name]) => !ignored.test(name)).map(([name, value]) => `${name}: ${value}`);
  for (const address of ['/embed/map', `/commune/${communeCode}`, '/api/progress/provinces.json']) {
    const first = await fetch(`${a.origin}${address}`, { headers: { 'Accept-Encoding': 'gzip' } });
    const again = await fetch(`${a.origin}${address}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.status, address).toBe(200);
    expect(headersOf(again), address).toEqual(headersOf(first));
    expect(await again.text(), address).toBe(await first.text());
    expect(first.headers.get('Content-Security-Policy'), address).toBeTruthy();
    expect(first.headers.get('Content-Encoding'), address).toBe('gzip');
  }
});

test('an address with parameters its page does not read is answered from memory, like the plain one, not rendered again', async () => {
  const address = `/commune/${communeCode}`;
  const kept = await (await fetch(`${a.origin}${address}`)).text();
  // A complaint filed behind the portal's back (no new data version): only a new render shows it.
  const reference = 'PATHAMSO01';
  await sql`insert into complaints (reference, subject, commune_code, message, due_on)
    values (${reference}, 'commune_figures', ${communeCode}, 'Số liệu của xã chưa đúng.', '2026-12-31')`;
  try {
    // Parameters no page reads, and parameters other pages read (a page number, an embed's language).
    const unread = ['?fbclid=IwAR0abc', '?x=1', '?utm_source=zalo&x=2&cachebuster=8f3a', '?x=1&x=%E1%BB%9D'];
    for (const query of [...unread, '?page=7', '?page=-1&after=3', '?lang=en&record=1'])
      expect(await (await fetch(`${a.origin}${address}${query}`)).text(), query).toBe(kept);
    // A parameter this page reads makes another address: rendered, it shows the complaint.
    expect(await (await fetch(`${a.origin}${address}?stage=started&page=2`)).text()).toContain(reference);
  } finally {
    await sql`delete from complaints where reference = ${reference}`;
  }
});

test('a change made through one server shows through the other within a second or so, not s-maxage', async () => {
  const amount = 7_654_321;
  expect((await pledge(a, '203.0.113.1', amount)).status).toBe(303);
  const reference = await referenceOfLatestPledge(amount);
  const ledgerAtB = async () => (await fetch(`${b.origin}/api/ledger/in.json`)).text();
  expect(await ledgerAtB()).not.toContain(reference);
  expect((await ledgerAtB()).length).toBeGreaterThan(0); // now kept in B's memory
  expect((await cardPaid(a, reference, amount)).status).toBe(200);
  // README: another server's change shows within a second (the data version is read that often),
  // not only once B's kept answer is no longer fresh (PUBLIC_CACHE_SECONDS).
  await expect.poll(ledgerAtB, { timeout: (freshSeconds - 5) * 1000, intervals: [100] }).toContain(reference);
});

test('payments booked through both servers at once get receipt numbers without gaps or repeats', async () => {
  const amounts = Array.from({ length: 16 }, (_, i) => 1_000_000 + i * 1_000);
  const references: string[] = [];
  for (const [i, amount] of amounts.entries()) {
    expect((await pledge(i % 2 === 0 ? a : b, `198.51.100.${i + 1}`, amount)).status).toBe(303);
    references.push(await referenceOfLatestPledge(amount));
  }
  const answers = await Promise.all(
    references.map((reference, i) => cardPaid(i % 2 === 0 ? a : b, reference, amounts[i]!)),
  );
  expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
  const issued = await sql<{ issuer: string; numbers: number[] }[]>`
    select issuer, array_agg(number order by number) as numbers from receipts group by issuer`;
  const total = issued.reduce((sum, { numbers }) => sum + numbers.length, 0);
  expect(total).toBe(references.length + 1); // and the earlier test's payment
  for (const { numbers } of issued) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
});

test('the pledge limit of one address is counted across both servers', async () => {
  const visitor = '192.0.2.77';
  const answers: Response[] = [];
  for (let i = 0; i <= limit; i++) answers.push(await pledge(i % 2 === 0 ? a : b, visitor, 500_000));
  expect(answers.map((answer) => answer.status)).toEqual([...Array.from({ length: limit }, () => 303), 429]);
  // When to try again: the limit counts by the minute.
  expect(answers.at(-1)!.headers.get('Retry-After')).toBe('60');
});

test('nginx answers public pages from its cache, asks the portal once, and serves them stale when both are stopped', async () => {
  const address = `/commune/${communeCode}`;
  const first = await fetch(`${proxy.origin}${address}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(first.status).toBe(200);
  const body = await first.text();
  const again = await fetch(`${proxy.origin}${address}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(again.headers.get('X-Cache-Status')).toBe('HIT');
  expect(await again.text()).toBe(body);
  expect(proxy.originRequests().get(address)).toBe(1);
  // Personal answers pass by the cache.
  const withCookie = await fetch(`${proxy.origin}${address}`, { headers: { Cookie: 'x=1' } });
  expect(withCookie.headers.get('X-Cache-Status')).toBe('BYPASS');

  await Promise.all([a.stop(), b.stop()]);
  // Once past its freshness, with no server to refresh it: stale-if-error.
  await new Promise((resolve) => setTimeout(resolve, (freshSeconds + 2) * 1000));
  const stale = await fetch(`${proxy.origin}${address}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(stale.status).toBe(200);
  expect(stale.headers.get('X-Cache-Status')).toBe('STALE');
  expect(await stale.text()).toBe(body);
  const gone = await fetch(`${proxy.origin}/commune/never-asked-before`);
  expect(gone.status).toBe(502);
});

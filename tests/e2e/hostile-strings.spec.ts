import { globSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { expect, test, type APIResponse } from '@playwright/test';
import { notAddresses, publicRoutes, type PublicRoute } from '../support/public-routes.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { vi } from '../../src/lib/i18n/vi.ts';

/**
 * Strings people and programs send that no page of the portal expects, percent-encoded as they
 * travel in an address or a form: each must be answered with a page (or an API's problem), 2xx
 * or 4xx, in the address's language, and never echoed back as markup.
 */
const hostile: { name: string; encoded: string }[] = [
  { name: 'NUL', encoded: 'a%00b' },
  { name: 'overlong UTF-8', encoded: '%C0%AF%C0%AE%C0%AE' },
  { name: '1 MB', encoded: 'x'.repeat(1024 * 1024) },
  { name: 'RTL override', encoded: encodeURIComponent('\u202Egpj.exe') },
  { name: 'emoji', encoded: encodeURIComponent('🏠👪🏽') },
  { name: 'SQL', encoded: encodeURIComponent("' OR 1=1; DROP TABLE households; --") },
  { name: 'path', encoded: encodeURIComponent('../../../../etc/passwd') },
  { name: 'markup', encoded: encodeURIComponent('"><script>alert(1)</script>') },
];
const markup = '<script>alert(1)</script>';

test('the table of routes names every file under src/pages', () => {
  const files = globSync('**/*.{astro,ts}', { cwd: 'src/pages' }).sort();
  expect([...Object.keys(publicRoutes), ...Object.keys(notAddresses)].sort()).toEqual(files);
});

/** The route's address with its samples, one parameter replaced. */
function address(route: PublicRoute, prefix: string, replaced?: { name: string; encoded: string }): string {
  const path = route.address.replace(/\[([a-z]+)=([^\]]+)\]/gi, (_, name: string, sample: string) =>
    name === replaced?.name ? replaced.encoded : sample,
  );
  return `${prefix}${path}` || '/';
}

async function expectAnswered(response: APIResponse, what: string, notImplemented = false) {
  const status = response.status();
  expect(status, what).toBeGreaterThanOrEqual(200);
  if (!(notImplemented && status === 501)) expect(status, what).toBeLessThan(500);
  const body = await response.text();
  // Inside an attribute whose quote was escaped, the markup is text; anywhere else it would run.
  expect(body.replaceAll(`&quot;>${markup}`, ''), what).not.toContain(markup);
  const type = response.headers()['content-type'] ?? '';
  const { pathname } = new URL(response.url());
  if (status < 400) return;
  // A feed is read by a program: its own refusals are plain text, the server's (before any route) a page.
  if (pathname.endsWith('.atom')) return;
  if (pathname.startsWith('/api/')) {
    // A problem for programs, in both languages (or, from Stripe's webhook, plain words for Stripe's log).
    expect(type, what).not.toContain('text/html');
    if (type.includes('json')) expect(JSON.parse(body), what).toHaveProperty('error');
    return;
  }
  expect(type, what).toContain('text/html');
  expect(body, what).toContain(`<html lang="${/^\/en(\/|$)/.test(pathname) ? 'en-GB' : 'vi-VN'}"`);
  expect(body, what).toMatch(/<h1[ >]/);
}

for (const [file, route] of Object.entries(publicRoutes)) {
  test(`${file}: hostile strings in its parameters are answered, never echoed as markup`, async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(600_000);
    const receipt = ((await (await request.get('/api/ledger/in.json')).json()) as { rows: { receipt: string }[] })
      .rows[0]!.receipt;
    const withReceipt = { ...route, address: route.address.replace('RECEIPT', receipt) };
    const origin = new URL(baseURL!).origin;
    const pathNames = [...route.address.matchAll(/\[([a-z]+)=/gi)].map((match) => match[1]!);
    for (const [i, string] of hostile.entries()) {
      const prefix = route.localized && i % 2 === 1 ? '/en' : '';
      for (const name of pathNames) {
        const url = address(withReceipt, prefix, { name, encoded: string.encoded });
        await expectAnswered(await request.get(url), `${string.name} as ${name}: GET ${url.slice(0, 120)}`);
      }
      for (const name of [...(route.query ?? []), 'unexpected']) {
        const url = `${address(withReceipt, prefix)}?${name}=${string.encoded}`;
        const what = `${string.name} as ?${name}: GET ${url.slice(0, 120)}`;
        await expectAnswered(await request.get(url), what, route.notImplemented?.includes(name));
      }
      for (const name of route.form ?? []) {
        const url = address(withReceipt, prefix);
        const response = await request.post(url, {
          data: `${name}=${string.encoded}`,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
        });
        await expectAnswered(response, `${string.name} as form field ${name}: POST ${url}`);
      }
    }
  });
}

test('a Host header holding more than a host (credentials, a path) is answered 400 with a page, not a 500', async ({
  baseURL,
}) => {
  const { port } = new URL(baseURL!);
  for (const host of [`localhost:${port}@attacker.example`, `localhost:${port}/x`, 'local host']) {
    // Node's own client, as a browser cannot send such a Host.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const sent = httpRequest({ host: 'localhost', port, path: '/', headers: { Host: host } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      });
      sent.on('error', reject);
      sent.end();
    });
    expect(answer.status, host).toBe(400);
    expect(answer.body, host).toContain('<html lang="vi-VN"');
  }
});

test('a request by any method but GET, HEAD and POST is answered 405 with a page and what is allowed', async ({
  baseURL,
}) => {
  const { port } = new URL(baseURL!);
  for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
    for (const path of ['/', '/pledge', '/en/commune/18229?x=1', '/api/progress/provinces.json']) {
      const answer = await new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
        const sent = httpRequest({ host: 'localhost', port, path, method }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, allow: response.headers.allow, body }));
        });
        sent.on('error', reject);
        sent.end();
      });
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.allow, `${method} ${path}`).toBe('GET, HEAD, POST');
      // A page for people, the API's bilingual JSON for programs.
      const words = path.startsWith('/en/') ? en.common.refusal[405] : vi.common.refusal[405];
      expect(answer.body, `${method} ${path}`).toContain(
        path.startsWith('/api/') ? vi.common.refusal[405].text : words.title,
      );
    }
});

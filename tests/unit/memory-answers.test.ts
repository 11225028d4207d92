import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  answerFromMemory,
  knownQueryParameters,
  type PublicAnswers,
  publicAnswerKey,
  withoutUnreadParameters,
} from '../../src/lib/http/memory-answers.ts';
import { ResponseCache } from '../../src/lib/http/response-cache.ts';
import { publicRoutes } from '../support/public-routes.ts';
import { readElsewhere, sourceFiles } from '../support/query-readers.ts';

const origin = 'http://localhost:4321';
const key = (address: string) => publicAnswerKey(origin, new URL(address, origin));

describe('the key of a public answer kept in memory', () => {
  it('is the address, query and all, when every parameter is one a page reads', () => {
    expect(key('/commune/00004')).toBe(`${origin}/commune/00004`);
    expect(key('/embed/map?lang=en')).toBe(`${origin}/embed/map?lang=en`);
    expect(key('/ledger?area=commune:00004&page=2')).toBe(`${origin}/ledger?area=commune:00004&page=2`);
  });

  it('is none for an address with a parameter no page reads: random parameters create no entries', () => {
    expect(key('/commune/00004?x=1')).toBeUndefined();
    expect(key('/commune/00004?lang=en&cachebuster=8f3a')).toBeUndefined();
  });

  it('names every parameter a page or API reads (by name, or as tests/support/public-routes.ts lists them), so that none of their answers is mixed up', () => {
    const read = new Set<string>();
    const unlisted: string[] = [];
    for (const file of sourceFiles('src')) {
      const source = readFileSync(file, 'utf8');
      for (const [, name] of source.matchAll(/searchParams\.(?:get|has|getAll)\('([^']+)'\)/g)) read.add(name!);
      for (const [, names] of source.matchAll(/queryOf\(url, \[([^\]]*)\]\)/g))
        for (const [, name] of names!.matchAll(/'([^']+)'/g)) read.add(name!);
      // The query read any other way (whole, into a form reader): its parameters are listed below.
      const other = source.replaceAll(/searchParams\.(?:get|has|getAll)\('[^']+'\)/g, '');
      if (/searchParams/.test(other) && !file.endsWith('memory-answers.ts')) {
        const names = readElsewhere[file.split(path.sep).join('/')];
        if (names) for (const name of names) read.add(name);
        else unlisted.push(file);
      }
    }
    expect(unlisted, 'files that read the query other than by a name: list the parameters they read').toEqual([]);
    for (const file of Object.keys(readElsewhere)) expect(statSync(file).isFile(), file).toBe(true);
    expect(read.size).toBeGreaterThan(5);
    for (const route of Object.values(publicRoutes)) for (const name of route.query ?? []) read.add(name);
    for (const name of read) expect(knownQueryParameters, name).toContain(name);
  });
});

describe('parameters no page reads (fbclid, utm_*, random ones)', () => {
  it('are taken off the address, the rest kept in order and as written', () => {
    expect(withoutUnreadParameters('/commune/00004?fbclid=IwAR0abc')).toBe('/commune/00004');
    expect(withoutUnreadParameters('/embed/map?utm_source=zalo&lang=en&utm_medium=social')).toBe('/embed/map?lang=en');
    expect(withoutUnreadParameters('/commune/00004?x=1&x=2&cachebuster=8f3a')).toBe('/commune/00004');
    expect(withoutUnreadParameters('/ledger?area=commune%3A00004&zz=%ZZ&page=2')).toBe(
      '/ledger?area=commune%3A00004&page=2',
    );
    expect(withoutUnreadParameters('/search?q=Ba%20V%C3%AC')).toBe('/search?q=Ba%20V%C3%AC');
    expect(withoutUnreadParameters('/')).toBe('/');
  });

  it('leave an address with only read parameters as it is, so its key is the one kept', () => {
    for (const name of knownQueryParameters)
      expect(withoutUnreadParameters(`/commune/00004?${name}=1`), name).toBe(`/commune/00004?${name}=1`);
  });
});

describe('answering from memory before the framework', () => {
  async function serverWith(answers: PublicAnswers) {
    let passedOn = 0;
    const server = createServer((request, response) => {
      const answered = answerFromMemory(answers, request, response, undefined);
      const passOn = () => {
        passedOn += 1;
        response.writeHead(404).end('rendered');
      };
      if (answered === false) passOn();
      else if (answered !== true) void answered.then((sent) => sent || passOn());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { origin: `http://localhost:${port}`, passedOn: () => passedOn, close: () => server.close() };
  }

  it('sends a kept answer with its headers, gzipped or not, 304 for a tag held; passes on anything else', async () => {
    const cache = new ResponseCache(1024 * 1024);
    const answers: PublicAnswers = { cache, version: () => '7.0' };
    const server = await serverWith(answers);
    try {
      const kept = new Response('<p>Xã Ba Vì</p>', {
        headers: {
          'Content-Type': 'text/html',
          'Cache-Control': 'public, max-age=60',
          'X-Content-Type-Options': 'nosniff',
        },
      });
      const page = `${server.origin}/commune/00004`;
      const first = await cache.keep(`${server.origin}/commune/00004`, '7.0', kept, new Request(page));
      const fromMemory = await fetch(page);
      expect(fromMemory.status).toBe(200);
      expect(await fromMemory.text()).toBe('<p>Xã Ba Vì</p>');
      for (const name of ['content-type', 'cache-control', 'x-content-type-options', 'etag', 'vary'])
        expect(fromMemory.headers.get(name), name).toBe(first.headers.get(name));
      expect(fromMemory.headers.get('content-encoding')).toBe('gzip'); // fetch accepts gzip, and unpacked it

      const plain = await new Promise<string>((resolve) =>
        get(page, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(`${response.headers['content-encoding'] ?? 'identity'} ${text}`));
        }),
      );
      expect(plain).toBe('identity <p>Xã Ba Vì</p>');
      const held = await fetch(page, { headers: { 'If-None-Match': first.headers.get('ETag')! } });
      expect(held.status).toBe(304);
      expect(server.passedOn()).toBe(0);

      for (const [address, headers] of [
        ['/commune/00004', { Cookie: 'session=1' }],
        ['/commune/00004?utm_x=1', {}],
        ['/commune/00005', {}],
      ] as const)
        expect((await fetch(`${server.origin}${address}`, { headers })).status, address).toBe(404);
      expect(server.passedOn()).toBe(3);
      // Another data version: the kept answer is no longer the answer.
      answers.version = () => Promise.resolve('8.0');
      expect((await fetch(page)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

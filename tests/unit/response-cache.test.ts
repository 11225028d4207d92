import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/lib/http/response-cache.ts';

const page = (body: string, headers: Record<string, string> = {}, status = 200) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html', 'Cache-Control': 'public, max-age=60', ...headers },
  });
const get = (headers: Record<string, string> = {}) => new Request('http://portal.test/commune/00004', { headers });
const gzip = { 'Accept-Encoding': 'gzip, deflate, br' };

async function gunzip(response: Response): Promise<string> {
  const stream = response.body!.pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

describe('the response cache', () => {
  it('answers a kept page, gzipped for clients that accept it, until the data version moves', async () => {
    const cache = new ResponseCache(1024 * 1024);
    const first = await cache.keep('k', '1.0', page('<p>Ba Đình</p>'), get(gzip));
    expect(first.headers.get('Content-Encoding')).toBe('gzip');
    expect(await gunzip(first)).toBe('<p>Ba Đình</p>');

    const again = cache.answer('k', '1.0', get(gzip));
    expect(again?.status).toBe(200);
    expect(again?.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(await gunzip(again!)).toBe('<p>Ba Đình</p>');

    const plain = cache.answer('k', '1.0', get());
    expect(plain?.headers.get('Content-Encoding')).toBeNull();
    expect(await plain?.text()).toBe('<p>Ba Đình</p>');

    expect(cache.answer('k', '2.0', get(gzip))).toBeUndefined();
    expect(cache.answer('k', '1.0', get(gzip))).toBeUndefined(); // dropped once outdated
  });

  it('lets a page go when its freshness has passed (s-maxage, as a shared cache), so small changes show', async () => {
    let now = 1_000_000;
    const cache = new ResponseCache(1024 * 1024, () => now);
    await cache.keep('browser', '1.0', page('<p>pledged: 1</p>'), get());
    await cache.keep(
      'shared',
      '1.0',
      page('<p>pledged: 1</p>', { 'Cache-Control': 'public, max-age=60, s-maxage=300' }),
      get(),
    );
    now += 59_000;
    expect(await cache.answer('browser', '1.0', get())?.text()).toBe('<p>pledged: 1</p>');
    now += 2_000;
    expect(cache.answer('browser', '1.0', get())).toBeUndefined();
    expect(await cache.answer('shared', '1.0', get())?.text()).toBe('<p>pledged: 1</p>');
    now += 240_000;
    expect(cache.answer('shared', '1.0', get())).toBeUndefined();
  });

  it('answers 304 to a client that holds the same version, weak or in a list', async () => {
    const cache = new ResponseCache(1024 * 1024);
    const first = await cache.keep('k', '1', page('body'), get());
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(cache.answer('k', '1', get({ 'If-None-Match': etag }))?.status).toBe(304);
    expect(cache.answer('k', '1', get({ 'If-None-Match': `"other", W/${etag}` }))?.status).toBe(304);
    expect(cache.answer('k', '1', get({ 'If-None-Match': '"other"' }))?.status).toBe(200);
  });

  it('keeps an ETag the route chose', async () => {
    const cache = new ResponseCache(1024 * 1024);
    const first = await cache.keep('k', '1', page('{}', { ETag: '"route-etag"' }), get());
    expect(first.headers.get('ETag')).toBe('"route-etag"');
  });

  it.each([
    ['no-store', page('x', { 'Cache-Control': 'no-store' })],
    ['private', page('x', { 'Cache-Control': 'private, max-age=60' })],
    ['no Cache-Control', new Response('x')],
    ['a cookie', page('x', { 'Set-Cookie': 'session=1' })],
    ['a 404', page('x', {}, 404)],
  ])('never keeps a response with %s, and passes it through untouched', async (_, response) => {
    const cache = new ResponseCache(1024 * 1024);
    const sent = await cache.keep('k', '1', response, get(gzip));
    expect(sent).toBe(response);
    expect(cache.answer('k', '1', get(gzip))).toBeUndefined();
    expect(cache.size.entries).toBe(0);
  });

  it('lets the least recently used pages go when its memory is full', async () => {
    // Random text barely compresses, so each page costs about its own size.
    const body = () => Array.from({ length: 400 }, () => Math.random().toString(36).slice(2)).join('');
    const cache = new ResponseCache(8 * 1024);
    const [a, b, c] = [body(), body(), body()];
    await cache.keep('a', '1', page(a), get());
    await cache.keep('b', '1', page(b), get());
    expect(await cache.answer('a', '1', get())?.text()).toBe(a); // a is now the most recent
    await cache.keep('c', '1', page(c), get());
    expect(cache.size).toMatchObject({ entries: 2 });
    expect(cache.size.bytes).toBeLessThanOrEqual(8 * 1024);
    expect(cache.answer('b', '1', get())).toBeUndefined();
    expect(await cache.answer('a', '1', get())?.text()).toBe(a);
    expect(await cache.answer('c', '1', get())?.text()).toBe(c);
  });
});

describe('requests for one page while it renders', () => {
  it('wait for that one render: N concurrent misses render the page once', async () => {
    const cache = new ResponseCache(1024 * 1024);
    let renders = 0;
    let finish: () => void = () => {};
    const rendered = new Promise<void>((resolve) => (finish = resolve));
    const render = async () => {
      renders += 1;
      await rendered;
      return page('<p>Xã Ba Vì</p>');
    };
    const answers = Array.from({ length: 20 }, (_, i) =>
      cache.answerOrRender('k', '1.0', get(i % 2 === 0 ? gzip : {}), render),
    );
    finish();
    const bodies = await Promise.all(
      (await Promise.all(answers)).map((answer) =>
        answer.headers.get('Content-Encoding') === 'gzip' ? gunzip(answer) : answer.text(),
      ),
    );
    expect(renders).toBe(1);
    expect(new Set(bodies)).toEqual(new Set(['<p>Xã Ba Vì</p>']));
    await cache.answerOrRender('k', '1.0', get(), render);
    expect(renders).toBe(1);
    // A new data version is a new render, once again.
    await Promise.all([1, 2, 3].map(() => cache.answerOrRender('k', '2.0', get(), render)));
    expect(renders).toBe(2);
  });

  it('each render their own when the answer may not be kept, or the one render failed', async () => {
    const cache = new ResponseCache(1024 * 1024);
    let renders = 0;
    const personal = async () => {
      renders += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return page('mine', { 'Cache-Control': 'private, no-store' });
    };
    const sent = await Promise.all([1, 2, 3].map(() => cache.answerOrRender('p', '1', get(), personal)));
    expect(renders).toBe(3);
    expect(await Promise.all(sent.map((answer) => answer.text()))).toEqual(['mine', 'mine', 'mine']);

    let attempts = 0;
    const flaky = async () => {
      attempts += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (attempts === 1) throw new Error('database gone');
      return page('back');
    };
    const [first, second] = await Promise.allSettled([
      cache.answerOrRender('f', '1', get(), flaky),
      cache.answerOrRender('f', '1', get(), flaky),
    ]);
    expect(first.status).toBe('rejected');
    expect(second.status === 'fulfilled' && (await second.value.text())).toBe('back');
  });
});

import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Rendered public answers kept in memory, gzipped, until the published data changes or their
 * freshness (`s-maxage`, else `max-age`) passes: rendering a commune's page costs about ten milliseconds, answering it from
 * here a fraction of one. An answer is kept only when it says any cache may keep it
 * (`Cache-Control: public`), so the same rule serves CDNs and this cache; frequent small changes
 * (a new pledge) show within it without emptying the cache each time. When the budget is full,
 * the oldest answers not asked for since the budget last passed over them go first. Requests for one page that arrive while it is
 * being rendered wait for that render instead of starting their own (a spike after a data
 * change renders each page once).
 */
export class ResponseCache {
  readonly #entries = new Map<string, KeptAnswer>();
  readonly #rendering = new Map<string, Promise<KeptAnswer | Response>>();
  readonly #maxBytes: number;
  #bytes = 0;

  readonly #now: () => number;

  constructor(maxBytes: number, now: () => number = Date.now) {
    this.#maxBytes = maxBytes;
    this.#now = now;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  /**
   * The answer kept under this key at this data version, still fresh, if any. A hit only marks
   * the entry used (the budget keeps it, "second chance"): moving it to the map's end on every
   * hit made each answer from a full cache cost half as much again (the map's table re-made
   * over and over, young garbage the collector copies).
   */
  lookup(key: string, version: string): KeptAnswer | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || entry.expiresAt < this.#now()) {
      this.#remove(key, entry);
      return undefined;
    }
    entry.used = true;
    return entry;
  }

  /** The kept answer to this request, if one was kept at this data version. */
  answer(key: string, version: string, request: Request): Response | undefined {
    const entry = this.lookup(key, version);
    return entry && respond(entry, request);
  }

  /** Keeps the response when it may be kept, and returns what to send for this request. */
  async keep(key: string, version: string, response: Response, request: Request): Promise<Response> {
    const kept = await this.#keep(key, version, response);
    return kept instanceof Response ? kept : respond(kept, request);
  }

  /**
   * The kept answer, or else `render`'s, kept when it may be. While one render of a key runs,
   * other requests for it wait for its answer; should it not be keepable, each renders its own.
   */
  async answerOrRender(
    key: string,
    version: string,
    request: Request,
    render: () => Promise<Response>,
  ): Promise<Response> {
    const kept = this.answer(key, version, request);
    if (kept) return kept;
    const renderKey = `${version} ${key}`;
    const running = this.#rendering.get(renderKey);
    if (running) {
      const shared = await running.catch(() => undefined);
      return shared && !(shared instanceof Response) ? respond(shared, request) : render();
    }
    const rendering = render().then((response) => this.#keep(key, version, response));
    this.#rendering.set(renderKey, rendering);
    try {
      const result = await rendering;
      return result instanceof Response ? result : respond(result, request);
    } finally {
      this.#rendering.delete(renderKey);
    }
  }

  async #keep(key: string, version: string, response: Response): Promise<KeptAnswer | Response> {
    if (!isKeepable(response)) return response;
    const body = new Uint8Array(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    const vary = headers.get('Vary');
    if (!vary?.includes('Accept-Encoding')) headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (!headers.has('ETag'))
      headers.set('ETag', `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`);
    // A shared cache, so s-maxage first (RFC 9111), as a CDN in front would read it.
    const cacheControl = headers.get('Cache-Control') ?? '';
    const maxAge = (/\bs-maxage=(\d+)/.exec(cacheControl) ?? /\bmax-age=(\d+)/.exec(cacheControl))?.[1];
    const entry: KeptAnswer = {
      version,
      used: false,
      expiresAt: maxAge === undefined ? Infinity : this.#now() + Number(maxAge) * 1000,
      status: response.status,
      headers: [...headers],
      // Level 6, not 9: a third of the time for 2% more bytes, paid on the first render after a change.
      gzipped: gzipSync(body, { level: 6 }),
    };
    const previous = this.#entries.get(key);
    if (previous) this.#remove(key, previous);
    if (entry.gzipped.byteLength <= this.#maxBytes) {
      this.#entries.set(key, entry);
      this.#bytes += entry.gzipped.byteLength;
      // Oldest first; one used since the last pass goes to the newest end, unmarked, instead.
      for (const [oldestKey, oldest] of this.#entries) {
        if (this.#bytes <= this.#maxBytes) break;
        this.#entries.delete(oldestKey);
        if (oldest.used) {
          oldest.used = false;
          this.#entries.set(oldestKey, oldest);
        } else this.#bytes -= oldest.gzipped.byteLength;
      }
    }
    return entry;
  }

  #remove(key: string, entry: KeptAnswer): void {
    this.#entries.delete(key);
    this.#bytes -= entry.gzipped.byteLength;
  }
}

export interface KeptAnswer {
  version: string;
  /** Answered since the budget last passed over it. */
  used: boolean;
  expiresAt: number;
  status: number;
  headers: [string, string][];
  gzipped: Uint8Array<ArrayBuffer>;
}

function isKeepable(response: Response): boolean {
  const cacheControl = response.headers.get('Cache-Control') ?? '';
  return (
    response.status === 200 &&
    /\bpublic\b/.test(cacheControl) &&
    !/\b(no-store|private)\b/.test(cacheControl) &&
    !response.headers.has('Set-Cookie') &&
    !response.headers.has('Content-Encoding')
  );
}

/**
 * What to send from a kept answer, given the request's `Accept-Encoding` and `If-None-Match`:
 * one rule for answers sent through the framework and those sent before it (memory-answers.ts).
 */
export function sendableAnswer(
  entry: KeptAnswer,
  acceptEncoding: string | null | undefined,
  ifNoneMatch: string | null | undefined,
): { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer> | null } {
  const etag = entry.headers.find(([name]) => name === 'etag')?.[1];
  if (etag && ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
    return { status: 304, headers: entry.headers.filter(([name]) => name !== 'content-type'), body: null };
  if (/\bgzip\b/.test(acceptEncoding ?? ''))
    return { status: entry.status, headers: [...entry.headers, ['content-encoding', 'gzip']], body: entry.gzipped };
  return { status: entry.status, headers: entry.headers, body: gunzipSync(entry.gzipped) as Uint8Array<ArrayBuffer> };
}

function respond(entry: KeptAnswer, request: Request): Response {
  const { status, headers, body } = sendableAnswer(
    entry,
    request.headers.get('Accept-Encoding'),
    request.headers.get('If-None-Match'),
  );
  return new Response(body, { status, headers });
}

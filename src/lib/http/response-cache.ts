import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Rendered public answers kept in memory, gzipped, until the published data changes or their
 * freshness (`s-maxage`, else `max-age`) passes: rendering a commune's page costs about ten milliseconds, answering it from
 * here a fraction of one. An answer is kept only when it says any cache may keep it
 * (`Cache-Control: public`), so the same rule serves CDNs and this cache; frequent small changes
 * (a new pledge) show within it without emptying the cache each time. Least recently
 * used answers go first when the budget is full.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
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

  /** The kept answer to this request, if one was kept at this data version. */
  answer(key: string, version: string, request: Request): Response | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#remove(key, entry);
    if (entry.version !== version || entry.expiresAt < this.#now()) return undefined;
    this.#entries.set(key, entry);
    this.#bytes += entry.gzipped.byteLength;
    return respond(entry, request);
  }

  /** Keeps the response when it may be kept, and returns what to send for this request. */
  async keep(key: string, version: string, response: Response, request: Request): Promise<Response> {
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
    const entry: Entry = {
      version,
      expiresAt: maxAge === undefined ? Infinity : this.#now() + Number(maxAge) * 1000,
      status: response.status,
      headers: [...headers],
      gzipped: gzipSync(body, { level: 9 }),
    };
    const previous = this.#entries.get(key);
    if (previous) this.#remove(key, previous);
    if (entry.gzipped.byteLength <= this.#maxBytes) {
      this.#entries.set(key, entry);
      this.#bytes += entry.gzipped.byteLength;
      for (const [oldestKey, oldest] of this.#entries) {
        if (this.#bytes <= this.#maxBytes) break;
        this.#remove(oldestKey, oldest);
      }
    }
    return respond(entry, request);
  }

  #remove(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.gzipped.byteLength;
  }
}

interface Entry {
  version: string;
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

function respond(entry: Entry, request: Request): Response {
  const headers = new Headers(entry.headers);
  const etag = headers.get('ETag');
  const wanted = request.headers.get('If-None-Match');
  if (etag && wanted && wanted.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  if (/\bgzip\b/.test(request.headers.get('Accept-Encoding') ?? '')) {
    headers.set('Content-Encoding', 'gzip');
    return new Response(entry.gzipped, { status: entry.status, headers });
  }
  return new Response(gunzipSync(entry.gzipped), { status: entry.status, headers });
}

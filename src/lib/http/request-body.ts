/**
 * How much a request may send, and the one reader of request bodies that holds it to that while
 * the body streams in: nothing larger than its limit is ever kept in memory, whatever the
 * request's `Content-Length` says (a chunked body has none).
 *
 * Limits by kind:
 * - a form without a file, and the text of any form: `formBytes` (64 KB), read by `readForm`
 *   (src/lib/forms/read-form.ts);
 * - a file in a form, by what it is, with the constant beside the code that reads it: an evidence
 *   photo `maximumPhotoBytes` (src/lib/evidence/photo.ts), a household sheet `maximumSheetBytes`
 *   (src/lib/households/household-sheet.ts), a bank statement `maximumStatementBytes`
 *   (src/lib/payments/statement-store.ts), a receipt file to verify `maximumReceiptFileBytes`
 *   (src/lib/receipts/store.ts); the page that takes the file names its limit to `readForm`;
 * - Stripe's webhook events: `webhookBytes`.
 *
 * A request refused here (too large, or text no form of the portal holds) gets a page saying why
 * from src/middleware.ts, which catches `RequestRefusal`.
 */

/** Bytes of a form's text: its fields, and any file it was not made to take. */
export const formBytes = 64 * 1024;

/** Bytes of one Stripe event: a few kilobytes each, as Stripe sends them. */
export const webhookBytes = 256 * 1024;

/** Why a request was answered without its page: its status, worded by src/lib/http/refusal-page.ts. */
export type RefusalStatus = 400 | 404 | 405 | 413 | 431;

/**
 * A request the portal will not read further. Thrown by the readers of a request (the page
 * cannot go on without what it asked for) and answered by src/middleware.ts with a page.
 */
export class RequestRefusal extends Error {
  readonly status: RefusalStatus;
  constructor(status: RefusalStatus) {
    super(`Request refused with ${status}`);
    this.status = status;
  }
}

/**
 * Whether a text can be taken as typed: no NUL, which no address or form of the portal holds, and
 * which the database cannot store in text (it refuses the whole statement).
 */
export function isAcceptedText(text: string): boolean {
  return !text.includes('\0');
}

/**
 * Whether a Host header names a host and nothing else: a name or IPv4 address, or an IPv6 one in
 * brackets, with an optional port. Anything more (credentials before an `@`, a path, spaces) is
 * no host of the portal's, and would make the address the pages are built from fail (a 500).
 */
export function isWellFormedHost(host: string | undefined): boolean {
  return (
    host === undefined ||
    /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(
      host,
    )
  );
}

/** Whether an address's path and query, decoded, are text as `isAcceptedText` takes it. */
export function isAcceptedAddress(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  return isAcceptedText(path) && [...url.searchParams].every(([name, value]) => isAcceptedText(name + value));
}

/** A body's declared size, when it declares one, is over the limit: refused before reading. */
export function declaresMoreThan(request: Request, maximumBytes: number): boolean {
  return Number(request.headers.get('content-length') ?? 0) > maximumBytes;
}

/**
 * Hands the body's chunks to `take` as they arrive, until the body ends (true), or more than
 * `maximumBytes` have come or `take` answers `'stop'` (false). What comes after that is read and
 * dropped, so that the client, still sending, receives the answer: a connection closed mid-upload
 * shows a browser an error instead of the page.
 */
export async function readChunks(
  request: Request,
  maximumBytes: number,
  take: (chunk: Uint8Array) => Promise<'stop' | void> | 'stop' | void,
): Promise<boolean> {
  if (!request.body) return true;
  const reader = request.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    received += value.byteLength;
    if (received > maximumBytes || (await take(value)) === 'stop') {
      drain(reader);
      return false;
    }
  }
}

/** Reads the rest of a body and drops it, a chunk per turn of the event loop (whatever its source). */
function drain(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  const next = async (): Promise<void> => {
    await new Promise((resolve) => setImmediate(resolve));
    if (!(await reader.read()).done) return next();
  };
  next().catch(() => {
    // The client went away: nothing left to drop.
  });
}

/** A whole body, such as a webhook's, refused with 413 past `maximumBytes`. */
export async function readBody(request: Request, maximumBytes: number): Promise<Buffer> {
  if (declaresMoreThan(request, maximumBytes)) throw new RequestRefusal(413);
  const chunks: Uint8Array[] = [];
  if (!(await readChunks(request, maximumBytes, (chunk) => void chunks.push(chunk)))) throw new RequestRefusal(413);
  return Buffer.concat(chunks);
}

import { decodeBase64 } from './encoding.ts';

/**
 * How a witness talks to the portal over HTTP, for `npm run witness` and the portal's routes.
 * Bodies are text, so a person with curl can read them, in C2SP shapes:
 *
 * - `GET checkpoint`: the latest signed checkpoint (c2sp.org/tlog-checkpoint), signed by the log's
 *   key and followed by the cosignature lines of the registered witnesses that cosigned it.
 * - `GET key`: the log's verifier key, `name+hash+base64` (c2sp.org/signed-note), one line.
 * - `GET consistency?old=M&new=N`: the RFC 6962 consistency proof between the trees of M and N
 *   leaves, one base64 hash a line (as c2sp.org/tlog-witness sends proofs).
 * - `POST cosignatures`: the checkpoint as the witness got it, with the witness's cosignature line
 *   (c2sp.org/tlog-cosignature) added. 200 when kept (or kept before), 403 for a witness the
 *   operator has not registered, 409 for a checkpoint the portal did not sign, 400 otherwise.
 */
export const witnessPaths = {
  checkpoint: '/api/transparency/checkpoint',
  key: '/api/transparency/key',
  consistency: '/api/transparency/consistency',
  cosignatures: '/api/transparency/cosignatures',
} as const;

/** The consistency proof's address between two sizes. */
export function consistencyPath(oldSize: number, newSize: number): string {
  return `${witnessPaths.consistency}?old=${oldSize}&new=${newSize}`;
}

/** A proof's text body: one base64 hash a line. */
export function formatProof(hashes: readonly Buffer[]): string {
  return hashes.map((hash) => `${hash.toString('base64')}\n`).join('');
}

/** Reads a proof's text body; undefined when a line is not one 32-byte base64 hash. */
export function parseProof(text: string): Buffer[] | undefined {
  if (text === '') return [];
  if (!text.endsWith('\n')) return undefined;
  const hashes = text
    .slice(0, -1)
    .split('\n')
    .map((line) => decodeBase64(line));
  return hashes.every((hash) => hash?.length === 32) ? (hashes as Buffer[]) : undefined;
}

/**
 * The content type a witness posts its note with. Not text/plain: a form on another site can send
 * that without asking, so the portal takes it only from its own pages (src/lib/http/cross-site.ts).
 */
export const noteContentType = 'text/x-c2sp-signed-note; charset=utf-8';

/** The most a cosigned checkpoint may weigh: a checkpoint and a hundred signature lines. */
export const cosignatureBytes = 64 * 1024;

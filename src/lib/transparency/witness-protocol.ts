import { z } from 'zod';
import { decodeBase64 } from './encoding.ts';

/**
 * How a witness talks to the portal over HTTP, for `npm run witness` and the portal's routes,
 * in C2SP shapes:
 *
 * - `GET checkpoint`: the latest signed checkpoint (c2sp.org/tlog-checkpoint, text), signed by the
 *   log's key and followed by the cosignature lines of the registered witnesses that cosigned it.
 * - `GET key`: the log's verifier key, `name+hash+base64` (c2sp.org/signed-note), one line.
 * - `GET consistency.json?from=M&to=N`: `{ from, to, proof: [base64 hashes] }`, the RFC 6962
 *   consistency proof between the trees of M and N leaves.
 * - `POST cosignatures`: the checkpoint as the witness got it, with the witness's cosignature line
 *   (c2sp.org/tlog-cosignature) added. 200 when kept (or kept before), 403 for a witness the
 *   operator has not registered, 409 for a checkpoint the log did not sign, 400 otherwise; the
 *   answer is JSON (src/lib/transparency/cosignature-answer.ts): `outcome`, and `message` or
 *   `error` in Vietnamese and English (`vi`, `en`), with the parser's `detail` on a refusal.
 */
export const witnessPaths = {
  checkpoint: '/api/transparency/checkpoint',
  key: '/api/transparency/key',
  consistency: '/api/transparency/consistency.json',
  cosignatures: '/api/transparency/cosignatures',
} as const;

/** The consistency proof's address between two sizes. */
export function consistencyPath(oldSize: number, newSize: number): string {
  return `${witnessPaths.consistency}?from=${oldSize}&to=${newSize}`;
}

const consistencyAnswer = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  proof: z.array(z.string()),
});

/** The proof's hashes from its JSON answer; undefined when it is not the proof asked for. */
export function readConsistencyAnswer(json: unknown, oldSize: number, newSize: number): Buffer[] | undefined {
  const answer = consistencyAnswer.safeParse(json);
  if (!answer.success || answer.data.from !== oldSize || answer.data.to !== newSize) return undefined;
  const hashes = answer.data.proof.map((hash) => decodeBase64(hash));
  return hashes.every((hash) => hash?.length === 32) ? (hashes as Buffer[]) : undefined;
}

/**
 * The content type a witness posts its note with. Not text/plain: a form on another site can send
 * that without asking, so the portal takes it only from its own pages (src/lib/http/cross-site.ts).
 */
export const noteContentType = 'text/x-c2sp-signed-note; charset=utf-8';

/** The most a cosigned checkpoint may weigh: a checkpoint and a hundred signature lines. */
export const cosignatureBytes = 64 * 1024;

const cosignatureAnswerJson = z.object({
  message: z.object({ en: z.string() }).optional(),
  error: z.object({ en: z.string() }).optional(),
  detail: z.string().optional(),
});

/** What the portal answered a cosignature, in English for the witness's log: its message, or its error and detail. */
export function readCosignatureAnswer(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const answer = cosignatureAnswerJson.safeParse(json);
  // Not the portal's shape (a proxy's error page, say): as it came.
  if (!answer.success || !(answer.data.message ?? answer.data.error)) return text.trim().slice(0, 200);
  const { message, error, detail } = answer.data;
  return message ? message.en : `${error!.en}${detail ? ` (${detail})` : ''}`;
}

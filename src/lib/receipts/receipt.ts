import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../security/hash-chain.ts';

/**
 * A receipt (biên nhận) is a small JSON document signed with Ed25519 over its canonical form.
 * Anyone holding the portal's published public key can check one offline; the verification page
 * also compares it with the register of receipts issued.
 */

const giftSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('money'),
    /** Whole đồng, as a decimal string: JSON numbers lose precision past 2^53. */
    amount: z.string().regex(/^[1-9]\d{0,15}$/),
    channel: z.enum(['bank_transfer', 'card']),
  }),
  z.strictObject({
    kind: z.literal('material'),
    material: z.string(),
    description: z.string().nullable(),
    quantity: z.number().int().positive(),
    unit: z.string(),
  }),
  z.strictObject({
    kind: z.literal('labour'),
    skill: z.string(),
    quantity: z.number().int().positive(),
    unit: z.literal('workday'),
  }),
  z.strictObject({
    kind: z.literal('machinery'),
    machine: z.string(),
    description: z.string().nullable(),
    /** Machine shifts (ca máy). */
    quantity: z.number().int().positive(),
    unit: z.literal('shift'),
  }),
]);

export const receiptBodySchema = z.strictObject({
  version: z.literal(1),
  code: z.string().regex(/^[0-9a-z-]+-\d{6,}$/),
  issuer: z.string(),
  issuerName: z.string(),
  number: z.number().int().positive(),
  issuedAt: z.iso.datetime(),
  /** As the donor chose to be shown; null for an anonymous gift. */
  donor: z.string().nullable(),
  pledgeReference: z.string(),
  gift: giftSchema,
  /** The day the money arrived or the delivery was made (Asia/Ho_Chi_Minh). */
  receivedOn: z.iso.date(),
  target: z.strictObject({ kind: z.string(), code: z.string(), name: z.string() }),
  /** The ledger transaction that booked the gift. */
  ledgerSequence: z.number().int().positive(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
});
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

/** A receipt as a file: what was signed and the signature. */
export interface SignedReceipt {
  body: ReceiptBody;
  /** Ed25519 over the body's canonical JSON, base64url. */
  signature: string;
}

/** A receipt's code: the issuing fund's code and its number, e.g. `24-000017`. */
export function receiptCode(issuerCode: string, number: number): string {
  return `${issuerCode}-${String(number).padStart(6, '0')}`;
}

/**
 * A receipt's code from its number as a person types it: spaces, capitals, a dash for the hyphen
 * and the zeros of the padding do not matter. Undefined when it cannot be a receipt's number.
 *
 * @example readReceiptNumber(' 42 – 17 ') // '42-000017'
 */
export function readReceiptNumber(typed: string): string | undefined {
  const compact = typed
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const match = /^([0-9a-z]+(?:-[0-9a-z]+)*)-(\d{1,12})$/.exec(compact);
  if (!match || match[1]!.length > 64 || Number(match[2]) === 0) return undefined;
  return receiptCode(match[1]!, Number(match[2]));
}

/** Short, stable name of a public key: the first 16 hex digits of the SHA-256 of its DER form. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);
}

export function signReceipt(body: ReceiptBody, privateKey: KeyObject): SignedReceipt {
  return { body, signature: sign(null, Buffer.from(canonicalJson(body)), privateKey).toString('base64url') };
}

export type ReceiptCheck =
  | { ok: true; body: ReceiptBody }
  | { ok: false; problem: 'malformed' | 'unknownKey' | 'badSignature' | 'outsideKeyPeriod'; detail: string };

/** A published key with the period it signed in (src/lib/receipts/key-history.ts); a bare key has no period. */
export interface KeyWithPeriod {
  publicKey: KeyObject;
  validFrom: Date | null;
  validUntil: Date | null;
}

/**
 * Checks a receipt file's shape and signature against the portal's public keys (by key id).
 * Says what is wrong: not a receipt, signed by a key the portal never published, or content that
 * no longer matches its signature (altered or forged).
 */
export function checkReceipt(file: unknown, publicKeys: ReadonlyMap<string, KeyObject | KeyWithPeriod>): ReceiptCheck {
  const envelope = z.object({ body: z.unknown(), signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/) }).safeParse(file);
  if (!envelope.success)
    return { ok: false, problem: 'malformed', detail: 'not a receipt: a body and a signature are expected' };
  const body = receiptBodySchema.safeParse(envelope.data.body);
  if (!body.success) {
    const where = body.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ');
    return { ok: false, problem: 'malformed', detail: `the receipt's content is not in the receipt format (${where})` };
  }
  const published = publicKeys.get(body.data.keyId);
  if (!published)
    return {
      ok: false,
      problem: 'unknownKey',
      detail: `signed with key ${body.data.keyId}, which the portal never published`,
    };
  // The signature covers the content exactly as it came, so verify it before normalising anything.
  const signed = verify(
    null,
    Buffer.from(canonicalJson(envelope.data.body)),
    'publicKey' in published ? published.publicKey : published,
    Buffer.from(envelope.data.signature, 'base64url'),
  );
  if (!signed)
    return {
      ok: false,
      problem: 'badSignature',
      detail: 'the signature does not match the content: the receipt was altered or is forged',
    };
  if ('publicKey' in published && !withinPeriod(published, new Date(body.data.issuedAt))) {
    const from = published.validFrom?.toISOString() ?? 'the start';
    const until = published.validUntil?.toISOString() ?? 'now';
    return {
      ok: false,
      problem: 'outsideKeyPeriod',
      detail: `dated ${body.data.issuedAt}, outside the period of key ${body.data.keyId} (${from} to ${until}): not a receipt the portal signed`,
    };
  }
  return { ok: true, body: body.data };
}

/** Whether a receipt issued at `issuedAt` falls in its key's period: from `validFrom` until before `validUntil`. */
export function withinPeriod(key: Pick<KeyWithPeriod, 'validFrom' | 'validUntil'>, issuedAt: Date): boolean {
  return (
    (key.validFrom === null || issuedAt.getTime() >= key.validFrom.getTime()) &&
    (key.validUntil === null || issuedAt.getTime() < key.validUntil.getTime())
  );
}

/** The fields in which a receipt differs from the one in the register, e.g. `gift.amount`. */
export function differencesFromRegister(file: ReceiptBody, registered: ReceiptBody): string[] {
  const flat = (value: unknown, prefix = ''): [string, string][] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => flat(inner, prefix ? `${prefix}.${key}` : key))
      : [[prefix, JSON.stringify(value)]];
  const ours = new Map(flat(registered));
  const theirs = new Map(flat(file));
  return [...new Set([...ours.keys(), ...theirs.keys()])].filter((key) => ours.get(key) !== theirs.get(key)).sort();
}

/** The code a receipt file claims, to name even a damaged one in an answer. */
export function claimedReceiptCode(file: unknown): string {
  const code = (file as { body?: { code?: unknown } } | null)?.body?.code;
  return typeof code === 'string' ? code.slice(0, 40) : '?';
}

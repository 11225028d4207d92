import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Crockford's base-32 digits: no I, L, O or U, so a reference read aloud or typed is not misread. */
const referenceDigits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A pledge reference for the transfer memo: `CT` and eight digits, e.g. `CT7K9Q2XMA`. */
export function newPledgeReference(): string {
  let reference = 'CT';
  for (let i = 0; i < 8; i++) reference += referenceDigits[randomInt(referenceDigits.length)];
  return reference;
}

/** A private link's secret: 256 random bits, URL-safe. Only its hash is stored. */
export function newPrivateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashPrivateToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isPrivateToken(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

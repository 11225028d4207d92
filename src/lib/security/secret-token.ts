import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets handed to one person — a donor's private pledge link, an official's session — are 256
 * random bits, URL-safe; only their SHA-256 is stored, so a copy of the database opens nothing.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a text has the shape of a token, checked before it reaches the database. */
export function isSecretToken(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

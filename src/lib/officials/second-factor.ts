import { Secret, TOTP } from 'otpauth';

/**
 * The second factor: time-based one-time codes (RFC 6238; 6 digits every 30 seconds, SHA-1), the
 * kind every authenticator app reads from a QR code. A code is accepted one step early or late
 * for clock drift, and each time step at most once, so an overheard code cannot be replayed.
 */
const issuer = 'Chung Tay';
const period = 30;

export function newSecondFactorSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, email: string): TOTP {
  return new TOTP({ issuer, label: email, secret: Secret.fromBase32(secret), digits: 6, period });
}

/** The `otpauth://` address an authenticator app reads from the enrolment QR code. */
export function secondFactorUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/**
 * The time step a code belongs to, or null when it is wrong or not newer than `lastStep` (the
 * step last used to sign in). The caller stores the returned step.
 */
export function acceptedStep(
  secret: string,
  code: string,
  lastStep: number | null,
  now: number = Date.now(),
): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret, 'x').validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / period) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

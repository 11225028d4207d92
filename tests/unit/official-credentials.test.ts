import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/lib/officials/password.ts';
import { acceptedStep, newSecondFactorSecret, secondFactorUri } from '../../src/lib/officials/second-factor.ts';

describe('passwords', () => {
  it('hashes with Argon2id and a fresh salt, and verifies only the right password', async () => {
    const first = await hashPassword('mật khẩu đủ dài 2026');
    const second = await hashPassword('mật khẩu đủ dài 2026');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('mật khẩu đủ dài 2026', first)).toBe(true);
    expect(await verifyPassword('mat khau du dai 2026', first)).toBe(false);
  });

  it('refuses a stored hash it cannot read instead of throwing', async () => {
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });
});

describe('second factor codes', () => {
  const secret = newSecondFactorSecret();
  const app = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  const now = Date.UTC(2026, 10, 25, 3, 0, 10);
  const step = Math.floor(now / 30_000);

  it('gives authenticator apps an otpauth address with the portal as issuer', () => {
    expect(secondFactorUri(secret, 'can.bo@xa.example')).toMatch(
      /^otpauth:\/\/totp\/Chung%20Tay:can\.bo%40xa\.example\?issuer=Chung%20Tay&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/,
    );
  });

  it('accepts the current code, and the previous one for a slow clock', () => {
    expect(acceptedStep(secret, app.generate({ timestamp: now }), null, now)).toBe(step);
    expect(acceptedStep(secret, app.generate({ timestamp: now - 30_000 }), null, now)).toBe(step - 1);
  });

  it('accepts a code typed with a space in the middle', () => {
    const code = app.generate({ timestamp: now });
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(step);
  });

  it('refuses a code already used, or older than the last one used', () => {
    const code = app.generate({ timestamp: now });
    expect(acceptedStep(secret, code, step, now)).toBeNull();
    expect(acceptedStep(secret, app.generate({ timestamp: now - 30_000 }), step, now)).toBeNull();
  });

  it('refuses codes from two minutes ago, of another secret, or not six digits', () => {
    expect(acceptedStep(secret, app.generate({ timestamp: now - 120_000 }), null, now)).toBeNull();
    const other = new TOTP({ secret: Secret.fromBase32(newSecondFactorSecret()) });
    expect(acceptedStep(secret, other.generate({ timestamp: now }), null, now)).toBeNull();
    expect(acceptedStep(secret, '12345', null, now)).toBeNull();
  });
});

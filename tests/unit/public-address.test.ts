import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { securityHeaders } from '../../src/lib/config/http-headers.ts';
import { publicOrigin } from '../../src/lib/config/public-url.ts';
import { clientAddress, trustedProxies } from '../../src/lib/http/client-address.ts';
import { isCrossSiteWrite } from '../../src/lib/http/cross-site.ts';

describe('the public origin', () => {
  it('is PUBLIC_BASE_URL whatever Host the request carries', () => {
    const base = 'https://chungtay.example.vn';
    expect(publicOrigin(new URL('http://attacker.example/commune/18229'), base)).toBe(base);
    expect(publicOrigin(new URL('http://127.0.0.1:4321/'), base)).toBe(base);
  });

  it('without PUBLIC_BASE_URL, is the request’s own on localhost, and none for any other host', () => {
    expect(publicOrigin(new URL('http://localhost:4321/pledge'), undefined)).toBe('http://localhost:4321');
    expect(publicOrigin(new URL('http://127.0.0.1:4321/'), undefined)).toBe('http://127.0.0.1:4321');
    expect(publicOrigin(new URL('http://[::1]:4321/'), undefined)).toBe('http://[::1]:4321');
    expect(publicOrigin(new URL('http://attacker.example/'), undefined)).toBeUndefined();
    expect(publicOrigin(new URL('http://localhost.attacker.example/'), undefined)).toBeUndefined();
  });

  it('is set as an address without a path', () => {
    expect(readEnvironment({ PUBLIC_BASE_URL: 'https://chungtay.example.vn' }).PUBLIC_BASE_URL).toBe(
      'https://chungtay.example.vn',
    );
    expect(() => readEnvironment({ PUBLIC_BASE_URL: 'https://example.vn/portal/' })).toThrow(
      'Invalid configuration: PUBLIC_BASE_URL must be the address without a path, e.g. https://chungtay.example.vn',
    );
  });

  it('tells browsers to keep to HTTPS only when it is HTTPS', () => {
    expect(securityHeaders(undefined, 'self', [], true)['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(securityHeaders(undefined, 'self', [], false)).not.toHaveProperty('Strict-Transport-Security');
  });
});

describe('a form sent from another site', () => {
  const post = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1:4321/workspace/sign-in', { method: 'POST', headers });
  const origin = 'https://chungtay.example.vn';

  it('is recognised by its Origin, compared with the public origin and not the server’s own address', () => {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    expect(isCrossSiteWrite(post({ ...form, Origin: origin }), origin)).toBe(false);
    expect(isCrossSiteWrite(post({ ...form, Origin: 'https://attacker.example' }), origin)).toBe(true);
    expect(isCrossSiteWrite(post({ ...form, Origin: 'http://127.0.0.1:4321' }), origin)).toBe(true);
    expect(isCrossSiteWrite(post({ 'Content-Type': 'multipart/form-data; boundary=x' }), origin)).toBe(true);
    expect(isCrossSiteWrite(post({}), origin)).toBe(true);
  });

  it('leaves reading and JSON (Stripe’s webhook), which no other site’s page can send here, alone', () => {
    expect(
      isCrossSiteWrite(new Request('http://127.0.0.1/', { headers: { Origin: 'https://a.example' } }), origin),
    ).toBe(false);
    expect(isCrossSiteWrite(post({ 'Content-Type': 'application/json' }), origin)).toBe(false);
  });
});

describe('the client address', () => {
  const proxies = trustedProxies(readEnvironment({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' }).TRUSTED_PROXIES);

  it('is the one a trusted proxy names, past any other trusted proxy', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.5', proxies)).toBe('203.0.113.5');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.5, 10.1.2.3', proxies)).toBe('203.0.113.5');
  });

  it('ignores what the client itself wrote in X-Forwarded-For', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1, 203.0.113.5', proxies)).toBe('203.0.113.5');
    expect(clientAddress('203.0.113.5', '198.51.100.1', proxies)).toBe('203.0.113.5');
    expect(clientAddress('203.0.113.5', '198.51.100.1', trustedProxies([]))).toBe('203.0.113.5');
  });

  it('is the proxy’s own when it names no one', () => {
    expect(clientAddress('127.0.0.1', null, proxies)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', 'unknown', proxies)).toBe('127.0.0.1');
  });

  it('is configured as addresses and ranges, and refuses anything else', () => {
    expect(readEnvironment({}).TRUSTED_PROXIES).toEqual([]);
    expect(readEnvironment({ TRUSTED_PROXIES: '::1,fd00::/8' }).TRUSTED_PROXIES).toEqual(['::1', 'fd00::/8']);
    expect(() => readEnvironment({ TRUSTED_PROXIES: 'nginx' })).toThrow(
      'Invalid configuration: TRUSTED_PROXIES must be IP addresses or ranges (127.0.0.1, 10.0.0.0/8), comma-separated',
    );
    expect(() => readEnvironment({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(
      /^Invalid configuration: TRUSTED_PROXIES /,
    );
  });
});

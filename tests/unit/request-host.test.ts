import { describe, expect, it } from 'vitest';
import { isWellFormedHost } from '../../src/lib/http/request-body.ts';

describe('a Host header', () => {
  it('is a host name, an IPv4 or a bracketed IPv6 address, with an optional port', () => {
    for (const host of ['localhost', 'localhost:4391', 'chungtay.gov.vn', '127.0.0.1:80', '[::1]:4391', 'a-b.example.'])
      expect(isWellFormedHost(host), host).toBe(true);
  });

  it('holds nothing else: no credentials, path, space, query or second host', () => {
    for (const host of [
      'localhost:4391@attacker.example',
      'user:pw@localhost',
      'localhost/evil',
      'local host',
      'localhost?x=1',
      'localhost:99999999',
      '-bad.example',
      '',
    ])
      expect(isWellFormedHost(host), host).toBe(false);
  });
});

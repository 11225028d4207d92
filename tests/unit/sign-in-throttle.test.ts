import { describe, expect, it } from 'vitest';
import { addressPrefix } from '../../src/lib/security/address-prefix.ts';
import {
  shownAddressRange,
  signInThrottle,
  signInThrottleKeys,
  signInWaitSeconds,
} from '../../src/lib/officials/sign-in-throttle.ts';

const now = new Date('2026-11-25T08:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const failed = (failures: number, seconds = 0) => ({ failures, lastFailureAt: secondsAgo(seconds) });

describe('waiting after failed sign-ins', () => {
  it('lets the first five mistakes of an account from an address through at once', () => {
    expect(signInWaitSeconds({}, now)).toBe(0);
    expect(signInWaitSeconds({ pair: failed(4) }, now)).toBe(0);
    expect(signInWaitSeconds({ pair: failed(5) }, now)).toBe(60);
  });

  it('doubles the wait with each further failure, up to fifteen minutes', () => {
    const waits = [5, 6, 7, 8, 9, 10, 20].map((failures) => signInWaitSeconds({ pair: failed(failures) }, now));
    expect(waits).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it('counts the wait from the last failure', () => {
    expect(signInWaitSeconds({ pair: failed(6, 100) }, now)).toBe(20);
    expect(signInWaitSeconds({ pair: failed(6, 120) }, now)).toBe(0);
  });

  it('slows an address that fails for many accounts only after thirty failures', () => {
    expect(signInWaitSeconds({ address: failed(29) }, now)).toBe(0);
    expect(signInWaitSeconds({ address: failed(30) }, now)).toBe(60);
    expect(signInWaitSeconds({ address: failed(34) }, now)).toBe(900);
  });

  it('never makes an address wait for failures of the account from elsewhere', () => {
    expect(signInWaitSeconds({ account: failed(10_000) }, now)).toBe(0);
  });

  it('gives each address one free failure, not five, while the account fails from many places', () => {
    const underAttack = failed(signInThrottle.accountAttackFailures);
    expect(signInWaitSeconds({ account: underAttack }, now)).toBe(0);
    expect(signInWaitSeconds({ account: underAttack, pair: failed(1) }, now)).toBe(60);
    expect(signInWaitSeconds({ account: failed(9), pair: failed(1) }, now)).toBe(0);
  });

  it('forgets an address after a day without failures, and an attack after fifteen quiet minutes', () => {
    expect(signInWaitSeconds({ pair: failed(50, 24 * 3600) }, now)).toBe(0);
    expect(signInWaitSeconds({ address: failed(50, 24 * 3600) }, now)).toBe(0);
    expect(signInWaitSeconds({ account: failed(50, 15 * 60), pair: failed(1) }, now)).toBe(0);
  });

  it('throttles an IPv6 client by its /64, where it may pick any address', () => {
    const one = signInThrottleKeys('xa@example.vn', '2001:db8:1:2:aaaa::1');
    const other = signInThrottleKeys('xa@example.vn', '2001:db8:1:2:bbbb::2');
    const neighbour = signInThrottleKeys('xa@example.vn', '2001:db8:1:3::1');
    expect(one).toEqual(other);
    expect(one.pair).not.toBe(neighbour.pair);
    expect(signInThrottleKeys('xa@example.vn', '::ffff:203.0.113.7')).toEqual(
      signInThrottleKeys('xa@example.vn', '203.0.113.7'),
    );
  });
});

describe('address prefixes', () => {
  it('keeps an address down to its network', () => {
    expect(shownAddressRange('203.0.113.77')).toBe('203.0.113.0/24');
    expect(shownAddressRange('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
    expect(shownAddressRange('2001:db8:12:34::1')).toBe('2001:db8:12::/48');
    expect(shownAddressRange('::1')).toBe('::/48');
    expect(addressPrefix('2001:db8:1:2:3:4:5:6', { ipv4: 32, ipv6: 64 })).toBe('2001:db8:1:2::/64');
    expect(addressPrefix('2001:db8:ffff:ffff::', { ipv4: 32, ipv6: 36 })).toBe('2001:db8:f000::/36');
    expect(addressPrefix('64:ff9b::192.0.2.33', { ipv4: 32, ipv6: 112 })).toBe('64:ff9b::c000:0/112');
    expect(addressPrefix('10.1.2.3', { ipv4: 32, ipv6: 64 })).toBe('10.1.2.3/32');
  });

  it('keeps what is not an address as it is', () => {
    expect(shownAddressRange('unknown')).toBe('unknown');
  });
});

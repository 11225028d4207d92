import { addressPrefix } from '../security/address-prefix.ts';

/**
 * How failed sign-ins slow the next ones down: growing delays, never a lock (OWASP ASVS 5.0
 * V6.3, NIST SP 800-63B 5.2.2). Only failures count, never a right password. Three counts:
 *
 * - per account and address: a few mistakes are free, then each failure doubles the wait before
 *   the next try, up to a cap; the right password from that address clears the count.
 * - per address, over all accounts: the same with more free failures (an office shares one
 *   address), against one address trying many accounts. A right password does not clear it.
 * - per account, over all addresses: it never makes anyone wait. While an account fails from
 *   everywhere (a stranger with many addresses), each address gets one free failure instead of
 *   five, so the stranger gets few guesses per address; the official, from an address that has no
 *   failures of its own, still gets in with the right password at once.
 *
 * So a stranger hammering an official's account slows only their own addresses down.
 */
export const signInThrottle = {
  pairFreeFailures: 5,
  pairFreeFailuresUnderAttack: 1,
  addressFreeFailures: 30,
  /** Failures of one account, from anywhere, that mark it as tried from many places. */
  accountAttackFailures: 10,
  firstDelaySeconds: 60,
  maximumDelaySeconds: 15 * 60,
  /** A pair's or an address's failures are forgotten a day after the last one. */
  forgetAfterSeconds: 24 * 3600,
  /** An account's failures from everywhere count together while they come less than 15 minutes apart. */
  accountForgetAfterSeconds: 15 * 60,
} as const;

/** What is counted for one of the three keys. */
export interface FailureCount {
  failures: number;
  lastFailureAt: Date;
}

export interface SignInCounts {
  pair?: FailureCount;
  address?: FailureCount;
  account?: FailureCount;
}

/** The keys the three counts are kept under, for an account (lowercased email) and a client address. */
export function signInThrottleKeys(account: string, clientAddress: string) {
  const address = throttledAddress(clientAddress);
  return { pair: `pair:${account} ${address}`, address: `address:${address}`, account: `account:${account}` };
}

/**
 * The address as throttled: an IPv4 address whole; an IPv6 address by its /64, the block one
 * connection is usually given (within it, a client may pick any address).
 */
export function throttledAddress(clientAddress: string): string {
  return addressPrefix(clientAddress, { ipv4: 32, ipv6: 64 });
}

/** The address as admins see it in the list of failed sign-ins: its network, not the connection. */
export function shownAddressRange(clientAddress: string): string {
  return addressPrefix(clientAddress, { ipv4: 24, ipv6: 48 });
}

/**
 * Whole seconds to wait before a password may be checked for this account from this address
 * (0: now). Tries during the wait are answered without checking the password, and not counted.
 *
 * @example signInWaitSeconds({ pair: { failures: 5, lastFailureAt: new Date('2026-11-25T08:00:00Z') } },
 *   new Date('2026-11-25T08:00:20Z')) // 40
 */
export function signInWaitSeconds(counts: SignInCounts, now: Date): number {
  const { forgetAfterSeconds, accountForgetAfterSeconds } = signInThrottle;
  const pair = current(counts.pair, forgetAfterSeconds, now);
  const address = current(counts.address, forgetAfterSeconds, now);
  const account = current(counts.account, accountForgetAfterSeconds, now);
  const underAttack = (account?.failures ?? 0) >= signInThrottle.accountAttackFailures;
  const pairFree = underAttack ? signInThrottle.pairFreeFailuresUnderAttack : signInThrottle.pairFreeFailures;
  return Math.max(waitAfter(pair, pairFree, now), waitAfter(address, signInThrottle.addressFreeFailures, now));
}

/** A count, unless its last failure is long enough ago to be forgotten. */
function current(count: FailureCount | undefined, forgetAfterSeconds: number, now: Date) {
  return count && now.getTime() - count.lastFailureAt.getTime() < forgetAfterSeconds * 1000 ? count : undefined;
}

function waitAfter(count: FailureCount | undefined, free: number, now: Date): number {
  if (!count || count.failures < free) return 0;
  const delay = Math.min(
    signInThrottle.firstDelaySeconds * 2 ** (count.failures - free),
    signInThrottle.maximumDelaySeconds,
  );
  const until = count.lastFailureAt.getTime() + delay * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

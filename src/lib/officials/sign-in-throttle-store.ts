import { and, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, max, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../../db/client.ts';
import { officials, signInFailures, signInThrottles } from '../../../db/schema/index.ts';
import {
  shownAddressRange,
  signInThrottle,
  signInThrottleKeys,
  signInWaitSeconds,
  type SignInCounts,
} from './sign-in-throttle.ts';

/** Failed sign-ins are listed for admins this long, then deleted. */
const keepFailuresDays = 30;

/**
 * Seconds this account (lowercased email) must wait before a password is checked from this
 * address, by the counts in src/lib/officials/sign-in-throttle.ts; 0: now. `now` is the clock
 * (a parameter, so that tests can move it).
 */
export async function signInWait(db: Queryable, account: string, clientAddress: string, now: Date): Promise<number> {
  const keys = signInThrottleKeys(account, clientAddress);
  const rows = await db
    .select()
    .from(signInThrottles)
    .where(inArray(signInThrottles.key, Object.values(keys)));
  const counted = (key: string) => rows.find((row) => row.key === key);
  const counts: SignInCounts = {
    pair: counted(keys.pair),
    address: counted(keys.address),
    account: counted(keys.account),
  };
  return signInWaitSeconds(counts, now);
}

/**
 * Counts a wrong password (or unknown email) under its three keys, and lists it for admins with
 * the address's network only. Counts not touched for a day, and failures older than the list
 * keeps, are deleted on the way.
 */
export async function recordSignInFailure(
  db: Database,
  attempt: { account: string; clientAddress: string; officialId: number | null },
  now: Date,
): Promise<void> {
  const keys = signInThrottleKeys(attempt.account, attempt.clientAddress);
  const { forgetAfterSeconds, accountForgetAfterSeconds } = signInThrottle;
  await db.transaction(async (tx) => {
    for (const [key, forgetSeconds] of [
      [keys.pair, forgetAfterSeconds],
      [keys.address, forgetAfterSeconds],
      [keys.account, accountForgetAfterSeconds],
    ] as const) {
      const forgotten = lte(signInThrottles.lastFailureAt, new Date(now.getTime() - forgetSeconds * 1000));
      await tx
        .insert(signInThrottles)
        .values({ key, failures: 1, lastFailureAt: now })
        .onConflictDoUpdate({
          target: signInThrottles.key,
          set: {
            failures: sql`case when ${forgotten} then 1 else ${signInThrottles.failures} + 1 end`,
            lastFailureAt: now,
          },
        });
    }
    await tx
      .insert(signInFailures)
      .values({ at: now, officialId: attempt.officialId, addressRange: shownAddressRange(attempt.clientAddress) });
    await tx
      .delete(signInThrottles)
      .where(lt(signInThrottles.lastFailureAt, new Date(now.getTime() - forgetAfterSeconds * 1000)));
    await tx
      .delete(signInFailures)
      .where(lt(signInFailures.at, new Date(now.getTime() - keepFailuresDays * 24 * 3600 * 1000)));
  });
}

/** A right password: this address's failures for this account are forgotten (the address's own count stays). */
export async function clearSignInFailures(db: Queryable, account: string, clientAddress: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, signInThrottleKeys(account, clientAddress).pair));
}

export interface AccountSignInFailures {
  officialId: number;
  email: string;
  name: string;
  failures: number;
  lastAt: Date;
  /** The networks they came from (src/lib/officials/sign-in-throttle.ts), most recent first. */
  addressRanges: string[];
}

export interface SignInFailureList {
  accounts: AccountSignInFailures[];
  /** Tries with an email that is no official's (the email is not kept). */
  unknownAccounts: { failures: number; addressRanges: number };
}

/** Failed sign-ins since a time, for admins: per account, the most recent first. */
export async function listSignInFailures(db: Queryable, since: Date): Promise<SignInFailureList> {
  const recent = gte(signInFailures.at, since);
  const [accounts, ranges, [unknown]] = await Promise.all([
    db
      .select({
        officialId: officials.id,
        email: officials.email,
        name: officials.name,
        failures: count(),
        lastAt: max(signInFailures.at),
      })
      .from(signInFailures)
      .innerJoin(officials, eq(officials.id, signInFailures.officialId))
      .where(recent)
      .groupBy(officials.id)
      .orderBy(desc(max(signInFailures.at))),
    db
      .select({ officialId: signInFailures.officialId, addressRange: signInFailures.addressRange })
      .from(signInFailures)
      .where(and(recent, isNotNull(signInFailures.officialId)))
      .groupBy(signInFailures.officialId, signInFailures.addressRange)
      .orderBy(desc(max(signInFailures.at))),
    db
      .select({
        failures: count(),
        addressRanges: sql<number>`count(distinct ${signInFailures.addressRange})`.mapWith(Number),
      })
      .from(signInFailures)
      .where(and(recent, isNull(signInFailures.officialId))),
  ]);
  return {
    accounts: accounts.map((account) => ({
      ...account,
      lastAt: account.lastAt!,
      addressRanges: ranges
        .filter((range) => range.officialId === account.officialId)
        .map((range) => range.addressRange),
    })),
    unknownAccounts: unknown ?? { failures: 0, addressRanges: 0 },
  };
}

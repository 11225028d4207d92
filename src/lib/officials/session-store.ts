import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import type { Grant } from './roles.ts';
import { acceptedStep } from './second-factor.ts';
import { hashSecretToken, isSecretToken, newSecretToken } from '../security/secret-token.ts';
import type { Database } from '../../../db/client.ts';
import { officialSessions, officials } from '../../../db/schema/index.ts';
import { findOfficialByEmail, grantsOf, useSecondFactorStep, type Official } from './store.ts';
import { uncountSubmission, withinRateLimit } from '../security/rate-limit-store.ts';
import { clearSignInFailures, recordSignInFailure, signInWait } from './sign-in-throttle-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { readSecondFactorForm, readSignInForm } from './official-form.ts';

/** How long a sign-in lasts: one working day. */
export const sessionHours = 10;
/** How long the password step waits for its second factor. */
const secondFactorMinutes = 10;

/** Starts a session after a right password; it opens nothing until the second factor. */
export async function startSession(db: Database, officialId: number): Promise<string> {
  const token = newSecretToken();
  await db.insert(officialSessions).values({
    tokenHash: hashSecretToken(token),
    officialId,
    expiresAt: sql`now() + make_interval(mins => ${secondFactorMinutes})`,
  });
  return token;
}

/**
 * The second factor passed: the waiting session ends and a new one, under a new token, opens the
 * workspace for a working day from now. A token seen before the second factor (on a shared
 * computer, in a proxy's log) therefore never opens the workspace.
 */
export async function completeSecondFactor(db: Database, waitingToken: string): Promise<string> {
  const token = newSecretToken();
  await db.transaction(async (tx) => {
    const [waiting] = await tx
      .update(officialSessions)
      .set({ endedAt: sql`now()` })
      .where(and(eq(officialSessions.tokenHash, hashSecretToken(waitingToken)), isNull(officialSessions.endedAt)))
      .returning({ officialId: officialSessions.officialId });
    if (!waiting) throw new Error('no session waits for this second factor');
    await tx.insert(officialSessions).values({
      tokenHash: hashSecretToken(token),
      officialId: waiting.officialId,
      secondFactorAt: sql`now()`,
      expiresAt: sql`now() + make_interval(hours => ${sessionHours})`,
    });
  });
  return token;
}

export async function endSession(db: Database, token: string): Promise<void> {
  if (!isSecretToken(token)) return;
  await db
    .update(officialSessions)
    .set({ endedAt: sql`now()` })
    .where(eq(officialSessions.tokenHash, hashSecretToken(token)));
}

export interface SessionOfficial {
  official: Pick<Official, 'id' | 'email' | 'name' | 'secondFactorSecret' | 'lastSecondFactorStep'> & {
    secondFactorReady: boolean;
  };
  grants: Grant[];
  /** False while the session waits for its second factor. */
  signedIn: boolean;
}

/** The official behind a session cookie, if the session is live and the account active. */
export async function findSession(db: Database, token: string | undefined): Promise<SessionOfficial | undefined> {
  if (!token || !isSecretToken(token)) return undefined;
  const [row] = await db
    .select({
      id: officials.id,
      email: officials.email,
      name: officials.name,
      secondFactorSecret: officials.secondFactorSecret,
      lastSecondFactorStep: officials.lastSecondFactorStep,
      secondFactorReady: sql<boolean>`${officials.secondFactorConfirmedAt} is not null`,
      secondFactorAt: officialSessions.secondFactorAt,
    })
    .from(officialSessions)
    .innerJoin(officials, eq(officials.id, officialSessions.officialId))
    .where(
      and(
        eq(officialSessions.tokenHash, hashSecretToken(token)),
        isNull(officialSessions.endedAt),
        gt(officialSessions.expiresAt, sql`now()`),
        eq(officials.active, true),
      ),
    );
  if (!row) return undefined;
  const { secondFactorAt, ...official } = row;
  return { official, grants: await grantsOf(db, official.id), signedIn: secondFactorAt !== null };
}

// Wrong second-factor codes allowed per account in 15 minutes, counted across servers.
const secondFactorWindowSeconds = 15 * 60;
const wrongCodesPerAccount = 10;

/**
 * The password step, from the sign-in form's fields, at `now`. Failures slow down the next tries
 * of that account from that address, and of that address (src/lib/officials/sign-in-throttle.ts):
 * while it must wait, no password is checked and the refusal says for how many seconds
 * (`retryAfter`). A right password is never counted, and clears its address's failures for the
 * account. An unknown email costs the same time as a wrong password and gets the same answer, and
 * so does a form that could hold no account's email or password (longer than any, or not text).
 */
export async function signInWithPassword(
  db: Database,
  fields: unknown,
  clientAddress: string,
  now: Date = new Date(),
): Promise<Result<{ token: string }, 'signInFailed' | 'tooMany'>> {
  const read = readSignInForm(fields);
  const { email, password } = read.ok ? read.value : { email: '', password: '' };
  const account = email.trim().toLowerCase();
  const wait = await signInWait(db, account, clientAddress, now);
  if (wait > 0) return refused('tooMany', { values: { retryAfter: wait } });
  const official = read.ok ? await findOfficialByEmail(db, account) : undefined;
  const matches = await verifyPassword(password, official?.passwordHash ?? (await decoyPasswordHash()));
  if (!official || !official.active || !matches) {
    await recordSignInFailure(db, { account, clientAddress, officialId: official?.id ?? null }, now);
    return refused('signInFailed');
  }
  await clearSignInFailures(db, account, clientAddress);
  return ok({ token: await startSession(db, official.id) });
}

/**
 * The second-factor step for a session waiting for it, from the form's fields: a code is
 * accepted once, and wrong codes are limited per account, so the six digits cannot be guessed.
 * Passed, it answers the signed-in session's new token.
 */
export async function signInWithCode(
  db: Database,
  token: string,
  session: SessionOfficial,
  fields: unknown,
): Promise<Result<{ token: string }, 'codeWrong' | 'tooMany'>> {
  const { official } = session;
  const limitKey = `second-factor:${official.id}`;
  if (!(await withinRateLimit(db, limitKey, wrongCodesPerAccount, secondFactorWindowSeconds)))
    return refused('tooMany');
  const read = readSecondFactorForm(fields);
  const step = read.ok
    ? acceptedStep(official.secondFactorSecret, read.value.code, official.lastSecondFactorStep)
    : null;
  if (step === null || !(await useSecondFactorStep(db, official.id, step))) return refused('codeWrong');
  // Only wrong codes are limited: an official who signs in often is not locked out by the right ones.
  await uncountSubmission(db, limitKey);
  return ok({ token: await completeSecondFactor(db, token) });
}

import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import type { Grant } from './roles.ts';
import { acceptedStep } from './second-factor.ts';
import { hashSecretToken, isSecretToken, newSecretToken } from '../security/secret-token.ts';
import type { Database } from '../../../db/client.ts';
import { officialSessions, officials } from '../../../db/schema/index.ts';
import { findOfficialByEmail, grantsOf, useSecondFactorStep, type Official } from './store.ts';
import { withinRateLimit } from '../security/rate-limit-store.ts';

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

/** The second factor passed: the session now opens the workspace, for a working day from now. */
export async function completeSecondFactor(db: Database, token: string): Promise<void> {
  await db
    .update(officialSessions)
    .set({ secondFactorAt: sql`now()`, expiresAt: sql`now() + make_interval(hours => ${sessionHours})` })
    .where(eq(officialSessions.tokenHash, hashSecretToken(token)));
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

// Failed attempts allowed per client address and per account in 15 minutes, counted across servers.
const signInWindowSeconds = 15 * 60;
const attemptsPerAddress = 30;
const attemptsPerAccount = 10;

/**
 * The password step. Rate-limited per client address and per account before any password is
 * checked; an unknown email costs the same time as a wrong password and gets the same answer.
 */
export async function signInWithPassword(
  db: Database,
  email: string,
  password: string,
  clientAddress: string,
): Promise<{ token: string } | { problem: 'signInFailed' | 'tooMany' }> {
  const account = email.trim().toLowerCase();
  const allowed =
    (await withinRateLimit(db, `sign-in:${clientAddress}`, attemptsPerAddress, signInWindowSeconds)) &&
    (await withinRateLimit(db, `sign-in:${account}`, attemptsPerAccount, signInWindowSeconds));
  if (!allowed) return { problem: 'tooMany' };
  const official = await findOfficialByEmail(db, account);
  const matches = await verifyPassword(password, official?.passwordHash ?? (await decoyPasswordHash()));
  if (!official || !official.active || !matches) return { problem: 'signInFailed' };
  return { token: await startSession(db, official.id) };
}

/**
 * The second-factor step for a session waiting for it: a code is accepted once, and wrong codes
 * are limited per account, so the six digits cannot be guessed.
 */
export async function signInWithCode(
  db: Database,
  token: string,
  session: SessionOfficial,
  code: string,
): Promise<{ signedIn: true } | { problem: 'codeWrong' | 'tooMany' }> {
  const { official } = session;
  if (!(await withinRateLimit(db, `second-factor:${official.id}`, attemptsPerAccount, signInWindowSeconds)))
    return { problem: 'tooMany' };
  const step = acceptedStep(official.secondFactorSecret, code, official.lastSecondFactorStep);
  if (step === null || !(await useSecondFactorStep(db, official.id, step))) return { problem: 'codeWrong' };
  await completeSecondFactor(db, token);
  return { signedIn: true };
}

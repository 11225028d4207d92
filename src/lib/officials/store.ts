import { and, asc, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { hashPassword } from './password.ts';
import { isGrantShapeValid, type Grant } from './roles.ts';
import { newSecondFactorSecret } from './second-factor.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import { officialGrants, officialSessions, officials } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { findCurrentUnit } from '../units/store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { readGrantForm, readNewOfficialForm, type OfficialProblem } from './official-form.ts';

export type Official = typeof officials.$inferSelect;

export interface NewOfficial {
  email: string;
  name: string;
  password: string;
  grants: Grant[];
}

/**
 * Makes an account with its grants, audited; refused when the email has an account already.
 * `createdBy` is the admin who made it, or null for the first admin, made by
 * `npm run create-admin` on the server.
 */
export async function createOfficial(
  db: Database,
  account: NewOfficial,
  createdBy: number | null,
): Promise<Result<Official, 'emailTaken'>> {
  const passwordHash = await hashPassword(account.password);
  const email = account.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [official] = await tx
      .insert(officials)
      .values({ email, name: account.name, passwordHash, secondFactorSecret: newSecondFactorSecret() })
      .onConflictDoNothing({ target: officials.email })
      .returning();
    if (!official) return refused('emailTaken', { field: 'email' });
    if (account.grants.length > 0)
      await tx.insert(officialGrants).values(account.grants.map((grant) => ({ officialId: official.id, ...grant })));
    await recordAuditEvent(tx, {
      officialId: createdBy,
      action: 'official_created',
      subject: `official:${official.id}`,
      after: { email, name: account.name, grants: account.grants },
    });
    return ok(official);
  });
}

export async function findOfficialByEmail(db: Queryable, email: string): Promise<Official | undefined> {
  const [official] = await db.select().from(officials).where(eq(officials.email, email.trim().toLowerCase()));
  return official;
}

export async function grantsOf(db: Queryable, officialId: number): Promise<Grant[]> {
  return db
    .select({ role: officialGrants.role, unitCode: officialGrants.unitCode })
    .from(officialGrants)
    .where(eq(officialGrants.officialId, officialId))
    .orderBy(asc(officialGrants.role), asc(officialGrants.unitCode));
}

export interface OfficialWithGrants extends Pick<Official, 'id' | 'email' | 'name' | 'active'> {
  secondFactorReady: boolean;
  grants: Grant[];
}

/** What the admin's pages show of an account: never its password hash or second-factor secret. */
const accountColumns = {
  id: officials.id,
  email: officials.email,
  name: officials.name,
  active: officials.active,
  secondFactorReady: sql<boolean>`${officials.secondFactorConfirmedAt} is not null`,
};

export async function listOfficials(db: Database): Promise<OfficialWithGrants[]> {
  // Two plain reads: a correlated subquery here once named the grant's own id for the official's,
  // and listed every grant under every account.
  const [accounts, grants] = await Promise.all([
    db.select(accountColumns).from(officials).orderBy(asc(officials.email)),
    db
      .select({ officialId: officialGrants.officialId, role: officialGrants.role, unitCode: officialGrants.unitCode })
      .from(officialGrants)
      .orderBy(asc(officialGrants.role), asc(officialGrants.unitCode)),
  ]);
  return accounts.map((account) => ({
    ...account,
    grants: grants.filter((grant) => grant.officialId === account.id).map(({ role, unitCode }) => ({ role, unitCode })),
  }));
}

/** Gives a grant (no effect if the official has it already), audited. */
export async function addGrant(db: Database, officialId: number, grant: Grant, by: number): Promise<void> {
  await db.transaction(async (tx) => {
    const added = await tx
      .insert(officialGrants)
      .values({ officialId, ...grant })
      .onConflictDoNothing()
      .returning({ id: officialGrants.id });
    if (added.length === 0) return;
    await recordAuditEvent(tx, {
      officialId: by,
      action: 'official_grant_added',
      subject: `official:${officialId}`,
      after: grant,
    });
  });
}

/**
 * Marks the authenticator app as set up and uses the code's time step, in one statement that
 * fails when the step is not newer than the last one used: a code is good once, on any server.
 */
export async function useSecondFactorStep(db: Database, officialId: number, step: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(officials)
      .set({ lastSecondFactorStep: step })
      .where(
        and(
          eq(officials.id, officialId),
          or(isNull(officials.lastSecondFactorStep), lt(officials.lastSecondFactorStep, step)),
        ),
      )
      .returning({ confirmedAt: officials.secondFactorConfirmedAt });
    if (!used) return false;
    if (used.confirmedAt === null) {
      await tx
        .update(officials)
        .set({ secondFactorConfirmedAt: sql`now()` })
        .where(eq(officials.id, officialId));
      await recordAuditEvent(tx, {
        officialId,
        action: 'second_factor_enrolled',
        subject: `official:${officialId}`,
      });
    }
    return true;
  });
}

/** Whether a grant names a 2025 unit at the level its role works at (src/lib/officials/roles.ts). */
export async function isGrantValid(db: Database, grant: Grant): Promise<boolean> {
  const unit = grant.unitCode ? await findCurrentUnit(db, grant.unitCode) : undefined;
  if (grant.unitCode && !unit) return false;
  const level = unit?.level === 'province' || unit?.level === 'commune' ? unit.level : null;
  return isGrantShapeValid(grant, level);
}

export async function findOfficialWithGrants(db: Database, id: number): Promise<OfficialWithGrants | undefined> {
  const [official] = await db.select(accountColumns).from(officials).where(eq(officials.id, id));
  return official && { ...official, grants: await grantsOf(db, id) };
}

/**
 * Takes a grant back, audited. The last active admin's admin grant stays: without it no one
 * could manage accounts any more (a new admin would need the command on the server).
 */
export async function removeGrant(
  db: Database,
  officialId: number,
  grant: Grant,
  by: number,
): Promise<Result<{ removed: boolean }, 'lastAdmin'>> {
  return db.transaction(async (tx) => {
    if (grant.role === 'admin' && (await activeAdminsOtherThan(tx, officialId)) === 0) return refused('lastAdmin');
    const removed = await tx
      .delete(officialGrants)
      .where(
        and(
          eq(officialGrants.officialId, officialId),
          eq(officialGrants.role, grant.role),
          grant.unitCode === null ? isNull(officialGrants.unitCode) : eq(officialGrants.unitCode, grant.unitCode),
        ),
      )
      .returning({ id: officialGrants.id });
    if (removed.length > 0)
      await recordAuditEvent(tx, {
        officialId: by,
        action: 'official_grant_removed',
        subject: `official:${officialId}`,
        before: grant,
      });
    return ok({ removed: removed.length > 0 });
  });
}

/** Disables an account and ends its sessions at once, audited; the last active admin stays. */
export async function deactivateOfficial(
  db: Database,
  officialId: number,
  by: number,
): Promise<Result<void, 'lastAdmin'>> {
  return db.transaction(async (tx) => {
    const grants = await grantsOf(tx, officialId);
    if (grants.some((grant) => grant.role === 'admin') && (await activeAdminsOtherThan(tx, officialId)) === 0)
      return refused('lastAdmin');
    await tx.update(officials).set({ active: false }).where(eq(officials.id, officialId));
    await tx
      .update(officialSessions)
      .set({ endedAt: sql`now()` })
      .where(and(eq(officialSessions.officialId, officialId), isNull(officialSessions.endedAt)));
    await recordAuditEvent(tx, {
      officialId: by,
      action: 'official_deactivated',
      subject: `official:${officialId}`,
      before: { active: true },
      after: { active: false },
    });
    return ok();
  });
}

async function activeAdminsOtherThan(db: Queryable, officialId: number): Promise<number> {
  return db.$count(
    officialGrants,
    and(
      eq(officialGrants.role, 'admin'),
      ne(officialGrants.officialId, officialId),
      sql`exists (select 1 from ${officials} o where o.id = ${officialGrants.officialId} and o.active)`,
    ),
  );
}

/** The admin's form for a new account submitted: read, its grant checked, then made, audited. */
export async function submitNewOfficial(
  db: Database,
  fields: unknown,
  by: number,
): Promise<Result<Official, OfficialProblem>> {
  const read = readNewOfficialForm(fields);
  if (!read.ok) return read;
  const { role, unitCode, ...account } = read.value;
  const grant = { role, unitCode };
  if (!(await isGrantValid(db, grant))) return refused('unitInvalid', { field: 'unitCode' });
  return createOfficial(db, { ...account, grants: [grant] }, by);
}

/**
 * One of the admin's forms on an account submitted, by its `action`: `deactivate`, `remove_grant`
 * or (otherwise) `add_grant`, each with the grant's `role` and `unitCode`.
 */
export async function changeOfficialAccess(
  db: Database,
  officialId: number,
  fields: Record<string, unknown>,
  by: number,
): Promise<Result<void, OfficialProblem>> {
  const read = readGrantForm(fields);
  if (!read.ok) return read;
  if (fields.action === 'deactivate') return deactivateOfficial(db, officialId, by);
  if (!(await isGrantValid(db, read.value))) return refused('unitInvalid', { field: 'unitCode' });
  if (fields.action === 'remove_grant') {
    const removed = await removeGrant(db, officialId, read.value, by);
    return removed.ok ? ok() : removed;
  }
  await addGrant(db, officialId, read.value, by);
  return ok();
}

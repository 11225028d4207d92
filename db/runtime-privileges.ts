import { getTableName, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from './client.ts';
import { DatabaseUnavailableError } from './client.ts';
import * as schema from './schema/index.ts';

/**
 * What the portal's runtime role may do to each table, when the database has two roles: an owner
 * that applies migrations (DATABASE_MIGRATION_URL) and the role the servers connect as
 * (DATABASE_URL). The owner of a table can switch its triggers off, drop them or replace their
 * function; the runtime role owns nothing, and so a leaked connection of the running portal cannot
 * undo the append-only guarantees. TRUNCATE, REFERENCES, TRIGGER and every kind of DDL are never
 * granted; views are only read.
 */
export type RuntimeAccess =
  /** Records of money and of officials' acts: read and added to, never changed or removed. */
  | 'append-only'
  /** Working state (households, pledges, sessions, totals kept up to date): read and written. */
  | 'read-write';

type TableExports = { [K in keyof typeof schema as (typeof schema)[K] extends PgTable ? K : never]: RuntimeAccess };

/** Every table, by its export in db/schema: a new table fails the type check until it is listed here. */
export const runtimeAccess: TableExports = {
  adminUnits: 'read-write',
  unitSuccessions: 'read-write',
  provinceSuccessions: 'read-write',
  boundaryTopologies: 'read-write',
  campaigns: 'read-write',
  households: 'read-write',
  // Replaced with the demo households they belong to when the seed runs again.
  householdStageEvents: 'read-write',
  householdFindings: 'read-write',
  householdImports: 'read-write',
  progressFacts: 'read-write',
  progressMonths: 'read-write',
  publicDataVersion: 'read-write',
  donors: 'read-write',
  pledges: 'read-write',
  pledgedTotals: 'read-write',
  deliveries: 'append-only',
  statementImports: 'read-write',
  statementRows: 'append-only',
  statementConflicts: 'append-only',
  payments: 'append-only',
  paymentRefunds: 'append-only',
  officials: 'read-write',
  officialGrants: 'read-write',
  officialSessions: 'read-write',
  auditEvents: 'append-only',
  complaints: 'read-write',
  ledgerTransactions: 'append-only',
  ledgerEntries: 'append-only',
  ledgerBalances: 'read-write',
  ledgerChecks: 'append-only',
  allocationDecisions: 'append-only',
  allocationLines: 'append-only',
  spentTotals: 'read-write',
  receiptCounters: 'read-write',
  receipts: 'append-only',
  receiptSigningKeys: 'append-only',
  transparencyCosignatures: 'append-only',
  rateLimits: 'read-write',
  // Counts and a list of failed sign-ins, both deleted once old (src/lib/officials/sign-in-throttle-store.ts).
  signInThrottles: 'read-write',
  signInFailures: 'read-write',
  transparencyLogRecords: 'append-only',
  transparencyLogHashes: 'append-only',
  transparencyCheckpoints: 'append-only',
  // Published figures are kept as imported: a correction is a new row with its own source.
  officialReports: 'append-only',
  // Reference data, replaced whole when the seed loads ../shared/official/support-levels.csv.
  officialSupportLevels: 'read-write',
  // Money per house as a local authority decided it: a correction is a new entry.
  localTopUps: 'append-only',
};

/** The same list by the tables' names in the database. */
export function runtimeAccessByTable(): Map<string, RuntimeAccess> {
  return new Map(
    Object.entries(runtimeAccess).map(([key, access]) => [
      getTableName(schema[key as keyof typeof runtimeAccess] as PgTable),
      access,
    ]),
  );
}

const privileges: Record<RuntimeAccess, string> = {
  'append-only': 'SELECT, INSERT',
  'read-write': 'SELECT, INSERT, UPDATE, DELETE',
};

/**
 * Run as the owner, after the migrations: gives `role` exactly the privileges of the list above,
 * taking back any others, in one transaction. Refuses a role that could undo them anyway (a
 * superuser, the owner itself, or one that owns something here), and a table the list leaves out.
 */
export async function grantRuntimePrivileges(db: Database, role: string): Promise<void> {
  const [who] = await rows<{ is_superuser: boolean; is_owner: boolean }>(
    db,
    sql`select rolsuper as is_superuser, rolname = current_user as is_owner from pg_roles where rolname = ${role}`,
  );
  if (!who) throw new DatabaseUnavailableError(`The runtime role ${role} (DATABASE_URL's user) does not exist`);
  if (who.is_owner)
    throw new DatabaseUnavailableError(
      `DATABASE_URL and DATABASE_MIGRATION_URL both connect as ${role}: the runtime role must be another role than the owner`,
    );
  if (who.is_superuser)
    throw new DatabaseUnavailableError(`The runtime role ${role} is a superuser, which no privilege can restrain`);
  const owned = await rows<{ name: string }>(
    db,
    sql`select relname as name from pg_class where relowner = to_regrole(${role})
        union all select proname from pg_proc where proowner = to_regrole(${role})
        union all select nspname from pg_namespace where nspowner = to_regrole(${role})
        union all select datname from pg_database where datname = current_database() and datdba = to_regrole(${role})`,
  );
  if (owned.length > 0)
    throw new DatabaseUnavailableError(
      `The runtime role ${role} owns ${owned.map((row) => row.name).join(', ')}: the owner must own everything (ALTER … OWNER TO the owner)`,
    );

  const access = runtimeAccessByTable();
  const tables = (
    await rows<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public'`)
  ).map((row) => row.name);
  const unlisted = tables.filter((table) => !access.has(table));
  if (unlisted.length > 0)
    throw new DatabaseUnavailableError(
      `Tables missing from db/runtime-privileges.ts, which the runtime role therefore cannot use: ${unlisted.join(', ')}`,
    );

  const grantee = sql.identifier(role);
  await db.transaction(async (tx) => {
    // Other roles' CREATE in the schema: a database made before PostgreSQL 15 grants it to everyone.
    await tx.execute(sql`revoke create on schema public from public`);
    await tx.execute(sql`revoke all on schema public from ${grantee}`);
    await tx.execute(sql`revoke all on all tables in schema public from ${grantee}`);
    await tx.execute(sql`revoke all on all sequences in schema public from ${grantee}`);
    await tx.execute(sql`grant usage on schema public to ${grantee}`);
    for (const table of tables)
      await tx.execute(sql`grant ${sql.raw(privileges[access.get(table)!])} on ${sql.identifier(table)} to ${grantee}`);
    // Views (pledge_money) only sum the tables they read, with their owner's rights: reading is all they offer.
    const views = await rows<{ name: string }>(
      tx,
      sql`select viewname as name from pg_views where schemaname = 'public'`,
    );
    for (const view of views) await tx.execute(sql`grant select on ${sql.identifier(view.name)} to ${grantee}`);
    // Serial columns draw their next value from a sequence (identity columns need no privilege).
    await tx.execute(sql`grant usage on all sequences in schema public to ${grantee}`);
    // Whether migrations are pending is read at start (db/client.ts), without applying any.
    await tx.execute(sql`grant usage on schema drizzle to ${grantee}`);
    await tx.execute(sql`grant select on drizzle.__drizzle_migrations to ${grantee}`);
  });
}

/** The role a connection acts as. */
export async function connectedRole(db: Database): Promise<string> {
  const [{ role }] = (await rows<{ role: string }>(db, sql`select current_user as role`)) as [{ role: string }];
  return role;
}

async function rows<T>(db: Database | Transaction, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

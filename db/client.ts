import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { withReplicas, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';
import { readEnvironment, type Environment } from '../src/lib/config/environment.ts';
import * as schema from './schema/index.ts';

/** The one database type the rest of the code sees, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  /** Reads from a replica where DATABASE_REPLICA_URLS names any; writes and transactions on the primary. */
  db: Database;
  /** Everything on the primary: for officials and donors, who must see their own change at once. */
  primary: Database;
  driver: 'pglite' | 'postgres';
  /** Where the data lives, safe to print (no password). */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** A database that cannot be reached or opened, explained in one line. */
export class DatabaseUnavailableError extends Error {}

export const migrationsFolder = path.resolve('db/migrations');
/** How both drivers are wrapped; the integration tests wrap their copied databases the same way. */
export const drizzleOptions = { schema, casing: 'snake_case' } as const;
// Any fixed number: serialises migrations when several servers start against one Postgres.
const migrationLockKey = 5_392_024;

/**
 * The database as the portal uses it (DATABASE_URL), or as its owner, who applies migrations
 * (`as: 'owner'`: DATABASE_MIGRATION_URL where the database has two roles, else the same). The
 * server reads from DATABASE_REPLICA_URLS (`as: 'server'`); commands, which read what they are
 * about to change, read from the primary.
 */
export async function openDatabase(
  environment: Environment = readEnvironment(),
  as: 'server' | 'runtime' | 'owner' = 'runtime',
): Promise<DatabaseHandle> {
  const url =
    as === 'owner' ? (environment.DATABASE_MIGRATION_URL ?? environment.DATABASE_URL) : environment.DATABASE_URL;
  if (!url) return openPglite(environment.PGLITE_DATA_DIR);
  const pooled = environment.DATABASE_POOLER === 'transaction';
  return openPostgres(url, {
    replicaUrls: as === 'server' ? environment.DATABASE_REPLICA_URLS : [],
    // A pooler in transaction mode hands each transaction any server connection: statements
    // prepared on one are unknown on the next, and a session's advisory lock would be lost.
    prepare: !pooled,
    migrationUrl: pooled && as !== 'owner' ? environment.DATABASE_MIGRATION_URL! : url,
  });
}

/** `postgres://user:secret@host:5432/db` → `postgres://user@host:5432/db`. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'an unparseable DATABASE_URL';
  }
}

async function connect(url: string, options: postgres.Options<Record<string, postgres.PostgresType>>): Promise<Sql> {
  const client = postgres(url, options);
  try {
    await client`select 1`;
    return client;
  } catch (error) {
    await client.end({ timeout: 1 });
    throw new DatabaseUnavailableError(
      `Cannot connect to the database at ${describeDatabaseUrl(url)}: ${reason(error)}`,
    );
  }
}

async function openPostgres(
  url: string,
  settings: { replicaUrls: string[]; prepare: boolean; migrationUrl: string },
): Promise<DatabaseHandle> {
  const location = describeDatabaseUrl(url);
  const options = { connect_timeout: 10, onnotice: () => {}, prepare: settings.prepare };
  const client = await connect(url, { ...options, max: 10 });
  const replicaClients: Sql[] = [];
  try {
    for (const replicaUrl of settings.replicaUrls)
      replicaClients.push(await connect(replicaUrl, { ...options, max: 10 }));
  } catch (error) {
    await Promise.all([client, ...replicaClients].map((open) => open.end({ timeout: 1 })));
    throw error;
  }
  const primary = drizzlePostgres(client, drizzleOptions);
  const [firstReplica, ...otherReplicas] = replicaClients.map((replica) => drizzlePostgres(replica, drizzleOptions));
  return {
    db: firstReplica ? withReplicas(primary, [firstReplica, ...otherReplicas]) : primary,
    primary,
    driver: 'postgres',
    location: replicaClients.length > 0 ? `${location} (reads from ${replicaClients.length} replicas)` : location,
    async migrate() {
      // A dedicated single connection, never through a pooler: advisory locks belong to a session.
      const migrationLocation = describeDatabaseUrl(settings.migrationUrl);
      const session = postgres(settings.migrationUrl, { ...options, max: 1 });
      try {
        await session`select pg_advisory_lock(${migrationLockKey})`;
        // Nothing is created when nothing is pending, so a runtime role without DDL rights starts.
        if ((await pendingMigrations(session, migrationLocation)) > 0) {
          await migratePostgres(drizzlePostgres(session, drizzleOptions), { migrationsFolder }).catch(
            (error: unknown) => explainMissingRights(error, session, migrationLocation),
          );
        }
        await session`select pg_advisory_unlock(${migrationLockKey})`;
      } finally {
        await session.end({ timeout: 5 });
      }
    },
    close: async () => {
      await Promise.all([client, ...replicaClients].map((open) => open.end({ timeout: 5 })));
    },
  };
}

/** How many migrations drizzle would apply: those newer than the last one recorded. */
async function pendingMigrations(session: Sql, location: string): Promise<number> {
  try {
    const [{ recorded }] =
      (await session`select to_regclass('drizzle.__drizzle_migrations') is not null as recorded`) as [
        { recorded: boolean },
      ];
    const [last] = recorded ? await session`select max(created_at) as last from drizzle.__drizzle_migrations` : [];
    const lastMillis = last?.last == null ? undefined : Number(last.last);
    return readMigrationFiles({ migrationsFolder }).filter(
      (migration) => lastMillis === undefined || lastMillis < migration.folderMillis,
    ).length;
  } catch (error) {
    return explainMissingRights(error, session, location);
  }
}

/** A permission error while migrating means a runtime role met a database that needs its owner. */
async function explainMissingRights(error: unknown, session: Sql, location: string): Promise<never> {
  const { code } = ((error as { cause?: unknown }).cause ?? error) as { code?: string };
  if (code !== insufficientPrivilege) throw error;
  const [{ role }] = (await session`select current_user as role`) as [{ role: string }];
  throw new DatabaseUnavailableError(
    `The database at ${location} needs migrations, which its role ${role} may not apply: ` +
      "run `npm run migrate` with DATABASE_MIGRATION_URL set to the owner's connection, then start again",
  );
}
const insufficientPrivilege = '42501';

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : path.resolve(dataDir);
  const releaseLock = inMemory ? () => {} : lockDataDir(location);
  let client: PGlite;
  try {
    if (!inMemory) mkdirSync(location, { recursive: true });
    client = await PGlite.create(inMemory ? undefined : location);
  } catch (error) {
    releaseLock();
    throw new DatabaseUnavailableError(`Cannot open the embedded database in ${location}: ${reason(error)}`);
  }
  const db = drizzlePglite(client, drizzleOptions);
  return {
    db,
    primary: db,
    driver: 'pglite',
    location,
    migrate: () => migratePglite(db, { migrationsFolder }),
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

/**
 * PGlite is a single-process database: a second process opening the same folder corrupts it.
 * A lock file beside the folder, holding the owner's pid, refuses that; a lock left by a
 * process that no longer runs is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new DatabaseUnavailableError(
          `The embedded database in ${dataDir} is in use by process ${owner}; stop it first, or set DATABASE_URL to use Postgres`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseUnavailableError(`Cannot lock the embedded database in ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}

/** A transaction, usable wherever a query module accepts `Queryable`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Transaction;

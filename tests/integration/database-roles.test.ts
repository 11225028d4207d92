import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.ts';
import { runtimeAccessByTable } from '../../db/runtime-privileges.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../scripts/throwaway-postgres.ts';
import { renewCheckpoint, proveConsistency } from '../../src/lib/transparency/log-store.ts';
import { refusal } from './support/refusal.ts';
import { runScript, scriptTimeout } from './support/run-script.ts';

/**
 * A database run as README's "Deploying on the internet" says: an owner that applies migrations,
 * and a runtime role that the portal connects as. Always on a real PostgreSQL server (the one of
 * TEST_DATABASE_URL, or a throwaway one), since the embedded database has a single user.
 */
const slow = { timeout: 4 * scriptTimeout };
const suffix = randomBytes(4).toString('hex');
const owner = `portal_owner_${suffix}`;
const runtime = `portal_app_${suffix}`;
const database = `portal_roles_${suffix}`;
const unmigrated = `portal_unmigrated_${suffix}`;

let server: Pick<ThrowawayPostgres, 'url' | 'stop'>;
let admin: postgres.Sql;
let app: DatabaseHandle;
const urlOf = (role: string, name = database) => {
  const url = new URL(server.url);
  url.username = role;
  url.password = `${role}-password`;
  url.pathname = `/${name}`;
  return url.toString();
};
const access = runtimeAccessByTable();
const appendOnly = [...access].filter(([, kind]) => kind === 'append-only').map(([table]) => table);

beforeAll(async () => {
  server = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, stop: () => {} }
    : await startThrowawayPostgres();
  admin = postgres(server.url, { max: 1, onnotice: () => {} });
  for (const role of [owner, runtime]) await admin.unsafe(`create role ${role} login password '${role}-password'`);
  for (const name of [database, unmigrated]) await admin.unsafe(`create database ${name} owner ${owner}`);
  const migrated = await runScript('scripts/migrate.ts', {
    DATABASE_MIGRATION_URL: urlOf(owner),
    DATABASE_URL: urlOf(runtime),
  });
  expect(migrated.stderr).toBe('');
  expect(migrated.stdout).toMatch(new RegExp(`; granted ${runtime} the portal's privileges\\.$`));
  app = await openDatabase(readEnvironment({ DATABASE_URL: urlOf(runtime) }));
}, 4 * scriptTimeout);

afterAll(async () => {
  await app?.close();
  if (admin) {
    for (const name of [database, unmigrated]) await admin.unsafe(`drop database if exists ${name} with (force)`);
    for (const role of [runtime, owner]) await admin.unsafe(`drop role if exists ${role}`);
    await admin.end();
  }
  server?.stop();
});

describe('the runtime role (postgres)', () => {
  it('does all the portal does: the seed, with demo gifts paid, booked and receipted, runs as it', slow, async () => {
    const seeded = await runScript('scripts/seed.ts', { DATABASE_URL: urlOf(runtime) });
    expect(seeded.stderr).toBe('');
    expect(seeded.stdout).toMatch(/ demo gifts\.$/);
    expect(seeded.stdout).not.toMatch(/ 0 demo gifts\.$/);
    const [counts] = (await app.db.execute(
      sql`select (select count(*) from payments) as payments, (select count(*) from receipts) as receipts`,
    )) as unknown as [{ payments: string; receipts: string }];
    expect(Number(counts.payments)).toBeGreaterThan(0);
    expect(Number(counts.receipts)).toBeGreaterThan(0);
    // Every figure of money received is read through the ledger's view, which the role may read.
    const [received] = (await app.db.execute(
      sql`select (select coalesce(sum(amount), 0) from pledge_money) as ledger, (select sum(amount) from payments) as paid`,
    )) as unknown as [{ ledger: string; paid: string }];
    expect(BigInt(received.ledger)).toBe(BigInt(received.paid));
  });

  it("keeps the transparency log: logs the seed's records, signs a checkpoint and proves it", async () => {
    const checkpoint = await renewCheckpoint(app.db);
    expect(checkpoint.size).toBeGreaterThan(0);
    expect(await proveConsistency(app.db, 1, checkpoint.size)).not.toBeTypeOf('string');
  });

  it('may not change, remove or empty any record of money', async () => {
    expect(appendOnly).toEqual(expect.arrayContaining(['payments', 'ledger_entries', 'receipts', 'audit_events']));
    const columns = (await app.db.execute(
      sql`select distinct on (table_name) table_name as table, column_name as column from information_schema.columns
          where table_schema = 'public' and is_identity = 'NO' order by table_name, ordinal_position`,
    )) as unknown as { table: string; column: string }[];
    for (const table of appendOnly) {
      const t = sql.identifier(table);
      const c = sql.identifier(columns.find((row) => row.table === table)!.column);
      const denied = `permission denied for table ${table}`;
      expect(await refusal(app.db, sql`update ${t} set ${c} = ${c} where false`)).toBe(denied);
      expect(await refusal(app.db, sql`delete from ${t} where false`)).toBe(denied);
      expect(await refusal(app.db, sql`truncate ${t}`)).toBe(denied);
    }
  });

  it('may not switch the guarantees off: no trigger changes, no function replaced, no DDL', async () => {
    const statements = [
      'alter table payments disable trigger payments_append_only',
      'alter table receipts disable trigger all',
      'drop trigger receipts_append_only on receipts',
      `create or replace function refuse_change_to_money_record() returns trigger language plpgsql as $$ begin return new; end $$`,
      `create or replace function check_ledger_transaction_balances() returns trigger language plpgsql as $$ begin return null; end $$`,
      'create trigger sneak before insert on ledger_entries for each row execute function refuse_change_to_money_record()',
      'alter function refuse_change_to_money_record() rename to refuse_nothing',
      'drop function refuse_change_to_money_record() cascade',
      'drop table receipts cascade',
      'alter table ledger_entries add column note text',
      'create table public.sneak (id integer)',
      'create schema sneak',
      'set session_replication_role = replica',
    ];
    for (const statement of statements)
      expect(await refusal(app.db, sql.raw(statement)), statement).toMatch(/^(permission denied|must be owner)/);
  });

  it('owns nothing in the database', async () => {
    const owned = (await app.db.execute(sql`
      select relname as name from pg_class where relowner = current_user::regrole
      union all select proname from pg_proc where proowner = current_user::regrole
      union all select nspname from pg_namespace where nspowner = current_user::regrole
      union all select typname from pg_type where typowner = current_user::regrole`)) as unknown as { name: string }[];
    expect(owned).toEqual([]);
  });

  it('keeps working tables writable, but never empties them', async () => {
    expect(access.get('pledges')).toBe('read-write');
    expect(await refusal(app.db, sql`update pledges set reference = reference where false`)).toBe('accepted');
    expect(await refusal(app.db, sql`delete from rate_limits where false`)).toBe('accepted');
    expect(await refusal(app.db, sql`truncate rate_limits`)).toBe('permission denied for table rate_limits');
  });

  it('is granted a table only when db/runtime-privileges.ts lists it, and append-only are exactly those the database guards', async () => {
    const tables = (await app.db.execute(
      sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    )) as unknown as { name: string }[];
    expect(tables.map((row) => row.name)).toEqual([...access.keys()].sort());
    // The tables whose rows a trigger refuses to change or remove (db/migrations).
    const guarded = (await app.db.execute(sql`
      select distinct c.relname as name from pg_trigger t
      join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
      where p.proname = 'refuse_change_to_money_record' and (t.tgtype & 16) <> 0 order by 1`)) as unknown as {
      name: string;
    }[];
    expect(guarded.map((row) => row.name)).toEqual([...appendOnly].sort());
  });

  it('cannot start a server on a database that needs migrations, and says who must apply them', slow, async () => {
    const started = await runScript('scripts/start.ts', { DATABASE_URL: urlOf(runtime, unmigrated), PORT: '0' });
    expect(started.status).toBe(1);
    expect(started.stderr).toBe(
      `Error: The database at ${urlOf(runtime, unmigrated).replace(`:${runtime}-password`, '')} needs migrations, ` +
        `which its role ${runtime} may not apply: run \`npm run migrate\` with DATABASE_MIGRATION_URL set to the owner's connection, then start again`,
    );
  });

  it('is refused by the migration when it is the owner itself', slow, async () => {
    const same = await runScript('scripts/migrate.ts', {
      DATABASE_MIGRATION_URL: urlOf(owner),
      DATABASE_URL: urlOf(owner),
    });
    expect(same.status).toBe(1);
    expect(same.stderr).toBe(
      `Error: DATABASE_URL and DATABASE_MIGRATION_URL both connect as ${owner}: the runtime role must be another role than the owner`,
    );
  });
});

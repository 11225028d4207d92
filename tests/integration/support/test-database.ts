import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { inject } from 'vitest';
import { drizzleOptions, migrationsFolder, openDatabase, type DatabaseHandle } from '../../../db/client.ts';
import { readEnvironment } from '../../../src/lib/config/environment.ts';
import type { TemplateName } from './templates.ts';

/**
 * A fresh database of its own for a test file, or for one test: a copy of a template that the
 * global setup (support/global-setup.ts) made once for the whole run — `migrated` (the schema
 * only) or `seeded` (also the real units, campaigns and demo households). An in-memory PGlite by
 * default, or a new database on the Postgres server named by TEST_DATABASE_URL (dropped again by
 * `close`): the same tests thus run against both drivers.
 */
export async function createTestDatabase(template: TemplateName = 'migrated'): Promise<DatabaseHandle> {
  const templates = inject('integrationTemplates');
  if (templates.driver === 'pglite') {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(templates.tarballs[template])]) });
    const db = drizzle(client, drizzleOptions);
    return {
      db,
      primary: db,
      driver: 'pglite',
      location: `memory://${template}-copy`,
      migrate: () => migrate(db, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  const copy = await createScratchDatabase(templates.databases[template]);
  const handle = await openDatabase(readEnvironment(copy.environment));
  return {
    ...handle,
    async close() {
      await handle.close();
      await copy.remove();
    },
  };
}

/**
 * A database that another process can open, described by the environment variables that point
 * at it: a new folder for PGlite (empty), or a new database on TEST_DATABASE_URL's server (empty,
 * or a copy of the given template database).
 */
export async function createScratchDatabase(templateDatabase?: string): Promise<{
  environment: Record<string, string>;
  remove(): Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'chung-tay-test-'));
    return {
      environment: { PGLITE_DATA_DIR: path.join(dir, 'pglite') },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(
    templateDatabase ? `create database ${name} template ${templateDatabase}` : `create database ${name}`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    environment: { DATABASE_URL: url.toString() },
    async remove() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Which driver the integration tests run against, for test names. */
export const driverUnderTest = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

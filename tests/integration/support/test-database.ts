import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../../db/client.ts';
import { readEnvironment } from '../../../src/lib/config/environment.ts';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new
 * database on the Postgres server named by TEST_DATABASE_URL (dropped again by `close`).
 * The same tests thus run against both drivers.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase(readEnvironment({ PGLITE_DATA_DIR: 'memory://test' }));
    await handle.migrate();
    return handle;
  }
  const scratch = await createScratchDatabase();
  const handle = await openDatabase(readEnvironment(scratch.environment));
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await scratch.remove();
    },
  };
}

/**
 * An empty database that another process can open, described by the environment variables
 * that point at it: a new folder for PGlite, or a new database on TEST_DATABASE_URL's server.
 */
export async function createScratchDatabase(): Promise<{
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
  await admin.unsafe(`create database ${name}`);
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

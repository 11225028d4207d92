import { randomBytes } from 'node:crypto';
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
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase(readEnvironment({ DATABASE_URL: url.toString() }));
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Which driver the integration tests run against, for test names. */
export const driverUnderTest = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

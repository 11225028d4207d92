import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { runScript as run, scriptTimeout } from './support/run-script.ts';
import { createScratchDatabase, driverUnderTest } from './support/test-database.ts';

// Each test starts Node once or twice, and a new embedded database takes a while to create.
const slow = { timeout: 4 * scriptTimeout };

describe('starting the portal with a database it cannot use', () => {
  it('prints one line naming the database (without its password) and exits non-zero', slow, async () => {
    const result = await run('scripts/start.ts', { DATABASE_URL: 'postgres://portal:secret@127.0.0.1:1/portal' });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^Error: Cannot connect to the database at postgres:\/\/portal@127\.0\.0\.1:1\/portal: /,
    );
    expect(result.stderr).not.toContain('secret');
  });

  it('in production, refuses to start without its public address, before opening any database', slow, async () => {
    const result = await run('scripts/start.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://portal:secret@127.0.0.1:1/portal',
      PORT: '0',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Error: PUBLIC_BASE_URL is not set: in production the portal needs its public address (e.g. https://chungtay.example.vn), ' +
        'for its links and to check that forms come from it. See "Deploying on the internet" in README.md',
    );
  });

  it('explains a DATABASE_URL that is not a Postgres URL', slow, async () => {
    const result = await run('scripts/start.ts', { DATABASE_URL: 'mysql://localhost/portal' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Error: Invalid configuration: DATABASE_URL must start with postgres:// or postgresql://',
    );
  });
});

describe('the embedded database folder', () => {
  // Made when the tests run, not when they are collected, so that a run that skips them leaves no folder.
  let dir: string;
  let dataDir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'chung-tay-lock-'));
    dataDir = path.join(dir, 'pglite');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused to a second process while one has it open, and free again once closed', slow, async () => {
    const holder = await openDatabase(readEnvironment({ PGLITE_DATA_DIR: dataDir }));
    try {
      const refused = await run('scripts/migrate.ts', { PGLITE_DATA_DIR: dataDir });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(
        `Error: The embedded database in ${dataDir} is in use by process ${process.pid}; stop it first, or set DATABASE_URL to use Postgres`,
      );
    } finally {
      await holder.close();
    }
    const allowed = await run('scripts/migrate.ts', { PGLITE_DATA_DIR: dataDir });
    expect(allowed.stderr).toBe('');
    expect(allowed.stdout).toBe(`Migrated ${dataDir}.`);
    expect(allowed.status).toBe(0);
  });
});

describe(`migrating from the command line (${driverUnderTest})`, () => {
  it('creates the schema in an empty database, and changes nothing the second time', slow, async () => {
    const scratch = await createScratchDatabase();
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const result = await run('scripts/migrate.ts', scratch.environment);
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(/^Migrated /);
        expect(result.status).toBe(0);
      }
    } finally {
      await scratch.remove();
    }
  });
});

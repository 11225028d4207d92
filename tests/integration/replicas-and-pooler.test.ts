import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.ts';
import { closeDatabase, getDatabase, readingFromPrimary } from '../../db/connection.ts';
import {
  startThrowawayPgbouncer,
  startThrowawayPostgres,
  startThrowawayReplica,
  type ThrowawayPostgres,
} from '../../scripts/throwaway-postgres.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { currentPublicDataVersion, markPublicDataChanged } from '../../src/lib/http/public-data-version-store.ts';

/**
 * A primary with a real streaming replica (`pg_basebackup -R`), and a real PgBouncer in
 * transaction mode in front of the primary, each started here whichever driver the other tests
 * use: what README's "More than one server" describes.
 */
const slow = { timeout: 300_000 };
let primary: ThrowawayPostgres & { port: number };
let replica: ThrowawayPostgres & { port: number };
let pooler: ThrowawayPostgres;
let replicaAdmin: postgres.Sql;

beforeAll(async () => {
  primary = await startThrowawayPostgres();
  const migrating = await openDatabase(readEnvironment({ DATABASE_URL: primary.url }));
  await migrating.migrate();
  await migrating.close();
  replica = await startThrowawayReplica(primary);
  pooler = await startThrowawayPgbouncer(primary);
  replicaAdmin = postgres(replica.url, { max: 1, onnotice: () => {} });
}, 300_000);

afterAll(async () => {
  await replicaAdmin?.end();
  pooler?.stop();
  replica?.stop();
  primary?.stop();
});

/** Waits (without a time limit of its own: the test's) until the replica has replayed all it received. */
async function replicaCaughtUp(handle: DatabaseHandle): Promise<number> {
  const wanted = await currentPublicDataVersion(handle.primary);
  for (;;) {
    const seen = await currentPublicDataVersion(handle.db);
    if (seen === wanted) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('with DATABASE_REPLICA_URLS', () => {
  it('reads from the replica and writes to the primary; the primary reads its own writes at once', slow, async () => {
    const handle = await openDatabase(
      readEnvironment({ DATABASE_URL: primary.url, DATABASE_REPLICA_URLS: replica.url }),
      'server',
    );
    try {
      expect(handle.location).toContain('reads from 1 replicas');
      // Commands (seed, imports) read what they are about to change: from the primary.
      const command = await openDatabase(
        readEnvironment({ DATABASE_URL: primary.url, DATABASE_REPLICA_URLS: replica.url }),
      );
      expect(command.location).not.toContain('replica');
      await command.close();
      const [{ recovering }] = (await replicaAdmin`select pg_is_in_recovery() as recovering`) as [
        { recovering: boolean },
      ];
      expect(recovering).toBe(true);
      const before = await replicaCaughtUp(handle);

      // With the replica's replay paused, a write shows on the primary and not (yet) where public reads go.
      await replicaAdmin`select pg_wal_replay_pause()`;
      await handle.db.transaction((tx) => markPublicDataChanged(tx));
      expect(await currentPublicDataVersion(handle.primary)).toBe(before + 1);
      expect(await currentPublicDataVersion(handle.db)).toBe(before);
      await replicaAdmin`select pg_wal_replay_resume()`;
      expect(await replicaCaughtUp(handle)).toBe(before + 1);
    } finally {
      await replicaAdmin`select pg_wal_replay_resume()`;
      await handle.close();
    }
  });

  it('keeps answering reads while the primary takes writes, and they catch up', slow, async () => {
    const handle = await openDatabase(
      readEnvironment({ DATABASE_URL: primary.url, DATABASE_REPLICA_URLS: replica.url }),
      'server',
    );
    try {
      const start = await replicaCaughtUp(handle);
      let writing = true;
      const writer = (async () => {
        for (let i = 0; i < 200; i++) await handle.db.transaction((tx) => markPublicDataChanged(tx));
        writing = false;
      })();
      const seen: number[] = [];
      while (writing) seen.push(await currentPublicDataVersion(handle.db));
      await writer;
      // A replica never shows a version going back, nor one the primary has not written.
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((version, i) => version >= start && (i === 0 || version >= seen[i - 1]!))).toBe(true);
      expect(seen.every((version) => version <= start + 200)).toBe(true);
      expect(await replicaCaughtUp(handle)).toBe(start + 200);
    } finally {
      await handle.close();
    }
  });

  it(
    "gives the primary's reads to requests marked as reading from it (officials, donors' own links)",
    slow,
    async () => {
      const saved = { ...process.env };
      Object.assign(process.env, { DATABASE_URL: primary.url, DATABASE_REPLICA_URLS: replica.url });
      try {
        const role = async () => {
          const db = await getDatabase();
          const [row] = await db.select({ recovering: sql<boolean>`pg_is_in_recovery()` }).from(sql`(select 1) as one`);
          return row!.recovering ? 'replica' : 'primary';
        };
        expect(await role()).toBe('replica');
        expect(await readingFromPrimary(role)).toBe('primary');
        expect(
          await readingFromPrimary(async () => {
            await new Promise((resolve) => setTimeout(resolve, 10));
            return role();
          }),
        ).toBe('primary');
      } finally {
        await closeDatabase();
        process.env = saved;
      }
    },
  );
});

describe('through PgBouncer in transaction mode (DATABASE_POOLER=transaction)', () => {
  it(
    'migrates over the direct connection and serves many transactions over a few server connections',
    slow,
    async () => {
      const environment = readEnvironment({
        DATABASE_URL: pooler.url,
        DATABASE_POOLER: 'transaction',
        DATABASE_MIGRATION_URL: primary.url,
      });
      const handle = await openDatabase(environment);
      try {
        await handle.migrate();
        const before = await currentPublicDataVersion(handle.db);
        // Fifty at once, over PgBouncer's three server connections: without prepare: false the
        // statements prepared on one connection would be missing on the next.
        await Promise.all(
          Array.from({ length: 50 }, async () => {
            await handle.db.transaction(async (tx) => {
              await tx.execute(sql`select pg_advisory_xact_lock(42)`);
              await markPublicDataChanged(tx);
            });
            await currentPublicDataVersion(handle.db);
          }),
        );
        expect(await currentPublicDataVersion(handle.db)).toBe(before + 50);
      } finally {
        await handle.close();
      }
    },
  );

  it('is refused without a direct connection for migrations', () => {
    expect(() => readEnvironment({ DATABASE_URL: pooler.url, DATABASE_POOLER: 'transaction' })).toThrow(
      'DATABASE_POOLER=transaction needs DATABASE_MIGRATION_URL',
    );
  });
});

import { mkdtempSync, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/client.ts';
import { writeLargeStatement } from '../../scripts/bench/large-statement.ts';
import { startPortalServer } from '../../scripts/bench/portal-server.ts';
import { startThrowawayPostgres } from '../../scripts/throwaway-postgres.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { completeSecondFactor, startSession } from '../../src/lib/officials/session-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';

/** The most memory (resident set) the process has held since it started, in MB: Linux's VmHWM. */
function peakMegabytes(pid: number): number {
  return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/**
 * Real statements are large (the Fatherland Front's of 2024 ran to more than 12,000 pages). One of
 * 200,000 credits is uploaded to the treasurer's page of a server of its own (the built portal, as
 * `npm start` runs it, on a Postgres of its own), twice: its memory is measured, not its speed.
 */
test('imports a 200,000-credit statement with the server under 400 MB, and adds none of it again', async () => {
  test.setTimeout(1_200_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'chung-tay-statement-'));
  const postgres = await startThrowawayPostgres();
  try {
    const database = await openDatabase(readEnvironment({ DATABASE_URL: postgres.url }));
    let session: string;
    try {
      await database.migrate();
      const treasurer = await createOfficial(
        database.db,
        {
          email: 'thuquy.saoke@e2e.test',
          name: 'Thủ quỹ',
          password: 'mật khẩu thủ quỹ',
          grants: [{ role: 'fund_treasurer', unitCode: null }],
        },
        null,
      );
      if (!treasurer.ok) throw new Error('the treasurer could not be made');
      session = await completeSecondFactor(database.db, await startSession(database.db, treasurer.value.id));
    } finally {
      await database.close();
    }

    const file = path.join(folder, 'sao-ke-vietinbank.csv');
    const bytes = await writeLargeStatement(file, 200_000);
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    const server = await startPortalServer({ DATABASE_URL: postgres.url, LEDGER_CHECK_MINUTES: '0' });
    try {
      const upload = async () => {
        const form = new FormData();
        form.append('action', 'upload');
        form.append('bank', 'vietinbank');
        form.append('file', new File([await openAsBlob(file)], 'sao-ke-vietinbank.csv', { type: 'text/csv' }));
        const response = await fetch(`${server.origin}/workspace/statements`, {
          method: 'POST',
          body: form,
          headers: { Cookie: `chung_tay_session=${session}`, Origin: server.origin },
          redirect: 'manual',
        });
        expect(response.status).toBe(303);
        return new URL(response.headers.get('location')!, server.origin).searchParams.get('imported');
      };
      // added, imported before, matched, waiting, conflicts, refunds, refunds refused
      expect(await upload()).toBe('200000-0-0-200000-0-0-0');
      expect(peakMegabytes(server.pid)).toBeLessThanOrEqual(400);
      expect(await upload()).toBe('0-200000-0-0-0-0-0');
      expect(peakMegabytes(server.pid)).toBeLessThanOrEqual(400);
      console.log(
        `statement of ${(bytes / 1024 / 1024).toFixed(1)} MB: server peak ${peakMegabytes(server.pid).toFixed(0)} MB`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

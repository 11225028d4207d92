import { mkdtempSync, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../db/client.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import { completeSecondFactor, startSession } from '../../src/lib/officials/session-store.ts';
import { createPledge, resolvePledgeTarget } from '../../src/lib/pledges/store.ts';
import { readPledgeForm } from '../../src/lib/pledges/pledge-form.ts';
import { writeLargeStatement } from './large-statement.ts';

/** A treasurer signed in, and money pledges to a commune whose references some credits carry. */
export async function prepareStatementUpload(
  db: Database,
  communeCode: string,
): Promise<{ session: string; references: string[] }> {
  const made = await createOfficial(
    db,
    {
      email: `thuquy.${Date.now()}@bench.test`,
      name: 'Thủ quỹ thử tải',
      password: 'mật khẩu thử tải',
      grants: [{ role: 'fund_treasurer', unitCode: null }],
    },
    null,
  );
  if (!made.ok) throw new Error('the treasurer could not be made');
  const session = await completeSecondFactor(db, await startSession(db, made.value.id));
  const references: string[] = [];
  for (let i = 0; i < 20; i++) {
    const form = readPledgeForm({
      targetKind: 'commune',
      targetCode: communeCode,
      kind: 'money',
      amount: '1.000.000.000',
      donorType: 'organisation',
      donorName: `Doanh nghiệp thử tải ${i}`,
      taxCode: '',
      displayChoice: 'full_name',
      email: '',
    });
    if (!form.ok) throw new Error(JSON.stringify(form.problems));
    const target = await resolvePledgeTarget(db, form.value, new Date().toISOString().slice(0, 10));
    if (!target.ok) throw new Error(JSON.stringify(target.problems));
    references.push((await createPledge(db, form.value, target.value)).reference);
  }
  return { session, references };
}

export interface StatementUploadResult {
  bytes: number;
  /** What the page reported: added, imported before, matched, waiting, conflicts. */
  counts: number[];
  seconds: number;
  /** The server's largest resident memory since it started (VmHWM), in MB. */
  peakMegabytes: number;
}

/**
 * Writes a VietinBank statement of `rows` credits (one in 100 carrying a pledge's reference) and
 * uploads it to the treasurer's page as a browser would, `times` times; each upload's figures.
 */
export async function uploadLargeStatement(
  server: { origin: string; pid: number },
  prepared: { session: string; references: string[] },
  rows: number,
  times: number,
): Promise<StatementUploadResult[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'chung-tay-bench-statement-'));
  try {
    const file = path.join(folder, 'sao-ke.csv');
    const bytes = await writeLargeStatement(file, rows, { references: prepared.references, everyNth: 100 });
    const results: StatementUploadResult[] = [];
    for (let time = 0; time < times; time++) {
      const form = new FormData();
      form.append('action', 'upload');
      form.append('bank', 'vietinbank');
      form.append('file', new File([await openAsBlob(file)], 'sao-ke.csv', { type: 'text/csv' }));
      const started = performance.now();
      const response = await fetch(`${server.origin}/workspace/statements`, {
        method: 'POST',
        body: form,
        headers: { Cookie: `chung_tay_session=${prepared.session}`, Origin: server.origin },
        redirect: 'manual',
      });
      const seconds = (performance.now() - started) / 1000;
      const imported = new URL(response.headers.get('location') ?? '/', server.origin).searchParams.get('imported');
      if (response.status !== 303 || !imported) throw new Error(`the statement upload answered ${response.status}`);
      const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
      const peakMegabytes = Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
      results.push({ bytes, counts: imported.split('-').map(Number), seconds, peakMegabytes });
    }
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

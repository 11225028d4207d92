import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCosignerKey } from '../../src/lib/transparency/cosignature.ts';
import { openNote, parseVerifierKey } from '../../src/lib/transparency/signed-note.ts';
import { parseWitnessRegistry } from '../../src/lib/transparency/witness-registry.ts';
import { LogServer, MemoryLog } from '../support/memory-log.ts';

const run = promisify(execFile);

// Each test starts Node: generous limits, so that only a hung process fails a test.
const processTimeout = 60_000;

const records = (from: number, to: number, changed?: number) =>
  Array.from({ length: to - from }, (_, i) => `record ${from + i}${from + i === changed ? ' (rewritten)' : ''}`);

/** `npm run witness`, as a newspaper's cron job runs it. */
async function witness(url: string, state: string, ...more: string[]) {
  return run(
    process.execPath,
    ['scripts/witness.ts', '--url', url, '--state', state, '--name', 'news.example.vn/witness', ...more],
    {
      timeout: processTimeout,
    },
  ).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout + error.stderr,
    }),
  );
}

describe('npm run witness', { timeout: 12 * processTimeout }, () => {
  const origin = 'chungtay.example.vn/transparency-log';
  const logKey = generateKeyPairSync('ed25519').privateKey;
  let server: LogServer;
  let url: string;
  let state: string;
  const view = () => readFileSync(path.join(state, 'view.json'), 'utf8');

  beforeAll(async () => {
    state = mkdtempSync(path.join(tmpdir(), 'witness-'));
    server = new LogServer(origin, logKey, await MemoryLog.of(records(0, 5)));
    url = await server.listen();
  });
  afterAll(async () => {
    await server.close();
    rmSync(state, { recursive: true, force: true });
  });

  let witnessKey = '';

  it('makes its key on first run, cosigns, and asks to be registered when the portal does not know it', async () => {
    const result = await witness(url, state);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`pinned the log's key on first use: ${server.verifierKey}`);
    expect(result.stdout).toContain(`✓ cosigned ${origin} at size 5`);
    expect(result.stdout).toMatch(
      /did not keep the cosignature \(403\): news\.example\.vn\/witness is not a registered witness/,
    );
    witnessKey = /register this witness's key: (\S+)/.exec(result.stdout)![1]!;
    expect(parseCosignerKey(witnessKey).verifier.name).toBe('news.example.vn/witness');
    expect(JSON.parse(view())).toMatchObject({ origin, size: 5, logKey: server.verifierKey });
  });

  it('cosigns a grown log once the portal registers it, and the portal publishes the cosignature', async () => {
    server.witnesses = parseWitnessRegistry(witnessKey);
    await server.log.append(...records(5, 8));
    const result = await witness(url, state);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`✓ cosigned ${origin} at size 8`);
    expect(server.posts.at(-1)).toEqual({ status: 200, outcome: 'kept' });
    const published = await (await fetch(`${url}/api/transparency/checkpoint`)).text();
    const opened = openNote(published, [parseVerifierKey(server.verifierKey), parseCosignerKey(witnessKey).verifier]);
    expect(opened.verified.map((s) => s.name)).toEqual([origin, 'news.example.vn/witness']);
    expect(JSON.parse(view())).toMatchObject({ size: 8 });
  });

  it('refuses a rewritten history, reports it with both checkpoints, and keeps its view', async () => {
    const before = view();
    server.log = await MemoryLog.of(records(0, 10, 2));
    const result = await witness(url, state);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('✗ REWRITE: the tree of 10 does not extend the tree of 8 the witness saw');
    const evidence = readdirSync(state).filter((file) => file.startsWith('evidence-rewrite-'));
    expect(evidence).toHaveLength(1);
    const kept = readFileSync(path.join(state, evidence[0]!), 'utf8');
    expect(kept).toContain(`${origin}\n8\n`);
    expect(kept).toContain(`${origin}\n10\n`);
    expect(view()).toBe(before);
  });

  it('refuses a split view: another root for the size it saw', async () => {
    const before = view();
    server.log = await MemoryLog.of(records(0, 8, 6));
    const result = await witness(url, state);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/✗ SPLIT VIEW: tree size 8 has root \S+, but the witness saw \S+/);
    expect(readdirSync(state).some((file) => file.startsWith('evidence-split-view-'))).toBe(true);
    expect(view()).toBe(before);
  });

  it('goes on cosigning the honest log, consistent with the view it kept', async () => {
    server.log = await MemoryLog.of(records(0, 12));
    const result = await witness(url, state);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`✓ cosigned ${origin} at size 12`);
  });

  it('does not cosign an older, smaller checkpoint again', async () => {
    const before = view();
    server.log = await MemoryLog.of(records(0, 6));
    const result = await witness(url, state);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('· not cosigned: tree size 6 is smaller than the 12 already cosigned');
    expect(view()).toBe(before);
  });

  it('refuses a checkpoint not signed by the pinned log key', async () => {
    const before = view();
    const impostor = new LogServer(
      origin,
      generateKeyPairSync('ed25519').privateKey,
      await MemoryLog.of(records(0, 14)),
    );
    const impostorUrl = await impostor.listen();
    try {
      const result = await witness(impostorUrl, state);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`✗ not cosigned: the checkpoint is not signed by the log's key ${origin}+`);
      expect(view()).toBe(before);
    } finally {
      await impostor.close();
    }
  });

  it('says so, in one line, when the portal cannot be reached', async () => {
    const result = await witness('http://127.0.0.1:9/', state);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Error: could not reach http:\/\/127\.0\.0\.1:9\/api\/transparency\/checkpoint/m);
    expect(existsSync(path.join(state, 'view.json'))).toBe(true);
  });
});

import { execFile } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { startPortalServer, type PortalServer } from '../../scripts/bench/portal-server.ts';
import { cosignerKeyText, parseCosignerKey } from '../../src/lib/transparency/cosignature.ts';
import { ed25519SignerKey, openNote, parseVerifierKey } from '../../src/lib/transparency/signed-note.ts';

/**
 * A witness of the built portal, both as real processes (its own project in playwright.config.ts):
 * `npm run witness` cosigns the portal's checkpoint, the portal keeps the cosignature of the
 * registered witness and publishes it with the checkpoint and on /ledger, and refuses a stranger's.
 */
const run = promisify(execFile);
const data = 'data/e2e-witness';
const name = 'news.example.vn/witness';
const privateKey = generateKeyPairSync('ed25519').privateKey;
const witnessKey = cosignerKeyText(name, createPublicKey(privateKey));

async function witness(origin: string, state: string) {
  return run(process.execPath, ['scripts/witness.ts', '--url', origin, '--state', state], { timeout: 120_000 }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout + error.stderr,
    }),
  );
}

test.describe('a witness of the portal', () => {
  test.describe.configure({ mode: 'serial' });
  let portal: PortalServer | undefined;

  test.beforeAll(async () => {
    // Seeding a new database and starting the server take minutes on a busy machine.
    test.setTimeout(600_000);
    rmSync(data, { recursive: true, force: true });
    mkdirSync(`${data}/news`, { recursive: true });
    writeFileSync(`${data}/news/witness.key`, `${ed25519SignerKey(name, privateKey)}\n`, { mode: 0o600 });
    const env = {
      ...process.env,
      DATABASE_URL: '',
      PGLITE_DATA_DIR: `${data}/pglite`,
      EVIDENCE_DIR: `${data}/evidence`,
      RECEIPT_SIGNING_KEY_FILE: `${data}/receipt-signing-key.pem`,
      TRANSPARENCY_LOG_KEY_FILE: `${data}/transparency-log-key.pem`,
      TRANSPARENCY_WITNESSES: witnessKey,
    };
    await run(process.execPath, ['scripts/seed.ts', '--no-demo'], { env });
    portal = await startPortalServer(env);
  });
  test.afterAll(async () => {
    await portal?.stop();
  });

  test('cosigns the checkpoint, which the portal then publishes with the cosignature', async ({ request }) => {
    test.setTimeout(300_000);
    const result = await witness(portal!.origin, `${data}/news`);
    expect(result.stdout).toContain('✓ cosigned');
    expect(result.stdout).toContain('the portal keeps it: Kept the cosignature of news.example.vn/witness');
    expect(result.code).toBe(0);

    const logKey = (await (await request.get(`${portal!.origin}/api/transparency/key`)).text()).trim();
    const note = await (await request.get(`${portal!.origin}/api/transparency/checkpoint`)).text();
    const opened = openNote(note, [parseVerifierKey(logKey), parseCosignerKey(witnessKey).verifier]);
    expect(opened.verified.map((s) => s.name)).toEqual([parseVerifierKey(logKey).name, name]);

    const ledger = await (await request.get(`${portal!.origin}/ledger`)).text();
    expect(ledger).toContain(name);
    expect(ledger).toContain(witnessKey);

    const again = await witness(portal!.origin, `${data}/news`);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/was kept before|Kept the cosignature/);
  });

  test('refuses the cosignature of a witness the operator did not register', async () => {
    test.setTimeout(300_000);
    const result = await witness(portal!.origin, `${data}/stranger`);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/did not keep the cosignature \(403\): \S+ is not a registered witness/);
  });
});

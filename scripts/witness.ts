// An independent witness of the portal's transparency log (a newspaper, a university, the
// Fatherland Front), run by cron or by hand:
//   npm run witness -- --url https://portal.example.vn [--state DIR] [--key FILE] [--name NAME] [--log-key VKEY]
// Fetches the latest checkpoint, checks the log's signature and that it extends the last one this
// witness saw, cosigns it (c2sp.org/tlog-cosignature) and sends the cosignature to the portal.
// A split view (two roots for one size) or a rewrite is refused and reported, with both signed
// checkpoints kept as evidence; the witness's view is then left as it was.
// Exit code: 0 cosigned (or nothing newer), 1 a problem (unreachable, bad signature), 2 split view or rewrite.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../src/lib/config/environment.ts';
import { parseCheckpoint } from '../src/lib/transparency/checkpoint.ts';
import { cosigner, cosignerKeyText } from '../src/lib/transparency/cosignature.ts';
import { ed25519SignerKey, parseNote, parseVerifierKey, readSignerKey } from '../src/lib/transparency/signed-note.ts';
import {
  consistencyPath,
  noteContentType,
  readConsistencyAnswer,
  readCosignatureAnswer,
  witnessPaths,
} from '../src/lib/transparency/witness-protocol.ts';
import { witnessCheckpoint, type WitnessView } from '../src/lib/transparency/witness.ts';
import { runCommand } from './run-command.ts';

const requestTimeout = 30_000;

async function fetchText(url: URL, init: RequestInit = {}): Promise<{ status: number; text: string }> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(requestTimeout), redirect: 'error' });
  } catch (error) {
    throw new ConfigurationError(`could not reach ${url.href}: ${(error as Error).message}`);
  }
  return { status: response.status, text: await response.text() };
}

async function getText(url: URL): Promise<string> {
  const { status, text } = await fetchText(url);
  if (status !== 200) throw new ConfigurationError(`${url.href} answered ${status}: ${text.trim().slice(0, 200)}`);
  return text;
}

function writeAtomically(file: string, content: string, mode = 0o644): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode });
  renameSync(temporary, file);
}

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

runCommand(async () => {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      state: { type: 'string', default: 'witness-state' },
      key: { type: 'string' },
      name: { type: 'string' },
      'log-key': { type: 'string' },
    },
  });
  if (!values.url) {
    throw new ConfigurationError(
      'usage: npm run witness -- --url <portal> [--state DIR] [--key FILE] [--name NAME] [--log-key VKEY]',
    );
  }
  let portal: URL;
  try {
    portal = new URL(values.url);
  } catch {
    throw new ConfigurationError(`--url ${values.url} is not an address`);
  }
  const stateDir = path.resolve(values.state);
  mkdirSync(stateDir, { recursive: true });
  const keyFile = path.resolve(values.key ?? path.join(stateDir, 'witness.key'));
  const viewFile = path.join(stateDir, 'view.json');

  // The witness's own key: made on first run, to be registered by the portal's operator.
  let signerKey = readOptional(keyFile)?.trim();
  if (signerKey === undefined) {
    const name = values.name ?? `${hostname()}/witness`;
    signerKey = ed25519SignerKey(name, generateKeyPairSync('ed25519').privateKey);
    mkdirSync(path.dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, `${signerKey}\n`, { mode: 0o600, flag: 'wx' });
  }
  const { name, privateKey } = readSignerKey(signerKey);
  const witnessKeyText = cosignerKeyText(name, createPublicKey(privateKey));

  const viewText = readOptional(viewFile);
  const previous = viewText === undefined ? undefined : (JSON.parse(viewText) as WitnessView);
  if (!previous) console.log(`this witness's key, for the portal's operator to register: ${witnessKeyText}`);

  // The log's key: given, pinned by an earlier run, or fetched and pinned now (trust on first use).
  const given = values['log-key'];
  if (given && previous && given !== previous.logKey) {
    throw new ConfigurationError(`--log-key differs from the key pinned in ${viewFile} (${previous.logKey})`);
  }
  const logKeyText = given ?? previous?.logKey ?? (await getText(new URL(witnessPaths.key, portal))).trim();
  const logKey = { text: logKeyText, verifier: parseVerifierKey(logKeyText) };
  if (!given && !previous) {
    console.log(
      `pinned the log's key on first use: ${logKeyText}\n  compare it with the key the portal publishes on /ledger`,
    );
  }

  const note = await getText(new URL(witnessPaths.checkpoint, portal));
  const origin = previous?.origin ?? parseCheckpoint(parseNote(note).text).origin;
  const outcome = await witnessCheckpoint({
    note,
    origin,
    logKey,
    previous,
    cosigner: cosigner(name, privateKey),
    consistencyProof: async (oldSize, newSize) => {
      const answer = await getText(new URL(consistencyPath(oldSize, newSize), portal));
      let json: unknown;
      try {
        json = JSON.parse(answer);
      } catch {
        json = undefined;
      }
      const proof = readConsistencyAnswer(json, oldSize, newSize);
      if (!proof)
        throw new ConfigurationError(`the consistency proof from ${oldSize} to ${newSize} is not well formed`);
      return proof;
    },
  });

  switch (outcome.kind) {
    case 'refused':
      console.log(`✗ not cosigned: ${outcome.reason}`);
      process.exitCode = 1;
      return;
    case 'stale':
      console.log(`· not cosigned: ${outcome.reason}`);
      break;
    case 'split-view':
    case 'rewrite': {
      const evidence = path.join(stateDir, `evidence-${outcome.kind}-${Date.now()}.txt`);
      writeAtomically(
        evidence,
        `${outcome.reason}\n\nThe checkpoint this witness saw before:\n\n${previous!.note}\nThe checkpoint served now:\n\n${outcome.note}`,
      );
      const what = outcome.kind === 'split-view' ? 'SPLIT VIEW' : 'REWRITE';
      console.log(`✗ ${what}: ${outcome.reason}\n  not cosigned; both signed checkpoints are kept in ${evidence}`);
      process.exitCode = 2;
      return;
    }
    case 'cosigned': {
      // The view moves on whether or not the portal keeps the cosignature: this witness saw it.
      writeAtomically(viewFile, `${JSON.stringify(outcome.view, null, 2)}\n`);
      const { checkpoint } = outcome;
      console.log(
        `✓ cosigned ${checkpoint.origin} at size ${checkpoint.size}, root ${checkpoint.rootHash.toString('base64')}`,
      );
      const sent = await fetchText(new URL(witnessPaths.cosignatures, portal), {
        method: 'POST',
        headers: { 'content-type': noteContentType },
        body: outcome.note,
      });
      if (sent.status !== 200) {
        console.log(`✗ the portal did not keep the cosignature (${sent.status}): ${readCosignatureAnswer(sent.text)}`);
        if (sent.status === 403) console.log(`  ask its operator to register this witness's key: ${witnessKeyText}`);
        process.exit(1);
      }
      console.log(`  the portal keeps it: ${readCosignatureAnswer(sent.text)}`);
      break;
    }
  }
});

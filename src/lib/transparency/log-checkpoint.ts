import { createPublicKey, type KeyObject } from 'node:crypto';
import { readEnvironment, type Environment } from '../config/environment.ts';
import { readOrMakeEd25519Key } from '../security/ed25519-key-file.ts';
import { formatCheckpoint } from './checkpoint.ts';
import type { Hash } from './merkle.ts';
import { ed25519Signer, ed25519Verifier, ed25519VerifierKey, signNote, type NoteVerifier } from './signed-note.ts';

/** What a checkpoint of this portal's log states: its size and root. */
export interface LogCheckpoint {
  size: number;
  root: Hash;
}

/**
 * The log's origin, the first line of its checkpoints and its key's name: TRANSPARENCY_LOG_ORIGIN,
 * else the public address's host followed by `/transparency-log`.
 */
export function logOrigin(environment: Environment = readEnvironment()): string {
  if (environment.TRANSPARENCY_LOG_ORIGIN) return environment.TRANSPARENCY_LOG_ORIGIN;
  const host = environment.PUBLIC_BASE_URL ? new URL(environment.PUBLIC_BASE_URL).host : 'localhost';
  return `${host}/transparency-log`;
}

const loaded = new Map<string, KeyObject>();

function logKeys() {
  const environment = readEnvironment();
  const file = environment.TRANSPARENCY_LOG_KEY_FILE;
  const privateKey = loaded.get(file) ?? readOrMakeEd25519Key(file);
  loaded.set(file, privateKey);
  return { origin: logOrigin(environment), privateKey, publicKey: createPublicKey(privateKey) };
}

/** The signed note of a checkpoint (C2SP tlog-checkpoint, signed with the log's Ed25519 key). */
export function signLogCheckpoint(checkpoint: LogCheckpoint): string {
  const { origin, privateKey } = logKeys();
  const text = formatCheckpoint({ origin, size: checkpoint.size, rootHash: checkpoint.root, extensions: [] });
  return signNote(text, [ed25519Signer(origin, privateKey)]);
}

/** The log's verifier key as published, `<origin>+<key hash>+<base64 key>`. */
export function logVerifierKey(): string {
  const { origin, publicKey } = logKeys();
  return ed25519VerifierKey(origin, publicKey);
}

/** The verifier of the log's own signatures. */
export function logVerifier(): NoteVerifier {
  const { origin, publicKey } = logKeys();
  return ed25519Verifier(origin, publicKey);
}

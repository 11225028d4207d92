import { createPublicKey, type KeyObject } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { readEnvironment } from '../config/environment.ts';
import { readOrMakeEd25519Key } from '../security/ed25519-key-file.ts';
import { keyIdOf } from './receipt.ts';

export interface ReceiptKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  /** What the portal publishes, for anyone to check receipts offline. */
  publicKeyPem: string;
  /** This key alone, by its id; the whole list with retired keys is src/lib/receipts/key-store.ts's. */
  published: ReadonlyMap<string, KeyObject>;
}

const loaded = new Map<string, { keys: ReceiptKeys; version: string }>();

/** Which file is there now: `npm run rotate-receipt-key` replaces it, and every server must follow. */
function fileVersion(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * The Ed25519 key that signs receipts, from a PEM file every server shares. A new installation
 * makes one on first use (readable by its owner only); production provisions and backs up its own,
 * since receipts signed by a lost key can still be checked but no new ones signed by it.
 */
function receiptKeys(keyFile: string): ReceiptKeys {
  const file = path.resolve(keyFile);
  const known = loaded.get(file);
  if (known && known.version === fileVersion(file)) return known.keys;
  const privateKey = readOrMakeEd25519Key(file);
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  const keys = {
    privateKey,
    publicKey,
    keyId,
    published: new Map([[keyId, publicKey]]),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
  loaded.set(file, { keys, version: fileVersion(file) });
  return keys;
}

/** This installation's receipt keys, from RECEIPT_SIGNING_KEY_FILE. */
export function portalReceiptKeys(): ReceiptKeys {
  return receiptKeys(readEnvironment().RECEIPT_SIGNING_KEY_FILE);
}

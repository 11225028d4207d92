import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { decodeBase64, rawEd25519PublicKey } from './encoding.ts';
import {
  ed25519PublicKey,
  isValidKeyName,
  keyIdOf,
  NoteError,
  parseVerifierKeyText,
  signatureType,
  signatures,
  type NoteSignature,
  type NoteSigner,
  type NoteVerifier,
  verifierKeyText,
} from './signed-note.ts';

/**
 * C2SP tlog-cosignature v1 (https://c2sp.org/tlog-cosignature), the Ed25519 kind: a witness
 * signs `cosignature/v1\ntime <t>\n` followed by the checkpoint text, and its note signature is
 * the 8-byte big-endian timestamp followed by the 64-byte Ed25519 signature; key ids use type 0x04.
 */

/** The spec caps timestamps at 2^63 - 1. */
const maxTimestamp = 2n ** 63n - 1n;

/** The message a v1 cosignature signs. */
export function cosignedMessage(checkpointText: string, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new RangeError('a timestamp is whole seconds since 1970');
  return `cosignature/v1\ntime ${timestamp}\n${checkpointText}`;
}

export function cosignatureKeyId(name: string, publicKey: KeyObject): number {
  return keyIdOf(name, signatureType.cosignatureV1, rawEd25519PublicKey(publicKey));
}

/** A signer of v1 cosignatures; `now` gives the time in Unix seconds (a clock, so tests can fix it). */
export function cosigner(
  name: string,
  privateKey: KeyObject,
  now: () => number = () => Math.floor(Date.now() / 1000),
): NoteSigner {
  if (!isValidKeyName(name)) throw new NoteError('invalid-signer', `"${name}" cannot be a key name`);
  return {
    name,
    keyId: cosignatureKeyId(name, createPublicKey(privateKey)),
    sign(message) {
      const timestamp = now();
      const signed = Buffer.from(cosignedMessage(message.toString('utf8'), timestamp), 'utf8');
      const prefix = Buffer.alloc(8);
      prefix.writeBigUInt64BE(BigInt(timestamp));
      return Buffer.concat([prefix, sign(null, signed, privateKey)]);
    },
  };
}

/** A verifier of one witness's v1 cosignatures, for openNote. */
export function cosignatureVerifier(name: string, publicKey: KeyObject): NoteVerifier {
  if (!isValidKeyName(name)) throw new NoteError('malformed-key', `"${name}" cannot be a key name`);
  return {
    name,
    keyId: cosignatureKeyId(name, publicKey),
    verify(message, signature) {
      if (signature.length !== 72) return false;
      const timestamp = signature.readBigUInt64BE(0);
      if (timestamp > maxTimestamp || timestamp > BigInt(Number.MAX_SAFE_INTEGER)) return false;
      const signed = Buffer.from(cosignedMessage(message.toString('utf8'), Number(timestamp)), 'utf8');
      return verify(null, signed, publicKey, signature.subarray(8));
    },
  };
}

/** A witness's verifier key text `name+hash+base64(0x04 || public key)`. */
export function cosignerKeyText(name: string, publicKey: KeyObject): string {
  return verifierKeyText(name, signatureType.cosignatureV1, rawEd25519PublicKey(publicKey));
}

/** A witness's verifier from its key text; refuses keys that are not of type 0x04. */
export function parseCosignerKey(vkey: string): { verifier: NoteVerifier; publicKey: KeyObject } {
  const parsed = parseVerifierKeyText(vkey);
  if (parsed.type !== signatureType.cosignatureV1) {
    throw new NoteError('unknown-algorithm', `signature type ${parsed.type} is not a v1 cosignature (4)`);
  }
  const publicKey = ed25519PublicKey(parsed.publicKey);
  return { verifier: cosignatureVerifier(parsed.name, publicKey), publicKey };
}

/** The time a v1 cosignature claims, in Unix seconds; undefined when it is not 4 + 8 + 64 bytes. */
export function cosignatureTime(signature: NoteSignature): number | undefined {
  const raw = decodeBase64(signature.base64);
  if (raw === undefined || raw.length !== 76) return undefined;
  const timestamp = raw.readBigUInt64BE(4);
  return timestamp > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(timestamp);
}

/** A witness's cosignature of a checkpoint's note text, as a signature to add to the note. */
export function cosign(checkpointText: string, witness: NoteSigner): NoteSignature {
  return signatures(checkpointText, [witness])[0]!;
}

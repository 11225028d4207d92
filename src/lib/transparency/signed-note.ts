import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { decodeBase64, encodeBase64, hasControlCharacter, rawEd25519PublicKey } from './encoding.ts';

/**
 * C2SP signed notes (https://c2sp.org/signed-note): a text ending in a newline, a blank line, and
 * signature lines `— <key name> base64(key id || signature)`. Checkpoints and witness cosignatures
 * are notes. Behaviour follows Go's golang.org/x/mod/sumdb/note, whose test vectors the tests use.
 */

/** Signature type bytes assigned by the signed-note specification that the portal uses. */
export const signatureType = {
  /** Ed25519 over the note text. */
  ed25519: 0x01,
  /** Timestamped Ed25519 witness cosignature (c2sp.org/tlog-cosignature). */
  cosignatureV1: 0x04,
} as const;

/** Why a key, a note or a signature was refused. */
export type NoteErrorCode =
  /** A verifier or signer key text does not follow `name+hash+base64`. */
  | 'malformed-key'
  /** A key text is well formed but its signature type is not one this code handles. */
  | 'unknown-algorithm'
  /** A key text's hash is not the hash of its name and public key. */
  | 'key-hash-mismatch'
  /** A note does not follow the format (text, blank line, signature lines). */
  | 'malformed-note'
  /** A note parsed, but no signature is from a known key. */
  | 'unverified-note'
  /** A signature from a known key does not verify. */
  | 'invalid-signature'
  /** Two known keys share a name and key id, so a signature cannot be attributed. */
  | 'ambiguous-key'
  /** A signer's name cannot stand in a signature line. */
  | 'invalid-signer';

export class NoteError extends Error {
  override readonly name = 'NoteError';
  readonly code: NoteErrorCode;
  /** What was wrong, in English, for logs and the command line. */
  readonly reason: string;
  /** For `unverified-note`: what was parsed, so a caller can say whose signatures it carried. */
  readonly note: OpenedNote | undefined;

  constructor(code: NoteErrorCode, reason: string, note?: OpenedNote) {
    super(`${code}: ${reason}`);
    this.code = code;
    this.reason = reason;
    this.note = note;
  }
}

/** One signature line of a note. */
export interface NoteSignature {
  name: string;
  /** The key id, a uint32. */
  keyId: number;
  /** base64(key id || signature), as on the line. */
  base64: string;
}

export interface OpenedNote {
  /** The signed text, ending in a newline. */
  text: string;
  /** Signatures from known keys that verified. */
  verified: NoteSignature[];
  /** Signatures from keys not known to the caller, kept but not trusted. */
  unverified: NoteSignature[];
}

export interface NoteVerifier {
  name: string;
  keyId: number;
  /** Whether `signature` (without the key id) is this key's over `message` (the note text). */
  verify(message: Buffer, signature: Buffer): boolean;
}

export interface NoteSigner {
  name: string;
  keyId: number;
  /** This key's signature (without the key id) over `message` (the note text). */
  sign(message: Buffer): Buffer;
}

/** Go's note package refuses notes with more; the specification asks for at least 16. */
const maxSignatures = 100;

/** Key names: non-empty, well-formed Unicode, no spaces of any kind, no plus. */
export function isValidKeyName(name: string): boolean {
  return name !== '' && name.isWellFormed() && !/[\p{White_Space}\p{Z}+]/u.test(name);
}

/** The recommended key id: the first four bytes of SHA-256(name || 0x0A || type || public key). */
export function keyIdOf(name: string, type: number, publicKey: Uint8Array): number {
  const hash = createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, type]))
    .update(publicKey)
    .digest();
  return hash.readUInt32BE(0);
}

function hex8(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

/** `name+hash`, how Go names a key in errors. */
export function keyLabel(name: string, keyId: number): string {
  return `${name}+${hex8(keyId)}`;
}

/** A verifier key text `name+hash+base64(type || public key)`. */
export function verifierKeyText(name: string, type: number, publicKey: Uint8Array): string {
  if (!isValidKeyName(name)) throw new NoteError('malformed-key', `"${name}" cannot be a key name`);
  const encoded = Buffer.concat([Buffer.from([type]), publicKey]);
  return `${keyLabel(name, keyIdOf(name, type, publicKey))}+${encodeBase64(encoded)}`;
}

export interface ParsedVerifierKey {
  name: string;
  keyId: number;
  type: number;
  /** The key material after the type byte. */
  publicKey: Buffer;
}

/** Splits at the first `+`, as Go's `chop`. */
function chop(text: string): [string, string] {
  const at = text.indexOf('+');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function readKeyParts(name: string, hash: string, material: string): { keyId: number; key: Buffer } {
  const key = decodeBase64(material);
  if (!isValidKeyName(name)) throw new NoteError('malformed-key', `"${name}" cannot be a key name`);
  if (!/^[0-9a-fA-F]{8}$/.test(hash)) throw new NoteError('malformed-key', 'the key hash is not 8 hex digits');
  if (key === undefined || key.length === 0) throw new NoteError('malformed-key', 'the key is not base64');
  return { keyId: Number.parseInt(hash, 16), key };
}

/** Reads `name+hash+base64(type || key)` of any type, checking the hash against name and key. */
export function parseVerifierKeyText(vkey: string): ParsedVerifierKey {
  const [name, rest] = chop(vkey);
  const [hash, material] = chop(rest);
  const { keyId, key } = readKeyParts(name, hash, material);
  const type = key[0]!;
  const publicKey = key.subarray(1);
  if (keyIdOf(name, type, publicKey) !== keyId) {
    throw new NoteError('key-hash-mismatch', `the hash of ${name}'s key is not ${hash}`);
  }
  return { name, keyId, type, publicKey };
}

const spkiEd25519Prefix = Buffer.from('302a300506032b6570032100', 'hex');
const pkcs8Ed25519Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A node:crypto public key from the 32 raw bytes of an Ed25519 key. */
export function ed25519PublicKey(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new NoteError('malformed-key', 'an Ed25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([spkiEd25519Prefix, raw]), format: 'der', type: 'spki' });
}

/** A node:crypto private key from a 32-byte Ed25519 seed. */
export function ed25519PrivateKey(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new NoteError('malformed-key', 'an Ed25519 private key is a 32-byte seed');
  return createPrivateKey({ key: Buffer.concat([pkcs8Ed25519Prefix, seed]), format: 'der', type: 'pkcs8' });
}

/** The 32-byte seed of an Ed25519 private key. */
export function ed25519Seed(privateKey: KeyObject): Buffer {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  return der.subarray(der.length - 32);
}

/** A verifier of plain Ed25519 note signatures (type 0x01). */
export function ed25519Verifier(name: string, publicKey: KeyObject): NoteVerifier {
  const raw = rawEd25519PublicKey(publicKey);
  if (!isValidKeyName(name)) throw new NoteError('malformed-key', `"${name}" cannot be a key name`);
  return {
    name,
    keyId: keyIdOf(name, signatureType.ed25519, raw),
    verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature),
  };
}

/** A signer of plain Ed25519 note signatures (type 0x01). */
export function ed25519Signer(name: string, privateKey: KeyObject): NoteSigner {
  const raw = rawEd25519PublicKey(createPublicKey(privateKey));
  if (!isValidKeyName(name)) throw new NoteError('invalid-signer', `"${name}" cannot be a key name`);
  return {
    name,
    keyId: keyIdOf(name, signatureType.ed25519, raw),
    sign: (message) => sign(null, message, privateKey),
  };
}

/** A verifier from its key text; only Ed25519 (type 0x01) keys, as Go's note.NewVerifier. */
export function parseVerifierKey(vkey: string): NoteVerifier {
  const parsed = parseVerifierKeyText(vkey);
  if (parsed.type !== signatureType.ed25519) {
    throw new NoteError('unknown-algorithm', `signature type ${parsed.type} is not Ed25519 (1)`);
  }
  return ed25519Verifier(parsed.name, ed25519PublicKey(parsed.publicKey));
}

/** The verifier key text of an Ed25519 key (type 0x01). */
export function ed25519VerifierKey(name: string, publicKey: KeyObject): string {
  return verifierKeyText(name, signatureType.ed25519, rawEd25519PublicKey(publicKey));
}

/** The signer key text `PRIVATE+KEY+name+hash+base64(0x01 || seed)` (the hash is of the public key). */
export function ed25519SignerKey(name: string, privateKey: KeyObject): string {
  const signer = ed25519Signer(name, privateKey);
  const encoded = Buffer.concat([Buffer.from([signatureType.ed25519]), ed25519Seed(privateKey)]);
  return `PRIVATE+KEY+${keyLabel(name, signer.keyId)}+${encodeBase64(encoded)}`;
}

/** The name and private key a signer key text holds, checked as Go's note.NewSigner checks it. */
export function readSignerKey(skey: string): { name: string; privateKey: KeyObject } {
  const [private1, rest1] = chop(skey);
  const [private2, rest2] = chop(rest1);
  const [name, rest3] = chop(rest2);
  const [hash, material] = chop(rest3);
  if (private1 !== 'PRIVATE' || private2 !== 'KEY') {
    throw new NoteError('malformed-key', 'a signer key starts with PRIVATE+KEY+');
  }
  const { keyId, key } = readKeyParts(name, hash, material);
  if (key[0] !== signatureType.ed25519) {
    throw new NoteError('unknown-algorithm', `signature type ${key[0]} is not Ed25519 (1)`);
  }
  const privateKey = ed25519PrivateKey(key.subarray(1));
  if (ed25519Signer(name, privateKey).keyId !== keyId) {
    throw new NoteError('key-hash-mismatch', `the hash of ${name}'s key is not ${hash}`);
  }
  return { name, privateKey };
}

/** A signer from its key text, as Go's note.NewSigner. */
export function parseSignerKey(skey: string): NoteSigner {
  const { name, privateKey } = readSignerKey(skey);
  return ed25519Signer(name, privateKey);
}

/** A new Ed25519 key pair as note key texts. */
export function generateNoteKey(name: string): { signerKey: string; verifierKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { signerKey: ed25519SignerKey(name, privateKey), verifierKey: ed25519VerifierKey(name, publicKey) };
}

/** Text that a note may carry: well-formed Unicode, no control characters but newline. */
function isNoteSafe(text: string): boolean {
  return text.isWellFormed() && !hasControlCharacter(text, true);
}

/** A signature line, newline included. */
export function signatureLine(signature: NoteSignature): string {
  return `— ${signature.name} ${signature.base64}\n`;
}

/** Signs `text` with each signer. */
export function signatures(text: string, signers: readonly NoteSigner[]): NoteSignature[] {
  if (!text.endsWith('\n') || !isNoteSafe(text)) {
    throw new NoteError('malformed-note', 'a note text is Unicode without control characters, ending in a newline');
  }
  const message = Buffer.from(text, 'utf8');
  return signers.map((signer) => {
    if (!isValidKeyName(signer.name)) throw new NoteError('invalid-signer', `"${signer.name}" cannot be a key name`);
    const id = Buffer.alloc(4);
    id.writeUInt32BE(signer.keyId);
    const base64 = encodeBase64(Buffer.concat([id, signer.sign(message)]));
    return { name: signer.name, keyId: signer.keyId, base64 };
  });
}

/**
 * The note `text` signed by `signers`. Signatures it already had (`existing`) are kept, after
 * those whose key signs again are dropped; new signatures come last, as in Go's note.Sign.
 */
export function signNote(
  text: string,
  signers: readonly NoteSigner[],
  existing: readonly NoteSignature[] = [],
): string {
  const fresh = signatures(text, signers);
  const signing = new Set(signers.map((s) => keyLabel(s.name, s.keyId)));
  const kept = existing.filter((old) => {
    const raw = decodeBase64(old.base64);
    if (!isValidKeyName(old.name) || raw === undefined || raw.length < 5 || raw.readUInt32BE(0) !== old.keyId) {
      throw new NoteError('malformed-note', `the existing signature of ${old.name} is not well formed`);
    }
    return !signing.has(keyLabel(old.name, old.keyId));
  });
  return `${text}\n${[...kept, ...fresh].map(signatureLine).join('')}`;
}

/** A note's text and signature lines, unchecked; refuses what is not a note, saying why. */
export function parseNote(message: string | Uint8Array): { text: string; signatures: NoteSignature[] } {
  let note: string;
  if (typeof message === 'string') note = message;
  else {
    try {
      note = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(message);
    } catch {
      throw new NoteError('malformed-note', 'the note is not UTF-8');
    }
  }
  if (!isNoteSafe(note)) throw new NoteError('malformed-note', 'the note holds a control character or is not Unicode');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed-note', 'no blank line separates the text from its signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block === '' || !block.endsWith('\n')) {
    throw new NoteError('malformed-note', 'the signature lines must follow the blank line, each ending in a newline');
  }
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > maxSignatures) throw new NoteError('malformed-note', `more than ${maxSignatures} signatures`);
  const found = lines.map((line) => {
    if (!line.startsWith('— ')) throw new NoteError('malformed-note', `"${line}" is not a signature line`);
    const [name, base64] = splitOnce(line.slice(2), ' ');
    const raw = decodeBase64(base64);
    if (!isValidKeyName(name) || raw === undefined || raw.length < 5) {
      throw new NoteError('malformed-note', `"${line}" is not "— <key name> <base64 signature>"`);
    }
    return { name, keyId: raw.readUInt32BE(0), base64 };
  });
  return { text, signatures: found };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/**
 * Opens a note: every signature from a known key must verify (else `invalid-signature`), at
 * least one must (else `unverified-note`, with the note attached); signatures from other keys are
 * kept as unverified. Repeated signatures of one key, and repeated identical unknown lines, count once.
 */
export function openNote(message: string | Uint8Array, known: readonly NoteVerifier[]): OpenedNote {
  const { text, signatures: found } = parseNote(message);
  const byKey = new Map<string, NoteVerifier[]>();
  for (const v of known) {
    const label = keyLabel(v.name, v.keyId);
    byKey.set(label, [...(byKey.get(label) ?? []), v]);
  }
  const signed = Buffer.from(text, 'utf8');
  const opened: OpenedNote = { text, verified: [], unverified: [] };
  const seen = new Set<string>();
  const seenUnknown = new Set<string>();
  for (const signature of found) {
    const label = keyLabel(signature.name, signature.keyId);
    const verifiers = byKey.get(label);
    if (!verifiers) {
      const line = signatureLine(signature);
      if (!seenUnknown.has(line)) opened.unverified.push(signature);
      seenUnknown.add(line);
      continue;
    }
    if (verifiers.length > 1) throw new NoteError('ambiguous-key', `ambiguous key ${label}`);
    if (seen.has(label)) continue;
    seen.add(label);
    const raw = decodeBase64(signature.base64)!;
    if (!verifiers[0]!.verify(signed, raw.subarray(4))) {
      throw new NoteError('invalid-signature', `invalid signature for key ${label}`);
    }
    opened.verified.push(signature);
  }
  if (opened.verified.length === 0) {
    throw new NoteError('unverified-note', 'note has no verifiable signatures', opened);
  }
  return opened;
}

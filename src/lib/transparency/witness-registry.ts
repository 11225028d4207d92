import { CheckpointError, openCheckpoint, parseCheckpoint, type Checkpoint } from './checkpoint.ts';
import { cosignatureTime, parseCosignerKey } from './cosignature.ts';
import {
  keyLabel,
  NoteError,
  openNote,
  parseNote,
  signNote,
  type NoteSignature,
  type NoteVerifier,
} from './signed-note.ts';

/**
 * The witnesses the portal's operator has registered (an operator setting, not a source's
 * statement), and what the portal does with the cosignatures they send: keep the valid ones of
 * checkpoints it signed, and publish them with the checkpoint.
 */

export interface RegisteredWitness {
  name: string;
  /** Its verifier key text, `name+hash+base64(0x04 || key)`. */
  keyText: string;
  verifier: NoteVerifier;
}

export class WitnessRegistryError extends Error {}

/** The registry from its setting: cosigner key texts separated by spaces, commas or newlines. */
export function parseWitnessRegistry(setting: string | undefined): RegisteredWitness[] {
  const texts = (setting ?? '').split(/[\s,]+/).filter((text) => text !== '');
  const witnesses = texts.map((keyText) => {
    try {
      const { verifier } = parseCosignerKey(keyText);
      return { name: verifier.name, keyText, verifier };
    } catch (error) {
      const reason = error instanceof NoteError ? error.reason : String(error);
      throw new WitnessRegistryError(`the witness key ${keyText} cannot be used: ${reason}`);
    }
  });
  const names = witnesses.map((w) => w.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new WitnessRegistryError(`the witness ${repeated} is registered twice`);
  return witnesses;
}

/** A cosignature as the portal keeps it. */
export interface KeptCosignature {
  origin: string;
  treeSize: number;
  /** base64 */
  rootHash: string;
  witnessName: string;
  keyId: number;
  /** The signature line's base64: key id, time, Ed25519 signature. */
  signature: string;
  cosignedAt: Date;
}

export type CosignatureIntake =
  | { kind: 'accepted'; checkpoint: Checkpoint; cosignatures: KeptCosignature[] }
  /** The note carries no signature of a registered witness; `witnesses` names those it does carry. */
  | { kind: 'unknown-witness'; reason: string; witnesses: string[] }
  /** Not a checkpoint this log signed. */
  | { kind: 'not-ours'; reason: string }
  /** Not a note, a bad witness signature, or a time in the future. */
  | { kind: 'malformed'; reason: string };

/** How far ahead of the portal's clock a witness's clock may run. */
const clockSkewSeconds = 300;

/**
 * Reads a checkpoint a witness sends back: it must carry the log's own signature (so it is a
 * checkpoint the portal signed) and at least one valid cosignature of a registered witness.
 */
export function readCosignedCheckpoint(
  note: string,
  log: { origin: string; verifier: NoteVerifier },
  witnesses: readonly RegisteredWitness[],
  now: Date,
): CosignatureIntake {
  let checkpoint: Checkpoint;
  try {
    checkpoint = openCheckpoint(note, log.origin, log.verifier).checkpoint;
  } catch (error) {
    if (error instanceof NoteError && error.code === 'malformed-note')
      return { kind: 'malformed', reason: error.reason };
    if (error instanceof NoteError || error instanceof CheckpointError)
      return { kind: 'not-ours', reason: error.reason };
    throw error;
  }
  let cosigned: NoteSignature[];
  try {
    cosigned = openNote(
      note,
      witnesses.map((w) => w.verifier),
    ).verified;
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    if (error.code === 'unverified-note') {
      const names = error.note?.unverified.filter((s) => s.name !== log.verifier.name).map((s) => s.name) ?? [];
      return {
        kind: 'unknown-witness',
        reason: names.length ? `${names.join(', ')} is not a registered witness` : 'the note carries no cosignature',
        witnesses: names,
      };
    }
    return { kind: 'malformed', reason: error.reason };
  }
  const cosignatures: KeptCosignature[] = [];
  for (const signature of cosigned) {
    const time = cosignatureTime(signature)!;
    if (time > now.getTime() / 1000 + clockSkewSeconds) {
      return { kind: 'malformed', reason: `${signature.name}'s cosignature is dated in the future` };
    }
    cosignatures.push({
      origin: checkpoint.origin,
      treeSize: checkpoint.size,
      rootHash: checkpoint.rootHash.toString('base64'),
      witnessName: signature.name,
      keyId: signature.keyId,
      signature: signature.base64,
      cosignedAt: new Date(time * 1000),
    });
  }
  return { kind: 'accepted', checkpoint, cosignatures };
}

/**
 * The signed checkpoint with the kept cosignatures of registered witnesses added as signature
 * lines (c2sp.org/tlog-cosignature), for the checkpoint's address and /ledger. Cosignatures of
 * another checkpoint, of a witness no longer registered or already on the note are left out.
 */
export function withCosignatures(
  note: string,
  kept: readonly KeptCosignature[],
  witnesses: readonly RegisteredWitness[],
): string {
  const { text, signatures } = parseNote(note);
  const checkpoint = parseCheckpoint(text);
  const root = checkpoint.rootHash.toString('base64');
  const registered = new Set(witnesses.map((w) => keyLabel(w.name, w.verifier.keyId)));
  const present = new Set(signatures.map((s) => keyLabel(s.name, s.keyId)));
  const added: NoteSignature[] = [];
  for (const c of kept) {
    const label = keyLabel(c.witnessName, c.keyId);
    if (c.treeSize !== checkpoint.size || c.rootHash !== root || !registered.has(label) || present.has(label)) continue;
    present.add(label);
    added.push({ name: c.witnessName, keyId: c.keyId, base64: c.signature });
  }
  return signNote(text, [], [...signatures, ...added]);
}

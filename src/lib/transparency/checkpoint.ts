import { decodeBase64, encodeBase64, hasControlCharacter } from './encoding.ts';
import { NoteError, openNote, type NoteVerifier, type OpenedNote } from './signed-note.ts';

/**
 * C2SP transparency log checkpoints (https://c2sp.org/tlog-checkpoint): the note text
 * `<origin>\n<tree size>\n<base64 root hash>\n` and optional non-empty extension lines.
 */
export interface Checkpoint {
  /** The log's identity, e.g. `chungtay.example.vn/log`. */
  origin: string;
  /** Number of leaves. Kept to safe integers: a larger size is refused, not rounded. */
  size: number;
  /** RFC 6962 root hash (SHA-256, 32 bytes). */
  rootHash: Buffer;
  extensions: string[];
}

export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
  readonly reason: string;

  constructor(reason: string) {
    super(`malformed checkpoint: ${reason}`);
    this.reason = reason;
  }
}

const decimal = /^(?:0|[1-9][0-9]*)$/;

function checkLine(line: string, what: string): void {
  if (line === '') throw new CheckpointError(`the ${what} is empty`);
  if (line.includes('\n')) throw new CheckpointError(`the ${what} spans lines`);
  if (!line.isWellFormed() || hasControlCharacter(line, false)) {
    throw new CheckpointError(`the ${what} holds a control character or is not Unicode`);
  }
}

/** The checkpoint's note text (what the log signs). */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  checkLine(checkpoint.origin, 'origin');
  if (!Number.isSafeInteger(checkpoint.size) || checkpoint.size < 0) {
    throw new CheckpointError('the tree size is not a whole number of leaves');
  }
  if (checkpoint.rootHash.length !== 32) throw new CheckpointError('the root hash is not 32 bytes');
  for (const line of checkpoint.extensions) checkLine(line, 'extension line');
  const lines = [
    checkpoint.origin,
    String(checkpoint.size),
    encodeBase64(checkpoint.rootHash),
    ...checkpoint.extensions,
  ];
  return lines.map((line) => `${line}\n`).join('');
}

/** Reads a checkpoint's note text strictly: any deviation is refused with its reason. */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new CheckpointError('the text does not end in a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw new CheckpointError('fewer than three lines (origin, tree size, root hash)');
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  checkLine(origin, 'origin');
  if (!decimal.test(sizeLine)) throw new CheckpointError(`the tree size "${sizeLine}" is not a decimal number`);
  const size = Number(sizeLine);
  if (!Number.isSafeInteger(size)) throw new CheckpointError(`the tree size ${sizeLine} is too large`);
  const rootHash = decodeBase64(rootLine);
  if (rootHash === undefined) throw new CheckpointError(`the root hash "${rootLine}" is not base64`);
  if (rootHash.length !== 32) throw new CheckpointError(`the root hash is ${rootHash.length} bytes, not 32`);
  for (const line of extensions) checkLine(line, 'extension line');
  return { origin, size, rootHash, extensions };
}

export interface OpenedCheckpoint {
  checkpoint: Checkpoint;
  note: OpenedNote;
}

/**
 * A signed checkpoint from `origin`, verified with the log's key. Signatures of other keys
 * (witnesses) are kept as unverified for the caller to check. Throws NoteError when the log's
 * signature is missing or wrong, CheckpointError when the text is not a checkpoint of `origin`.
 */
export function openCheckpoint(note: string | Uint8Array, origin: string, logKey: NoteVerifier): OpenedCheckpoint {
  const opened = openNote(note, [logKey]);
  if (!opened.verified.some((s) => s.name === logKey.name && s.keyId === logKey.keyId)) {
    throw new NoteError('unverified-note', `the checkpoint is not signed by ${logKey.name}`, opened);
  }
  const checkpoint = parseCheckpoint(opened.text);
  if (checkpoint.origin !== origin) {
    throw new CheckpointError(`the origin is "${checkpoint.origin}", expected "${origin}"`);
  }
  return { checkpoint, note: opened };
}

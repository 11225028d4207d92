import { CheckpointError, openCheckpoint, type Checkpoint } from './checkpoint.ts';
import { cosign } from './cosignature.ts';
import { verifyConsistency } from './merkle.ts';
import { keyLabel, NoteError, signNote, type NoteSigner, type NoteVerifier } from './signed-note.ts';

/**
 * What a witness decides about a log's new checkpoint (c2sp.org/tlog-witness's rules, pulled
 * rather than pushed): it cosigns only a checkpoint signed by the log's key and consistent with
 * the last one it cosigned, so the log cannot show two histories without one witness noticing.
 */

/** What a witness keeps per log between runs. */
export interface WitnessView {
  origin: string;
  /** The log's verifier key text, pinned on first use. */
  logKey: string;
  size: number;
  /** base64 */
  rootHash: string;
  /** The signed checkpoint as received: evidence, should the log later disagree with it. */
  note: string;
}

export type WitnessOutcome =
  /** Signed by the log and consistent with the view: cosigned. `note` carries the cosignature line. */
  | { kind: 'cosigned'; checkpoint: Checkpoint; note: string; view: WitnessView }
  /** Two different roots for one size: the log signed two histories. */
  | { kind: 'split-view'; reason: string; checkpoint: Checkpoint; note: string }
  /** The new tree does not extend the one the witness saw: history was changed. */
  | { kind: 'rewrite'; reason: string; checkpoint: Checkpoint; note: string }
  /** Smaller than the tree already seen: an old checkpoint, not cosigned again. */
  | { kind: 'stale'; reason: string; checkpoint: Checkpoint }
  /** Not a checkpoint of this log signed by its key. */
  | { kind: 'refused'; reason: string };

export interface WitnessInput {
  /** The signed checkpoint as fetched. */
  note: string;
  origin: string;
  logKey: { text: string; verifier: NoteVerifier };
  /** The view kept from the last run; undefined on the first. */
  previous: WitnessView | undefined;
  /** The log's consistency proof between two sizes. */
  consistencyProof: (oldSize: number, newSize: number) => Promise<Buffer[]>;
  cosigner: NoteSigner;
}

export async function witnessCheckpoint(input: WitnessInput): Promise<WitnessOutcome> {
  let opened;
  try {
    opened = openCheckpoint(input.note, input.origin, input.logKey.verifier);
  } catch (error) {
    if (error instanceof NoteError && error.code === 'unverified-note') {
      const label = keyLabel(input.logKey.verifier.name, input.logKey.verifier.keyId);
      return { kind: 'refused', reason: `the checkpoint is not signed by the log's key ${label}` };
    }
    if (error instanceof NoteError || error instanceof CheckpointError) {
      return { kind: 'refused', reason: error.message };
    }
    throw error;
  }
  const { checkpoint } = opened;
  const previous = input.previous;
  if (previous) {
    const oldRoot = Buffer.from(previous.rootHash, 'base64');
    if (checkpoint.size === previous.size && !checkpoint.rootHash.equals(oldRoot)) {
      return {
        kind: 'split-view',
        reason: `tree size ${checkpoint.size} has root ${checkpoint.rootHash.toString('base64')}, but the witness saw ${previous.rootHash}`,
        checkpoint,
        note: input.note,
      };
    }
    if (checkpoint.size < previous.size) {
      return {
        kind: 'stale',
        reason: `tree size ${checkpoint.size} is smaller than the ${previous.size} already cosigned`,
        checkpoint,
      };
    }
    if (checkpoint.size > previous.size && previous.size > 0) {
      const proof = await input.consistencyProof(previous.size, checkpoint.size);
      if (!verifyConsistency(previous.size, checkpoint.size, oldRoot, checkpoint.rootHash, proof)) {
        return {
          kind: 'rewrite',
          reason: `the tree of ${checkpoint.size} does not extend the tree of ${previous.size} the witness saw (root ${previous.rootHash}): the consistency proof fails`,
          checkpoint,
          note: input.note,
        };
      }
    }
  }
  const cosignature = cosign(opened.note.text, input.cosigner);
  const note = signNote(opened.note.text, [], [...opened.note.verified, cosignature]);
  const view: WitnessView = {
    origin: input.origin,
    logKey: input.logKey.text,
    size: checkpoint.size,
    rootHash: checkpoint.rootHash.toString('base64'),
    note: input.note,
  };
  return { kind: 'cosigned', checkpoint, note, view };
}

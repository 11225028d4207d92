import { z } from 'zod';
import { CheckpointError, openCheckpoint } from './checkpoint.ts';
import { decodeBase64, encodeBase64 } from './encoding.ts';
import { receiptLeafData } from './log-records.ts';
import { leafHash, verifyInclusion, type Hash } from './merkle.ts';
import { NoteError, type NoteVerifier } from './signed-note.ts';
import type { SignedReceipt } from '../receipts/receipt.ts';

/**
 * What a receipt carries beside its signed data so that it verifies offline: its place in the
 * transparency log, the audit path, and the signed checkpoint the path leads to. Anyone holding
 * the log's verifier key checks that the log committed to this very receipt; a checkpoint a
 * witness saw later proves, by a consistency proof, that it still does.
 */
export const receiptLogProofSchema = z.strictObject({
  /** The leaf's number in the log, from 0. */
  index: z.number().int().nonnegative(),
  /** The audit path, leaf first, each hash base64. */
  proof: z.array(z.string()).max(64),
  /** The signed checkpoint (C2SP tlog-checkpoint note) the path leads to. */
  checkpoint: z.string().max(10_000),
  /** When the portal signed that checkpoint, as the portal states it (a checkpoint itself carries no time). */
  checkpointSignedAt: z.iso.datetime().optional(),
});
export type ReceiptLogProof = z.infer<typeof receiptLogProofSchema>;

/** A receipt file as served: signed data, signature and, once logged, its inclusion proof. */
export type ProvenReceipt = SignedReceipt & { transparency?: ReceiptLogProof };

/** A record's proof (as `proveRecord` gives it) in the form a receipt carries. */
export function receiptLogProof(proof: {
  index: number;
  proof: Hash[];
  checkpoint: { note: string; signedAt: Date };
}): ReceiptLogProof {
  return {
    index: proof.index,
    proof: proof.proof.map(encodeBase64),
    checkpoint: proof.checkpoint.note,
    checkpointSignedAt: proof.checkpoint.signedAt.toISOString(),
  };
}

export type ReceiptProofProblem = 'noProof' | 'malformedProof' | 'checkpointUnsigned' | 'notIncluded';

export type ReceiptProofCheck =
  { ok: true; index: number; size: number } | { ok: false; problem: ReceiptProofProblem; detail: string };

/**
 * Checks a receipt file's inclusion proof offline, with the log's verifier key and origin: the
 * checkpoint must be signed by the log, and the path must lead from this receipt, exactly as it
 * was signed, to the checkpoint's root.
 */
export function checkReceiptProof(file: unknown, origin: string, logKey: NoteVerifier): ReceiptProofCheck {
  const envelope = z
    .object({ body: z.unknown(), signature: z.string(), transparency: z.unknown().optional() })
    .safeParse(file);
  if (!envelope.success || envelope.data.transparency === undefined)
    return { ok: false, problem: 'noProof', detail: 'the receipt carries no inclusion proof in the transparency log' };
  const parsed = receiptLogProofSchema.safeParse(envelope.data.transparency);
  const path = parsed.success ? parsed.data.proof.map(decodeBase64) : [];
  if (!parsed.success || path.some((hash) => hash === undefined))
    return { ok: false, problem: 'malformedProof', detail: 'the inclusion proof is not in the log’s format' };
  let size: number;
  let root: Buffer;
  try {
    ({ size, rootHash: root } = openCheckpoint(parsed.data.checkpoint, origin, logKey).checkpoint);
  } catch (error) {
    if (!(error instanceof NoteError || error instanceof CheckpointError)) throw error;
    return {
      ok: false,
      problem: 'checkpointUnsigned',
      detail: `the checkpoint is not one signed by the log ${origin}: ${error.reason}`,
    };
  }
  const leaf = leafHash(Buffer.from(receiptLeafData({ body: envelope.data.body, signature: envelope.data.signature })));
  if (!verifyInclusion(parsed.data.index, size, leaf, path as Buffer[], root))
    return {
      ok: false,
      problem: 'notIncluded',
      detail: `the proof does not lead from this receipt to the root of the log's checkpoint of ${size} records: the receipt or its proof was altered`,
    };
  return { ok: true, index: parsed.data.index, size };
}

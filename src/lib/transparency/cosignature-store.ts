import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { transparencyCosignatures } from '../../../db/schema/index.ts';
import { readEnvironment } from '../config/environment.ts';
import { parseCheckpoint } from './checkpoint.ts';
import { parseNote } from './signed-note.ts';
import {
  parseWitnessRegistry,
  withCosignatures,
  type KeptCosignature,
  type RegisteredWitness,
} from './witness-registry.ts';

/** The witnesses this installation registers (TRANSPARENCY_WITNESSES). */
export function portalWitnesses(): RegisteredWitness[] {
  return parseWitnessRegistry(readEnvironment().TRANSPARENCY_WITNESSES);
}

/** Keeps cosignatures; one a witness has sent before for the same checkpoint is kept once. How many were new. */
export async function keepCosignatures(db: Queryable, cosignatures: readonly KeptCosignature[]): Promise<number> {
  if (cosignatures.length === 0) return 0;
  const added = await db
    .insert(transparencyCosignatures)
    .values([...cosignatures])
    .onConflictDoNothing()
    .returning({ id: transparencyCosignatures.id });
  return added.length;
}

/** The cosignatures kept of one checkpoint, first received first. */
export async function cosignaturesOf(
  db: Queryable,
  checkpoint: { origin: string; size: number; rootHash: string },
): Promise<KeptCosignature[]> {
  return db
    .select({
      origin: transparencyCosignatures.origin,
      treeSize: transparencyCosignatures.treeSize,
      rootHash: transparencyCosignatures.rootHash,
      witnessName: transparencyCosignatures.witnessName,
      keyId: transparencyCosignatures.keyId,
      signature: transparencyCosignatures.signature,
      cosignedAt: transparencyCosignatures.cosignedAt,
    })
    .from(transparencyCosignatures)
    .where(
      and(
        eq(transparencyCosignatures.origin, checkpoint.origin),
        eq(transparencyCosignatures.treeSize, checkpoint.size),
        eq(transparencyCosignatures.rootHash, checkpoint.rootHash),
      ),
    )
    .orderBy(asc(transparencyCosignatures.id));
}

export interface WitnessedCheckpoint {
  /** The signed note with the cosignature lines of registered witnesses. */
  note: string;
  size: number;
  /** Who cosigned it, as the portal publishes it on /ledger. */
  witnesses: { name: string; keyText: string; cosignedAt: Date }[];
}

/** A checkpoint the log signed (its note), with the cosignatures of registered witnesses. */
export async function witnessedCheckpoint(
  db: Queryable,
  signed: string,
  witnesses: readonly RegisteredWitness[] = portalWitnesses(),
): Promise<WitnessedCheckpoint> {
  const checkpoint = parseCheckpoint(parseNote(signed).text);
  const kept = await cosignaturesOf(db, {
    origin: checkpoint.origin,
    size: checkpoint.size,
    rootHash: checkpoint.rootHash.toString('base64'),
  });
  const note = withCosignatures(signed, kept, witnesses);
  const shown = new Set(parseNote(note).signatures.map((s) => `${s.name}+${s.keyId}`));
  const cosigned = witnesses.flatMap((w) => {
    const first = kept.find((c) => c.witnessName === w.name && c.keyId === w.verifier.keyId);
    return first && shown.has(`${w.name}+${w.verifier.keyId}`)
      ? [{ name: w.name, keyText: w.keyText, cosignedAt: first.cosignedAt }]
      : [];
  });
  return { note, size: checkpoint.size, witnesses: cosigned };
}

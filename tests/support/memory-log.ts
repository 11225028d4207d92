import {
  leafHash,
  storedHashCount,
  storedHashesForLeaf,
  storedHashIndex,
  type Hash,
  type HashReader,
} from '../../src/lib/transparency/merkle.ts';

/**
 * A transparency log kept in memory the way the database keeps it (every stored hash, by its
 * index), for tests that need proofs without a database. `reads` counts the hashes read.
 */
export async function memoryLog(data: Uint8Array[]): Promise<{ read: HashReader; reads: { count: number } }> {
  const stored: Hash[] = [];
  const reads = { count: 0 };
  const read: HashReader = async (indexes) => {
    reads.count += indexes.length;
    return indexes.map((index) => {
      const hash = stored[index];
      if (!hash) throw new Error(`hash ${index} is not stored yet`);
      return hash;
    });
  };
  for (const [n, leaf] of data.entries()) {
    if (stored.length !== storedHashIndex(0, n)) throw new Error(`leaf ${n} would be stored out of place`);
    stored.push(...(await storedHashesForLeaf(n, leafHash(leaf), read)));
    if (stored.length !== storedHashCount(n + 1)) throw new Error(`leaf ${n} stored a wrong number of hashes`);
  }
  return { read, reads };
}

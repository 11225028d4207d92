import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryLog } from '../support/memory-log.ts';
import {
  consistencyProof,
  emptyTreeHash,
  inclusionProof,
  leafHash,
  nodeHash,
  storedHashCount,
  treeHash,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type HashReader,
} from '../../src/lib/transparency/merkle.ts';

/*
 * Known answers from transparency-dev/merkle, the RFC 6962 implementation behind Trillian and
 * Certificate Transparency: the leaves of testonly/constants.go (`LeafInputs`), the roots of every
 * size (`RootHashes`), and the proofs of proof/verify_test.go (`inclusionProofs`, whose leaf
 * numbers count from 1, and `consistencyProofs`) and testonly/reference_test.go.
 */
const hex = (text: string) => Buffer.from(text, 'hex');
const leaves = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(
  hex,
);
const roots = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map(hex);
const inclusionVectors = [
  { index: 0, size: 8, proof: ['96a296d2', '5f083f0a', '6b47aaf2'] },
  { index: 5, size: 8, proof: ['bc1a0643', 'ca854ea1', 'd37ee418'] },
  { index: 2, size: 3, proof: ['fac54203'] },
  { index: 1, size: 5, proof: ['6e340b9c', '5f083f0a', 'bc1a0643'] },
  { index: 0, size: 2, proof: ['96a296d2'] },
  { index: 1, size: 2, proof: ['6e340b9c'] },
];
const consistencyVectors = [
  { oldSize: 1, newSize: 8, proof: ['96a296d2', '5f083f0a', '6b47aaf2'] },
  { oldSize: 6, newSize: 8, proof: ['0ebc5d34', 'ca854ea1', 'd37ee418'] },
  { oldSize: 2, newSize: 5, proof: ['5f083f0a', 'bc1a0643'] },
  { oldSize: 6, newSize: 7, proof: ['0ebc5d34', 'b08693ec', 'd37ee418'] },
];
const full: Record<string, string> = Object.fromEntries(
  [
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
  ].map((hash) => [hash.slice(0, 8), hash]),
);
const expand = (prefixes: string[]) => prefixes.map((prefix) => hex(full[prefix]!));
const asHex = (hashes: Hash[]) => hashes.map((hash) => hash.toString('hex'));

/** RFC 6962 §2.1's definitions, word for word, over all the leaves: the reference to compare with. */
function split(n: number) {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
function referenceRoot(data: Buffer[]): Hash {
  if (data.length === 0) return emptyTreeHash;
  if (data.length === 1) return leafHash(data[0]!);
  const k = split(data.length);
  return nodeHash(referenceRoot(data.slice(0, k)), referenceRoot(data.slice(k)));
}
function referencePath(m: number, data: Buffer[]): Hash[] {
  if (data.length <= 1) return [];
  const k = split(data.length);
  return m < k
    ? [...referencePath(m, data.slice(0, k)), referenceRoot(data.slice(k))]
    : [...referencePath(m - k, data.slice(k)), referenceRoot(data.slice(0, k))];
}
function referenceSubproof(m: number, data: Buffer[], complete: boolean): Hash[] {
  const n = data.length;
  if (m === n) return complete ? [] : [referenceRoot(data)];
  const k = split(n);
  return m <= k
    ? [...referenceSubproof(m, data.slice(0, k), complete), referenceRoot(data.slice(k))]
    : [...referenceSubproof(m - k, data.slice(k), false), referenceRoot(data.slice(0, k))];
}

describe('the Merkle tree of RFC 6962', () => {
  it('hashes every size of the reference tree to the known roots', async () => {
    const { read } = await MemoryLog.of(leaves);
    for (let size = 0; size <= leaves.length; size++)
      expect((await treeHash(size, read)).equals(roots[size]!)).toBe(true);
  });

  it('proves inclusion with the known audit paths, and each path verifies', async () => {
    const { read } = await MemoryLog.of(leaves);
    for (const { index, size, proof } of inclusionVectors) {
      const path = await inclusionProof(index, size, read);
      expect(asHex(path)).toEqual(asHex(expand(proof)));
      expect(verifyInclusion(index, size, leafHash(leaves[index]!), path, roots[size]!)).toBe(true);
    }
  });

  it('proves consistency with the known proofs, and each proof verifies', async () => {
    const { read } = await MemoryLog.of(leaves);
    for (const { oldSize, newSize, proof } of consistencyVectors) {
      const made = await consistencyProof(oldSize, newSize, read);
      expect(asHex(made)).toEqual(asHex(expand(proof)));
      expect(verifyConsistency(oldSize, newSize, roots[oldSize]!, roots[newSize]!, made)).toBe(true);
    }
  });

  it('refuses an audit path altered in any way transparency-dev tries', async () => {
    const { read } = await MemoryLog.of(leaves);
    const someHash = hex('abacaba000000000000000000000000000000000000000000060061e00123456');
    for (const { index, size } of inclusionVectors) {
      const path = await inclusionProof(index, size, read);
      const leaf = leafHash(leaves[index]!);
      const root = roots[size]!;
      const wrong: [number, number, Hash, Hash[], Hash][] = [
        [index - 1, size, leaf, path, root],
        [index + 1, size, leaf, path, root],
        [index ^ 2, size, leaf, path, root],
        [index, size * 2, leaf, path, root],
        [index, Math.floor(size / 2), leaf, path, root],
        [index, size, leafHash(Buffer.from('WrongLeaf')), path, root],
        [index, size, leaf, path, emptyTreeHash],
        [index, size, leaf, path, someHash],
        [index, size, leaf, [...path, Buffer.alloc(0)], root],
        [index, size, leaf, [...path, root], root],
        [index, size, leaf, [Buffer.alloc(0), ...path], root],
        [index, size, leaf, [root, ...path], root],
        [index, size, leaf, path.slice(0, -1), root],
        ...path.map((_, i): [number, number, Hash, Hash[], Hash] => {
          const flipped = path.map((hash) => Buffer.from(hash));
          flipped[i]![0]! ^= 8;
          return [index, size, leaf, flipped, root];
        }),
      ];
      if (path.length > 1) wrong.push([index, size, leaf, [path[0]!, someHash, ...path.slice(1)], root]);
      for (const [i, n, l, p, r] of wrong) expect(verifyInclusion(i, n, l, p, r)).toBe(false);
    }
  });

  it('refuses a consistency proof altered in any way transparency-dev tries', async () => {
    const { read } = await MemoryLog.of(leaves);
    for (const { oldSize, newSize } of consistencyVectors) {
      const proof = await consistencyProof(oldSize, newSize, read);
      const [oldRoot, newRoot] = [roots[oldSize]!, roots[newSize]!];
      const wrong: [number, number, Hash, Hash, Hash[]][] = [
        [oldSize - 1, newSize, oldRoot, newRoot, proof],
        [oldSize + 1, newSize, oldRoot, newRoot, proof],
        [oldSize ^ 2, newSize, oldRoot, newRoot, proof],
        [oldSize, newSize * 2, oldRoot, newRoot, proof],
        [oldSize, Math.floor(newSize / 2), oldRoot, newRoot, proof],
        [oldSize, newSize, Buffer.from('WrongRoot'), newRoot, proof],
        [oldSize, newSize, oldRoot, Buffer.from('WrongRoot'), proof],
        [oldSize, newSize, newRoot, oldRoot, proof],
        [oldSize, newSize, oldRoot, newRoot, []],
        [oldSize, newSize, oldRoot, newRoot, [...proof, Buffer.alloc(0)]],
        [oldSize, newSize, oldRoot, newRoot, [...proof, oldRoot]],
        [oldSize, newSize, oldRoot, newRoot, [...proof, newRoot]],
        [oldSize, newSize, oldRoot, newRoot, [Buffer.alloc(0), ...proof]],
        [oldSize, newSize, oldRoot, newRoot, [oldRoot, ...proof]],
        [oldSize, newSize, oldRoot, newRoot, [newRoot, ...proof]],
        [oldSize, newSize, oldRoot, newRoot, [proof[0]!, ...proof]],
        [oldSize, newSize, oldRoot, newRoot, proof.slice(0, -1)],
        ...proof.map((_, i): [number, number, Hash, Hash, Hash[]] => {
          const flipped = proof.map((hash) => Buffer.from(hash));
          flipped[i]![0]! ^= 16;
          return [oldSize, newSize, oldRoot, newRoot, flipped];
        }),
      ];
      for (const [m, n, a, b, p] of wrong) expect(verifyConsistency(m, n, a, b, p)).toBe(false);
    }
  });

  it('agrees with the RFC definitions at every size, leaf and pair of sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 8 }), { minLength: 1, maxLength: 40 }), async (arrays) => {
        const data = arrays.map((array) => Buffer.from(array));
        const { read } = await MemoryLog.of(data);
        for (let size = 1; size <= data.length; size++) {
          const root = await treeHash(size, read);
          expect(root.equals(referenceRoot(data.slice(0, size)))).toBe(true);
          for (let index = 0; index < size; index++) {
            const path = await inclusionProof(index, size, read);
            expect(asHex(path)).toEqual(asHex(referencePath(index, data.slice(0, size))));
            expect(verifyInclusion(index, size, leafHash(data[index]!), path, root)).toBe(true);
          }
          for (let oldSize = 1; oldSize <= size; oldSize++) {
            const proof = await consistencyProof(oldSize, size, read);
            const expected = oldSize === size ? [] : referenceSubproof(oldSize, data.slice(0, size), true);
            expect(asHex(proof)).toEqual(asHex(expected));
            expect(verifyConsistency(oldSize, size, await treeHash(oldSize, read), root, proof)).toBe(true);
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('reads a few dozen stored hashes for a proof, not the log', async () => {
    const data = Array.from({ length: 5000 }, (_, i) => Buffer.from(String(i)));
    const log = await MemoryLog.of(data);
    const reads = { count: 0 };
    const read: HashReader = (indexes) => {
      reads.count += indexes.length;
      return log.read(indexes);
    };
    const path = await inclusionProof(1234, 4999, read);
    expect(path.length).toBeLessThanOrEqual(Math.ceil(Math.log2(4999)));
    expect(reads.count).toBeLessThan(13 * 13);
    expect(storedHashCount(2_000_000)).toBeLessThan(2 * 2_000_000);
  });

  it('refuses to prove what no tree of that size holds', async () => {
    const { read } = await MemoryLog.of(leaves);
    await expect(inclusionProof(8, 8, read)).rejects.toThrow(RangeError);
    await expect(inclusionProof(-1, 8, read)).rejects.toThrow(RangeError);
    await expect(consistencyProof(5, 4, read)).rejects.toThrow(RangeError);
  });
});

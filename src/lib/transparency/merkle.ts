import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 6962 §2.1 (RFC 9162 §2.1): SHA-256, a leaf hashed as H(0x00 ‖ data), an
 * inner node as H(0x01 ‖ left ‖ right), the tree of n leaves split at the largest power of two
 * below n. Proofs have the RFC's shape, so any RFC 6962 verifier (Certificate Transparency, Go's
 * checksum database, transparency-dev) checks them.
 *
 * Hashes are kept as Go's golang.org/x/mod/sumdb/tlog keeps them: every complete subtree's hash,
 * written once when its last leaf arrives, numbered by `storedHashIndex`. A tree head or a proof at
 * any size then needs at most a few dozen stored hashes, read at once, whatever the log's size.
 */

export type Hash = Buffer;

export const hashSize = 32;

const sha256 = (...parts: Uint8Array[]): Hash => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** The hash of a tree with no leaves: SHA-256 of nothing (RFC 6962 §2.1). */
export const emptyTreeHash: Hash = sha256();

export function leafHash(data: Uint8Array): Hash {
  return sha256(Buffer.of(0x00), data);
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return sha256(Buffer.of(0x01), left, right);
}

/** Reads stored hashes by their indexes, answering in the same order. */
export type HashReader = (indexes: number[]) => Promise<Hash[]>;

/** The largest power of two below n (n ≥ 2), with its exponent. */
function largestPowerOfTwoBelow(n: number): { k: number; level: number } {
  let level = 0;
  while (2 ** (level + 1) < n) level++;
  return { k: 2 ** level, level };
}

/** Trailing one bits of n: how many subtrees leaf n completes. */
function trailingOnes(n: number): number {
  let count = 0;
  for (let rest = n; rest % 2 === 1; rest = Math.floor(rest / 2)) count++;
  return count;
}

/**
 * Where the hash of the `n`th complete subtree of `level` (2^level leaves) is stored. Leaf n's hash
 * comes right after the hashes completed by leaf n − 1, and each subtree's hash right after the
 * hash of the leaf or subtree that completed it.
 */
export function storedHashIndex(level: number, n: number): number {
  let leaf = n;
  for (let l = level; l > 0; l--) leaf = 2 * leaf + 1;
  let index = 0;
  for (let rest = leaf; rest > 0; rest = Math.floor(rest / 2)) index += rest;
  return index + level;
}

/** How many hashes a tree of `size` leaves stores. */
export function storedHashCount(size: number): number {
  if (size === 0) return 0;
  return storedHashIndex(0, size - 1) + 1 + trailingOnes(size - 1);
}

/**
 * The hashes to store when leaf `n` (numbered from 0) is appended, in index order from
 * `storedHashIndex(0, n)`: the leaf's and those of the subtrees it completes.
 */
export async function storedHashesForLeaf(n: number, hash: Hash, read: HashReader): Promise<Hash[]> {
  const completed = trailingOnes(n);
  // The left siblings, largest first; n >> i is odd for each i below `completed`.
  const indexes = Array.from({ length: completed }, (_, j) => {
    const i = completed - 1 - j;
    return storedHashIndex(i, Math.floor(n / 2 ** i) - 1);
  });
  const siblings = completed > 0 ? await read(indexes) : [];
  const hashes = [hash];
  let current = hash;
  for (let i = 0; i < completed; i++) {
    current = nodeHash(siblings[completed - 1 - i]!, current);
    hashes.push(current);
  }
  return hashes;
}

/** The stored subtrees that make up leaves [lo, hi), largest first. */
function subtreeIndexes(lo: number, hi: number, into: number[]): number[] {
  let from = lo;
  while (from < hi) {
    const { k, level } = largestPowerOfTwoBelow(hi - from + 1);
    into.push(storedHashIndex(level, from / k));
    from += k;
  }
  return into;
}

/** The hash of leaves [lo, hi) from the hashes `subtreeIndexes` named, and what is left of them. */
function subtreeHash(lo: number, hi: number, hashes: Hash[]): [Hash, Hash[]] {
  let parts = 0;
  for (let from = lo; from < hi; parts++) from += largestPowerOfTwoBelow(hi - from + 1).k;
  let hash = hashes[parts - 1]!;
  for (let i = parts - 2; i >= 0; i--) hash = nodeHash(hashes[i]!, hash);
  return [hash, hashes.slice(parts)];
}

/**
 * The stored hashes of the largest complete subtrees making up a tree of `size` leaves, left to
 * right: all that leaves appended after it combine with.
 */
export function frontierIndexes(size: number): number[] {
  return subtreeIndexes(0, size, []);
}

/** The root hash of the tree's first `size` leaves. */
export async function treeHash(size: number, read: HashReader): Promise<Hash> {
  if (size === 0) return emptyTreeHash;
  const [hash] = subtreeHash(0, size, await read(subtreeIndexes(0, size, [])));
  return hash;
}

function inclusionIndexes(lo: number, hi: number, n: number, into: number[]): number[] {
  if (lo + 1 === hi) return into;
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (n < lo + k) return subtreeIndexes(lo + k, hi, inclusionIndexes(lo, lo + k, n, into));
  return inclusionIndexes(lo + k, hi, n, subtreeIndexes(lo, lo + k, into));
}

function inclusionPath(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (lo + 1 === hi) return [[], hashes];
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (n < lo + k) {
    const [path, rest] = inclusionPath(lo, lo + k, n, hashes);
    const [sibling, left] = subtreeHash(lo + k, hi, rest);
    return [[...path, sibling], left];
  }
  const [sibling, rest] = subtreeHash(lo, lo + k, hashes);
  const [path, left] = inclusionPath(lo + k, hi, n, rest);
  return [[...path, sibling], left];
}

/** The audit path of leaf `index` in the tree of `size` leaves (RFC 6962 §2.1.1), leaf first. */
export async function inclusionProof(index: number, size: number, read: HashReader): Promise<Hash[]> {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size))
    throw new RangeError(`no leaf ${index} in a tree of ${size}`);
  const indexes = inclusionIndexes(0, size, index, []);
  return indexes.length ? inclusionPath(0, size, index, await read(indexes))[0] : [];
}

function consistencyIndexes(lo: number, hi: number, n: number, into: number[]): number[] {
  if (n === hi) return lo === 0 ? into : subtreeIndexes(lo, hi, into);
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (n <= lo + k) return subtreeIndexes(lo + k, hi, consistencyIndexes(lo, lo + k, n, into));
  return consistencyIndexes(lo + k, hi, n, subtreeIndexes(lo, lo + k, into));
}

function consistencyPath(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (n === hi) {
    if (lo === 0) return [[], hashes];
    const [hash, rest] = subtreeHash(lo, hi, hashes);
    return [[hash], rest];
  }
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (n <= lo + k) {
    const [path, rest] = consistencyPath(lo, lo + k, n, hashes);
    const [sibling, left] = subtreeHash(lo + k, hi, rest);
    return [[...path, sibling], left];
  }
  const [sibling, rest] = subtreeHash(lo, lo + k, hashes);
  const [path, left] = consistencyPath(lo + k, hi, n, rest);
  return [[...path, sibling], left];
}

/**
 * The proof that the tree of `oldSize` leaves is the first part of the tree of `newSize`
 * (RFC 6962 §2.1.2). Empty when the sizes are equal or the old tree is empty.
 */
export async function consistencyProof(oldSize: number, newSize: number, read: HashReader): Promise<Hash[]> {
  if (!(Number.isSafeInteger(oldSize) && Number.isSafeInteger(newSize) && oldSize >= 0 && oldSize <= newSize))
    throw new RangeError(`no consistency proof from ${oldSize} to ${newSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  const indexes = consistencyIndexes(0, newSize, oldSize, []);
  return indexes.length ? consistencyPath(0, newSize, oldSize, await read(indexes))[0] : [];
}

/** The root an audit path leads to, or undefined when the path cannot be one for that leaf and size. */
function rootFromInclusion(path: Hash[], lo: number, hi: number, n: number, leaf: Hash): Hash | undefined {
  if (lo + 1 === hi) return path.length === 0 ? leaf : undefined;
  if (path.length === 0) return undefined;
  const { k } = largestPowerOfTwoBelow(hi - lo);
  const sibling = path.at(-1)!;
  const rest = path.slice(0, -1);
  if (n < lo + k) {
    const inner = rootFromInclusion(rest, lo, lo + k, n, leaf);
    return inner && nodeHash(inner, sibling);
  }
  const inner = rootFromInclusion(rest, lo + k, hi, n, leaf);
  return inner && nodeHash(sibling, inner);
}

const wellFormed = (hashes: Hash[]) => hashes.every((hash) => hash.length === hashSize);

/** Whether `path` proves the leaf hashed `leaf` is leaf `index` of the tree of `size` whose root is `root`. */
export function verifyInclusion(index: number, size: number, leaf: Hash, path: Hash[], root: Hash): boolean {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) return false;
  if (!wellFormed([leaf, root, ...path])) return false;
  const computed = rootFromInclusion(path, 0, size, index, leaf);
  return computed !== undefined && computed.equals(root);
}

/** Both roots a consistency proof leads to, the old tree's and the new one's. */
function rootsFromConsistency(
  proof: Hash[],
  lo: number,
  hi: number,
  n: number,
  oldRoot: Hash,
): [Hash, Hash] | undefined {
  if (n === hi) {
    if (lo === 0) return proof.length === 0 ? [oldRoot, oldRoot] : undefined;
    return proof.length === 1 ? [proof[0]!, proof[0]!] : undefined;
  }
  if (proof.length === 0) return undefined;
  const { k } = largestPowerOfTwoBelow(hi - lo);
  const sibling = proof.at(-1)!;
  const rest = proof.slice(0, -1);
  if (n <= lo + k) {
    const inner = rootsFromConsistency(rest, lo, lo + k, n, oldRoot);
    return inner && [inner[0], nodeHash(inner[1], sibling)];
  }
  const inner = rootsFromConsistency(rest, lo + k, hi, n, oldRoot);
  return inner && [nodeHash(sibling, inner[0]), nodeHash(sibling, inner[1])];
}

/**
 * Whether `proof` shows the tree of `oldSize` leaves with root `oldRoot` is the start of the tree of
 * `newSize` leaves with root `newRoot`: nothing the old tree held was changed or removed.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Hash,
  newRoot: Hash,
  proof: Hash[],
): boolean {
  if (!(Number.isSafeInteger(oldSize) && Number.isSafeInteger(newSize) && oldSize >= 0 && oldSize <= newSize))
    return false;
  if (!wellFormed([oldRoot, newRoot, ...proof])) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0;
  const roots = rootsFromConsistency(proof, 0, newSize, oldSize, oldRoot);
  return roots !== undefined && roots[0].equals(oldRoot) && roots[1].equals(newRoot);
}

import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CheckpointError,
  formatCheckpoint,
  openCheckpoint,
  parseCheckpoint,
} from '../../src/lib/transparency/checkpoint.ts';
import { ed25519Signer, ed25519Verifier, NoteError, signNote } from '../../src/lib/transparency/signed-note.ts';

/** The C2SP tlog-checkpoint specification's example (repository C2SP/C2SP, tlog-checkpoint.md). */
const specBody = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
const specNote =
  `${specBody}\n` +
  '— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n';

/**
 * Go's golang.org/x/mod/sumdb/tlog note_test.go (repository golang/mod, sumdb/tlog/note_test.go):
 * a tree of 123456789012 leaves whose hash is RecordHash("hello world"), the RFC 6962 leaf hash.
 */
const goTree = 'go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n';
const helloWorldLeaf = createHash('sha256')
  .update(Buffer.from([0]))
  .update('hello world')
  .digest();

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CheckpointError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('checkpoint text', () => {
  it("reads the specification's example", () => {
    const checkpoint = parseCheckpoint(specBody);
    expect(checkpoint.origin).toBe('example.com/behind-the-sofa');
    expect(checkpoint.size).toBe(20852163);
    expect(checkpoint.rootHash.toString('base64')).toBe('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=');
    expect(checkpoint.extensions).toEqual([]);
    expect(formatCheckpoint(checkpoint)).toBe(specBody);
  });

  it("reads and writes Go's tree note, whose hash is the leaf hash of hello world", () => {
    const checkpoint = parseCheckpoint(goTree);
    expect(checkpoint.size).toBe(123456789012);
    expect(checkpoint.rootHash.equals(helloWorldLeaf)).toBe(true);
    expect(
      formatCheckpoint({
        origin: 'go.sum database tree',
        size: 123456789012,
        rootHash: helloWorldLeaf,
        extensions: [],
      }),
    ).toBe(goTree);
  });

  it('keeps extension lines in order', () => {
    const text = `${specBody}extension one\nextension two\n`;
    expect(parseCheckpoint(text).extensions).toEqual(['extension one', 'extension two']);
    expect(formatCheckpoint(parseCheckpoint(text))).toBe(text);
  });

  it('reads the empty tree as size 0', () => {
    const empty = createHash('sha256').digest();
    expect(parseCheckpoint(`log\n0\n${empty.toString('base64')}\n`).size).toBe(0);
  });

  it.each([
    ['a size in hex, from Go', 'go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n'],
    [
      'a root that is not base64, from Go',
      'go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n',
    ],
    ['no final newline', specBody.slice(0, -1)],
    ['two lines', 'example.com/behind-the-sofa\n20852163\n'],
    ['an empty origin', `\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n`],
    ['a size with a leading zero', 'log\n020852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['a negative size', 'log\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['a size beyond safe integers', 'log\n9007199254740993\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['a root of 31 bytes', `log\n1\n${Buffer.alloc(31).toString('base64')}\n`],
    ['a root without padding', 'log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n'],
    ['an empty extension line', `${specBody}\nextension\n`],
    ['a control character in the origin', 'lo\tg\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
  ])('refuses %s, saying why', (_, text) => {
    expect(reasonOf(() => parseCheckpoint(text))).toMatch(/\w/);
  });

  it('refuses to write what it could not read back', () => {
    const rootHash = Buffer.alloc(32);
    expect(reasonOf(() => formatCheckpoint({ origin: 'a\nb', size: 1, rootHash, extensions: [] }))).toMatch(/spans/);
    expect(reasonOf(() => formatCheckpoint({ origin: 'log', size: -1, rootHash, extensions: [] }))).toMatch(/size/);
    expect(reasonOf(() => formatCheckpoint({ origin: 'log', size: 1.5, rootHash, extensions: [] }))).toMatch(/size/);
    expect(
      reasonOf(() => formatCheckpoint({ origin: 'log', size: 1, rootHash: Buffer.alloc(3), extensions: [] })),
    ).toMatch(/32/);
    expect(reasonOf(() => formatCheckpoint({ origin: 'log', size: 1, rootHash, extensions: [''] }))).toMatch(/empty/);
  });
});

describe('signed checkpoints', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const origin = 'chungtay.example/log';
  const body = formatCheckpoint({ origin, size: 7, rootHash: helloWorldLeaf, extensions: [] });
  const note = signNote(body, [ed25519Signer(origin, privateKey)]);

  it("opens a checkpoint signed by the log's key", () => {
    const opened = openCheckpoint(note, origin, ed25519Verifier(origin, publicKey));
    expect(opened.checkpoint.size).toBe(7);
    expect(opened.note.verified).toHaveLength(1);
  });

  it('refuses one signed by another key, or from another origin', () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(() => openCheckpoint(note, origin, ed25519Verifier(origin, other))).toThrow(NoteError);
    expect(() => openCheckpoint(note, 'other.example/log', ed25519Verifier(origin, publicKey))).toThrow(
      CheckpointError,
    );
  });

  it("keeps the specification example's signature as unverified when its key is unknown", () => {
    try {
      openCheckpoint(specNote, 'example.com/behind-the-sofa', ed25519Verifier(origin, publicKey));
      expect.unreachable();
    } catch (error) {
      expect((error as NoteError).code).toBe('unverified-note');
      expect((error as NoteError).note?.unverified.map((s) => s.name)).toEqual(['example.com/behind-the-sofa']);
    }
  });
});

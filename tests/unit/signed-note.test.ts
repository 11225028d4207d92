import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ed25519Signer,
  ed25519SignerKey,
  ed25519Verifier,
  ed25519VerifierKey,
  generateNoteKey,
  keyIdOf,
  NoteError,
  openNote,
  parseNote,
  parseSignerKey,
  parseVerifierKey,
  signNote,
  type NoteSigner,
} from '../../src/lib/transparency/signed-note.ts';

/*
 * Vectors from Go's golang.org/x/mod/sumdb/note, note_test.go (repository golang/mod, path
 * sumdb/note/note_test.go): the PeterNeumann and EnochRoot keys, the signed Neumann quote and
 * the cases of TestNewVerifier, TestNewSigner, TestSign, TestVerifierList and TestOpen.
 */
const peterKey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const peterSignerKey = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const enochKey = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const peterSig =
  '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const enochSig =
  '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';
const peter = {
  name: 'PeterNeumann',
  keyId: 0xc74f20a3,
  base64: 'x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=',
};
const enoch = {
  name: 'EnochRoot',
  keyId: 0xaf0cfe78,
  base64: 'rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=',
};

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof NoteError) return error.code;
    throw error;
  }
  return undefined;
}

/** Every proper substring and every one-byte increment of `key`, as Go's tests mangle keys. */
function manglings(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= key.length; i++) {
    for (let j = i + 1; j <= key.length; j++) if (i !== 0 || j !== key.length) out.push(key.slice(i, j));
  }
  for (let i = 0; i < key.length; i++) {
    out.push(key.slice(0, i) + String.fromCharCode(key.charCodeAt(i) + 1) + key.slice(i + 1));
  }
  return out;
}

describe('verifier keys', () => {
  it("reads Go's PeterNeumann verifier key", () => {
    const verifier = parseVerifierKey(peterKey);
    expect(verifier.name).toBe('PeterNeumann');
    expect(verifier.keyId).toBe(0xc74f20a3);
  });

  it('refuses every substring and every one-character change of the key', () => {
    const accepted = manglings(peterKey).filter((k) => codeOf(() => parseVerifierKey(k)) === undefined);
    expect(accepted).toEqual([]);
  });

  it('refuses a key of the wrong length and an unknown algorithm, even with their hashes adjusted', () => {
    expect(
      codeOf(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')),
    ).toBe('malformed-key');
    expect(codeOf(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'))).toBe(
      'unknown-algorithm',
    );
  });

  it('computes the key id as SHA-256(name, newline, type, key)[:4]', () => {
    const raw = Buffer.from('ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'base64').subarray(1);
    expect(keyIdOf('PeterNeumann', 0x01, raw)).toBe(0xc74f20a3);
  });

  it('refuses names with spaces or a plus', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    expect(codeOf(() => ed25519VerifierKey('Peter Neumann', publicKey))).toBe('malformed-key');
    expect(codeOf(() => ed25519VerifierKey('Peter\u00a0Neumann', publicKey))).toBe('malformed-key');
    expect(codeOf(() => ed25519VerifierKey('a+b', publicKey))).toBe('malformed-key');
    expect(codeOf(() => ed25519VerifierKey('', publicKey))).toBe('malformed-key');
  });
});

describe('signer keys', () => {
  it("reads Go's PeterNeumann signer key, whose public half is the verifier key", () => {
    const signer = parseSignerKey(peterSignerKey);
    expect(signer.name).toBe('PeterNeumann');
    expect(signer.keyId).toBe(0xc74f20a3);
  });

  it('refuses every substring and every one-character change of the signer key', () => {
    const accepted = manglings(peterSignerKey).filter((k) => codeOf(() => parseSignerKey(k)) === undefined);
    expect(accepted).toEqual([]);
  });

  it('makes key pairs whose texts read back and sign for each other', () => {
    const { signerKey, verifierKey } = generateNoteKey('chungtay.example/log');
    const signer = parseSignerKey(signerKey);
    const verifier = parseVerifierKey(verifierKey);
    expect(signer.keyId).toBe(verifier.keyId);
    const note = signNote('hi\n', [signer]);
    expect(openNote(note, [verifier]).verified).toHaveLength(1);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    expect(ed25519SignerKey('x', privateKey)).toMatch(/^PRIVATE\+KEY\+x\+[0-9a-f]{8}\+/);
    expect(parseSignerKey(ed25519SignerKey('x', privateKey)).keyId).toBe(ed25519Verifier('x', publicKey).keyId);
  });
});

describe('signing', () => {
  const want = `${text}\n${peterSig}`;

  it("signs the Neumann quote exactly as Go's note.Sign does", () => {
    expect(signNote(text, [parseSignerKey(peterSignerKey)])).toBe(want);
  });

  it("replaces the signer's existing signature", () => {
    const stale = { name: 'PeterNeumann', keyId: 0xc74f20a3, base64: 'x08go/ZJ' };
    expect(signNote(text, [parseSignerKey(peterSignerKey)], [stale])).toBe(want);
  });

  it('keeps other existing signatures before the new one', () => {
    expect(signNote(text, [parseSignerKey(peterSignerKey)], [enoch])).toBe(`${text}\n${enochSig}${peterSig}`);
  });

  it('refuses a text without a final newline, a bad existing signature and a signer with a bad name', () => {
    const signer = parseSignerKey(peterSignerKey);
    expect(codeOf(() => signNote('abc', [signer]))).toBe('malformed-note');
    expect(codeOf(() => signNote(text, [], [{ name: 'a+b', keyId: 0, base64: 'ABCD' }]))).toBe('malformed-note');
    expect(codeOf(() => signNote(text, [], [{ name: 'PeterNeumann', keyId: 0xc74f20a3, base64: 'BADHASH=' }]))).toBe(
      'malformed-note',
    );
    const badName: NoteSigner = { ...signer, name: 'bad name' };
    expect(codeOf(() => signNote(text, [badName]))).toBe('invalid-signer');
  });
});

describe('opening notes', () => {
  const peterVerifier = parseVerifierKey(peterKey);
  const enochVerifier = parseVerifierKey(enochKey);

  it('verifies the known key and keeps the unknown one as unverified', () => {
    const note = openNote(`${text}\n${peterSig}${enochSig}`, [peterVerifier]);
    expect(note.text).toBe(text);
    expect(note.verified).toEqual([peter]);
    expect(note.unverified).toEqual([enoch]);
  });

  it('verifies both when both keys are known', () => {
    const note = openNote(`${text}\n${peterSig}${enochSig}`, [peterVerifier, enochVerifier]);
    expect(note.verified).toEqual([peter, enoch]);
    expect(note.unverified).toEqual([]);
  });

  it('refuses a note with no signature from a known key, handing back what it read', () => {
    try {
      openNote(`${text}\n${peterSig}${enochSig}`, []);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NoteError);
      const noteError = error as NoteError;
      expect(noteError.code).toBe('unverified-note');
      expect(noteError.reason).toBe('note has no verifiable signatures');
      expect(noteError.note?.verified).toEqual([]);
      expect(noteError.note?.unverified).toEqual([peter, enoch]);
    }
  });

  it('refuses an ambiguous key only when a signature needs it', () => {
    expect(codeOf(() => openNote(`${text}\n${enochSig}`, [enochVerifier, peterVerifier, enochVerifier]))).toBe(
      'ambiguous-key',
    );
    expect(openNote(`${text}\n${peterSig}`, [enochVerifier, peterVerifier, enochVerifier]).verified).toEqual([peter]);
  });

  it('refuses more than 100 signatures', () => {
    expect(codeOf(() => openNote(`${text}\n${peterSig.repeat(101)}`, [peterVerifier]))).toBe('malformed-note');
    expect(codeOf(() => openNote(`${text}\n${peterSig.repeat(101)}`, []))).toBe('malformed-note');
  });

  it('refuses a note whose known signature does not verify', () => {
    const corrupted = `${peterSig.slice(0, 60)}ABCD${peterSig.slice(60)}`;
    try {
      openNote(`${text}\n${corrupted}`, [peterVerifier]);
      expect.unreachable();
    } catch (error) {
      expect((error as NoteError).code).toBe('invalid-signature');
      expect((error as NoteError).reason).toBe('invalid signature for key PeterNeumann+c74f20a3');
    }
  });

  it('counts repeated signatures once and keeps distinct unknown ones', () => {
    // Go inserts ABCD at byte 60 of the line; the em dash is three bytes, one character here.
    const enochABCD = {
      ...enoch,
      base64: 'rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5nABCD2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=',
    };
    const enochCorrupt = `— EnochRoot ${enochABCD.base64}\n`;
    const note = openNote(`${text}\n${peterSig}${peterSig}${enochSig}${enochSig}${enochCorrupt}`, [peterVerifier]);
    expect(note.verified).toEqual([peter]);
    expect(note.unverified).toEqual([enoch, enochABCD]);
  });

  it.each([
    ['no blank line', text],
    ['no signature after the blank line', `${text}\n`],
    ['a signature line without its newline', `${text}\n${peterSig.slice(0, -1)}`],
    ['a control character', `\u0001${text}\n${peterSig}`],
    ['a name with a space', `${text}\n— Bad Name ${peter.base64}`],
    ['a line that is no signature', `${text}\n${peterSig}Unexpected line.\n`],
    ['a signature too short for its key id', `${text}\n— PeterNeumann AAAA\n`],
    ['a signature that is not canonical base64', `${text}\n— PeterNeumann ${peter.base64.slice(0, -1)}\n`],
  ])('refuses a malformed note: %s', (_, message) => {
    expect(codeOf(() => openNote(message, [peterVerifier]))).toBe('malformed-note');
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xff]), Buffer.from(`${text}\n${peterSig}`)]);
    expect(codeOf(() => openNote(bytes, [peterVerifier]))).toBe('malformed-note');
    expect(openNote(Buffer.from(`${text}\n${peterSig}`), [peterVerifier]).verified).toEqual([peter]);
  });

  it("parses the signed-note specification's example, whose text has a blank line inside", () => {
    // c2sp.org/signed-note (repository C2SP/C2SP, signed-note.md): the last blank line separates.
    const example =
      'Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned è subito sera.\n\n' +
      '— quasimodo.example/salvatore NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=\n';
    const parsed = parseNote(example);
    expect(parsed.text).toBe(
      'Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned è subito sera.\n',
    );
    expect(parsed.signatures).toEqual([
      {
        name: 'quasimodo.example/salvatore',
        keyId: 0x367ba04b,
        base64: 'NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=',
      },
    ]);
    expect(codeOf(() => openNote(example, [peterVerifier]))).toBe('unverified-note');
  });

  it('signs and verifies with keys made by node:crypto', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const note = signNote('chungtay.example/log\n3\nAAAA\n', [ed25519Signer('chungtay.example/log', privateKey)]);
    const verifier = parseVerifierKey(ed25519VerifierKey('chungtay.example/log', publicKey));
    expect(openNote(note, [verifier]).verified).toHaveLength(1);
    expect(codeOf(() => openNote(note.replace('\n3\n', '\n4\n'), [verifier]))).toBe('invalid-signature');
  });
});

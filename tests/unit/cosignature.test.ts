import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cosign,
  cosignatureKeyId,
  cosignatureTime,
  cosignatureVerifier,
  cosignedMessage,
  cosigner,
  cosignerKeyText,
  parseCosignerKey,
} from '../../src/lib/transparency/cosignature.ts';
import {
  ed25519PrivateKey,
  ed25519Signer,
  ed25519Verifier,
  keyIdOf,
  NoteError,
  openNote,
  parseNote,
  signatureLine,
  signNote,
} from '../../src/lib/transparency/signed-note.ts';

/** The C2SP tlog-cosignature specification's example (repository C2SP/C2SP, tlog-cosignature.md). */
const specBody = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
const specNote =
  `${specBody}\n` +
  '— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n' +
  '— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n';
const specSignedMessage =
  'cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';

/** A fixed key, so the vectors below are reproducible: the seed is 32 bytes of 0x07. */
const seed = Buffer.alloc(32, 7);
const witnessKey = ed25519PrivateKey(seed);
const witnessName = 'witness.example.vn/bao-nhan-dan';
const witnessPublicKey = createPublicKey(witnessKey);

describe('the signed message', () => {
  it("is the specification's example for its checkpoint and time", () => {
    expect(cosignedMessage(specBody, 1679315147)).toBe(specSignedMessage);
  });

  it("reads the time of the specification's example cosignature, the time of its signed message", () => {
    const [, cosignature] = parseNote(specNote).signatures;
    expect(cosignature?.name).toBe('witness.example.com/w1');
    expect(cosignature && cosignatureTime(cosignature)).toBe(1679315147);
  });

  it('refuses a time that is not whole seconds', () => {
    expect(() => cosignedMessage(specBody, -1)).toThrow(RangeError);
    expect(() => cosignedMessage(specBody, 1.5)).toThrow(RangeError);
  });
});

describe('cosigning', () => {
  const publicKey = generateKeyPairSync('ed25519').publicKey;
  const witnessPublic = parseCosignerKey(cosignerKeyText(witnessName, witnessPublicKey));

  it('uses key ids of type 0x04, distinct from the same key as a plain Ed25519 signer', () => {
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    expect(cosignatureKeyId('w', publicKey)).toBe(keyIdOf('w', 0x04, raw));
    expect(cosignatureKeyId('w', publicKey)).not.toBe(ed25519Verifier('w', publicKey).keyId);
  });

  it('writes a signature of key id, 8-byte big-endian time and Ed25519 signature, over the v1 message', () => {
    const signature = cosign(
      specBody,
      cosigner(witnessName, witnessKey, () => 1679315147),
    );
    const raw = Buffer.from(signature.base64, 'base64');
    expect(raw).toHaveLength(4 + 8 + 64);
    expect(raw.readUInt32BE(0)).toBe(witnessPublic.verifier.keyId);
    expect(raw.readBigUInt64BE(4)).toBe(1679315147n);
    expect(cosignatureTime(signature)).toBe(1679315147);
    // Ed25519 is deterministic: the signature is that of the spec's signed message by this key.
    const plain = ed25519Signer('any', witnessKey).sign(Buffer.from(specSignedMessage));
    expect(raw.subarray(12).equals(plain)).toBe(true);
  });

  it("verifies a cosignature added to the log's note, alongside the log's signature", () => {
    const log = generateKeyPairSync('ed25519');
    const logNote = signNote(specBody, [ed25519Signer('example.com/behind-the-sofa', log.privateKey)]);
    const opened = openNote(logNote, [ed25519Verifier('example.com/behind-the-sofa', log.publicKey)]);
    const cosigned = signNote(
      opened.text,
      [],
      [...opened.verified, cosign(opened.text, cosigner(witnessName, witnessKey))],
    );
    const both = openNote(cosigned, [
      ed25519Verifier('example.com/behind-the-sofa', log.publicKey),
      witnessPublic.verifier,
    ]);
    expect(both.verified.map((s) => s.name)).toEqual(['example.com/behind-the-sofa', witnessName]);
  });

  it('refuses a cosignature moved to another checkpoint, or with its time changed', () => {
    const line = signatureLine(
      cosign(
        specBody,
        cosigner(witnessName, witnessKey, () => 1700000000),
      ),
    );
    const moved = `${specBody.replace('20852163', '20852164')}\n${line}`;
    expect(() => openNote(moved, [witnessPublic.verifier])).toThrow(NoteError);
    const raw = Buffer.from(line.split(' ')[2]!.trim(), 'base64');
    raw.writeBigUInt64BE(1700000001n, 4);
    const retimed = `${specBody}\n— ${witnessName} ${raw.toString('base64')}\n`;
    expect(() => openNote(retimed, [witnessPublic.verifier])).toThrow(/invalid signature/);
    expect(openNote(`${specBody}\n${line}`, [witnessPublic.verifier]).verified).toHaveLength(1);
  });

  it('refuses a plain Ed25519 signature offered as a cosignature by the same key', () => {
    const plain = signNote(specBody, [ed25519Signer(witnessName, witnessKey)]);
    // Different type byte, different key id: the plain signature is simply not the witness's.
    expect(() => openNote(plain, [cosignatureVerifier(witnessName, witnessPublic.publicKey)])).toThrow(/no verifiable/);
  });

  it('reads back its verifier key text and refuses a key of another type', () => {
    const text = cosignerKeyText(witnessName, witnessPublicKey);
    expect(text).toMatch(new RegExp(`^${witnessName}\\+[0-9a-f]{8}\\+B[A-P]`));
    expect(parseCosignerKey(text).verifier.keyId).toBe(witnessPublic.verifier.keyId);
    expect(() => parseCosignerKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow(
      /not a v1 cosignature/,
    );
  });

  it('gives no time for a signature of the wrong length', () => {
    expect(cosignatureTime({ name: 'w', keyId: 0, base64: Buffer.alloc(70).toString('base64') })).toBeUndefined();
  });
});

import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatCheckpoint } from '../../src/lib/transparency/checkpoint.ts';
import { cosign, cosigner, cosignerKeyText } from '../../src/lib/transparency/cosignature.ts';
import {
  ed25519Signer,
  ed25519Verifier,
  ed25519VerifierKey,
  parseNote,
  signNote,
} from '../../src/lib/transparency/signed-note.ts';
import { catalogues } from '../../src/lib/i18n/messages.ts';
import { cosignatureAnswer } from '../../src/lib/transparency/cosignature-answer.ts';
import { readCosignatureAnswer } from '../../src/lib/transparency/witness-protocol.ts';
import {
  parseWitnessRegistry,
  readCosignedCheckpoint,
  withCosignatures,
  WitnessRegistryError,
  type KeptCosignature,
} from '../../src/lib/transparency/witness-registry.ts';

const origin = 'chungtay.example.vn/transparency-log';
const logKey = generateKeyPairSync('ed25519');
const log = { origin, verifier: ed25519Verifier(origin, logKey.publicKey) };
const newspaper = generateKeyPairSync('ed25519').privateKey;
const university = generateKeyPairSync('ed25519').privateKey;
const keyText = (name: string, key: typeof newspaper) => cosignerKeyText(name, createPublicKey(key));
const registry = parseWitnessRegistry(
  `${keyText('news.example.vn/witness', newspaper)}, ${keyText('uni.example.edu.vn/witness', university)}`,
);
const now = new Date('2026-12-01T10:00:00Z');
const at = (date: Date) => () => Math.floor(date.getTime() / 1000);

const text = formatCheckpoint({ origin, size: 42, rootHash: Buffer.alloc(32, 9), extensions: [] });
const logSigned = signNote(text, [ed25519Signer(origin, logKey.privateKey)]);
const cosignedBy = (name: string, key: typeof newspaper, time = now) =>
  signNote(text, [], [...parseNote(logSigned).signatures, cosign(text, cosigner(name, key, at(time)))]);

describe('the witness register (an operator setting)', () => {
  it('reads keys separated by commas, spaces or newlines, and nothing from an empty setting', () => {
    expect(registry.map((w) => w.name)).toEqual(['news.example.vn/witness', 'uni.example.edu.vn/witness']);
    expect(parseWitnessRegistry(undefined)).toEqual([]);
    expect(parseWitnessRegistry('  \n ')).toEqual([]);
  });

  it('refuses a plain note key, a mangled key and a witness registered twice, naming the key', () => {
    const plain = ed25519VerifierKey('news.example.vn/witness', createPublicKey(newspaper));
    expect(() => parseWitnessRegistry(plain)).toThrow(/not a v1 cosignature/);
    expect(() => parseWitnessRegistry('news.example.vn/witness+00000000+BAAA')).toThrow(WitnessRegistryError);
    const twice = keyText('news.example.vn/witness', newspaper);
    expect(() => parseWitnessRegistry(`${twice} ${twice}`)).toThrow(/registered twice/);
  });
});

describe('a cosignature sent back', () => {
  it('is kept when the log signed the checkpoint and a registered witness cosigned it', () => {
    const intake = readCosignedCheckpoint(cosignedBy('news.example.vn/witness', newspaper), log, registry, now);
    expect(intake).toMatchObject({
      kind: 'accepted',
      cosignatures: [{ origin, treeSize: 42, witnessName: 'news.example.vn/witness', cosignedAt: now }],
    });
  });

  it('is refused from a witness nobody registered', () => {
    const stranger = generateKeyPairSync('ed25519').privateKey;
    expect(readCosignedCheckpoint(cosignedBy('stranger.example/w', stranger), log, registry, now)).toEqual({
      kind: 'unknown-witness',
      reason: 'stranger.example/w is not a registered witness',
      witnesses: ['stranger.example/w'],
    });
    expect(readCosignedCheckpoint(logSigned, log, registry, now)).toMatchObject({ kind: 'unknown-witness' });
  });

  it('is refused for a checkpoint the log did not sign', () => {
    const forged = signNote(text, [ed25519Signer(origin, generateKeyPairSync('ed25519').privateKey)]);
    const note = signNote(
      text,
      [],
      [...parseNote(forged).signatures, cosign(text, cosigner('news.example.vn/witness', newspaper, at(now)))],
    );
    expect(readCosignedCheckpoint(note, log, registry, now)).toMatchObject({ kind: 'not-ours' });
  });

  it('is refused when a registered key’s name is borrowed, or the time lies ahead', () => {
    // The university's name with the newspaper's key: the key id does not match, so it is no registered witness.
    expect(
      readCosignedCheckpoint(cosignedBy('uni.example.edu.vn/witness', newspaper), log, registry, now),
    ).toMatchObject({
      kind: 'unknown-witness',
    });
    const ahead = new Date(now.getTime() + 3_600_000);
    expect(readCosignedCheckpoint(cosignedBy('news.example.vn/witness', newspaper, ahead), log, registry, now)).toEqual(
      {
        kind: 'malformed',
        reason: "news.example.vn/witness's cosignature is dated in the future",
      },
    );
    expect(readCosignedCheckpoint('not a note', log, registry, now)).toMatchObject({ kind: 'malformed' });
  });
});

describe("the portal's answer to a cosignature", () => {
  const stranger = generateKeyPairSync('ed25519').privateKey;
  const sent = {
    kept: cosignedBy('news.example.vn/witness', newspaper),
    unknown_witness: cosignedBy('stranger.example/w', stranger),
    not_ours: signNote(text, [ed25519Signer(origin, generateKeyPairSync('ed25519').privateKey)]),
    malformed: 'not a note',
  };

  it('says what became of it in Vietnamese and English, with the status and outcome witnesses read', () => {
    const statuses = { kept: 200, unknown_witness: 403, not_ours: 409, malformed: 400 };
    for (const [outcome, note] of Object.entries(sent) as [keyof typeof statuses, string][]) {
      const intake = readCosignedCheckpoint(note, log, registry, now);
      const answer = cosignatureAnswer(intake, 1, catalogues);
      expect({ outcome, status: answer.status, said: answer.outcome }).toEqual({
        outcome,
        status: statuses[outcome],
        said: outcome,
      });
      const words = (answer.body.message ?? answer.body.error) as { vi: string; en: string };
      expect(words.vi).not.toBe(words.en);
      expect(words.vi.length).toBeGreaterThan(10);
      // What the witness prints: the English, and on a refusal the parser's detail.
      const printed = readCosignatureAnswer(JSON.stringify(answer.body));
      expect(printed.startsWith(words.en)).toBe(true);
      if (intake.kind !== 'accepted') expect(printed).toContain(intake.reason);
    }
    const again = cosignatureAnswer(readCosignedCheckpoint(sent.kept, log, registry, now), 0, catalogues);
    expect(again.body).toMatchObject({ outcome: 'kept_before', treeSize: 42, witnesses: ['news.example.vn/witness'] });
    expect(readCosignatureAnswer(JSON.stringify(again.body))).toBe(
      'The cosignature of news.example.vn/witness for the checkpoint of 42 records was kept before.',
    );
    const notText = cosignatureAnswer({ kind: 'not-text' }, 0, catalogues);
    expect(notText).toMatchObject({
      status: 400,
      body: { outcome: 'not_text', error: { en: 'What was sent is not UTF-8 text.' } },
    });
  });

  it('is read as it came when it is not in the portal’s shape', () => {
    expect(readCosignatureAnswer('<html>502 Bad Gateway</html>\n')).toBe('<html>502 Bad Gateway</html>');
  });
});

describe('the published checkpoint', () => {
  const kept = (name: string, key: typeof newspaper, size = 42): KeptCosignature => {
    const signature = cosign(text, cosigner(name, key, at(now)));
    return {
      origin,
      treeSize: size,
      rootHash: Buffer.alloc(32, 9).toString('base64'),
      witnessName: name,
      keyId: signature.keyId,
      signature: signature.base64,
      cosignedAt: now,
    };
  };

  it('carries the registered witnesses’ cosignatures after the log’s signature, each once', () => {
    const news = kept('news.example.vn/witness', newspaper);
    const note = withCosignatures(logSigned, [news, news, kept('uni.example.edu.vn/witness', university)], registry);
    expect(parseNote(note).signatures.map((s) => s.name)).toEqual([
      origin,
      'news.example.vn/witness',
      'uni.example.edu.vn/witness',
    ]);
  });

  it('leaves out a witness no longer registered and a cosignature of another checkpoint', () => {
    const note = withCosignatures(
      logSigned,
      [kept('news.example.vn/witness', newspaper, 41), kept('uni.example.edu.vn/witness', university)],
      registry.slice(0, 1),
    );
    expect(note).toBe(logSigned);
  });
});

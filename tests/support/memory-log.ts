import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { catalogues } from '../../src/lib/i18n/messages.ts';
import { cosignatureAnswer, type CosignatureOutcome } from '../../src/lib/transparency/cosignature-answer.ts';
import { formatCheckpoint } from '../../src/lib/transparency/checkpoint.ts';
import {
  consistencyProof,
  leafHash,
  storedHashesForLeaf,
  storedHashIndex,
  treeHash,
  type Hash,
  type HashReader,
} from '../../src/lib/transparency/merkle.ts';
import {
  ed25519Signer,
  ed25519VerifierKey,
  ed25519Verifier,
  signNote,
} from '../../src/lib/transparency/signed-note.ts';
import { createPublicKey } from 'node:crypto';
import {
  readCosignedCheckpoint,
  withCosignatures,
  type KeptCosignature,
  type RegisteredWitness,
} from '../../src/lib/transparency/witness-registry.ts';
import { witnessPaths } from '../../src/lib/transparency/witness-protocol.ts';

/** A transparency log in memory, hashed and proven by the portal's own Merkle module. */
export class MemoryLog {
  readonly #hashes: Hash[] = [];
  size = 0;
  readonly read: HashReader = async (indexes) => indexes.map((i) => this.#hashes[i]!);

  /** Appends records: text as UTF-8, or bytes as they are (the RFC's test vectors are bytes). */
  async append(...records: (string | Uint8Array)[]): Promise<void> {
    for (const record of records) {
      const data = typeof record === 'string' ? Buffer.from(record) : record;
      const hashes = await storedHashesForLeaf(this.size, leafHash(data), this.read);
      hashes.forEach((hash, i) => (this.#hashes[storedHashIndex(0, this.size) + i] = hash));
      this.size++;
    }
  }

  static async of(records: (string | Uint8Array)[]): Promise<MemoryLog> {
    const log = new MemoryLog();
    await log.append(...records);
    return log;
  }
}

/**
 * The portal's witness endpoints (src/lib/transparency/witness-protocol.ts) played by a local
 * server over a MemoryLog, signed with a real log key; the log can be swapped to play an operator
 * who rewrites history or shows two. Cosignatures are taken as the portal takes them.
 */
export class LogServer {
  log: MemoryLog;
  readonly kept: KeptCosignature[] = [];
  readonly posts: { status: number; outcome: CosignatureOutcome }[] = [];
  witnesses: RegisteredWitness[] = [];
  readonly #server: Server;
  readonly #origin: string;
  readonly #key: KeyObject;

  constructor(origin: string, key: KeyObject, log: MemoryLog) {
    this.#origin = origin;
    this.#key = key;
    this.log = log;
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.#answer(request.method!, new URL(request.url!, 'http://x'), Buffer.concat(chunks).toString('utf8')).then(
          ({ status, body, type }) => response.writeHead(status, { 'content-type': type }).end(body),
          (error: unknown) => response.writeHead(500).end(String(error)),
        );
      });
    });
  }

  get verifierKey(): string {
    return ed25519VerifierKey(this.#origin, createPublicKey(this.#key));
  }

  async checkpointNote(): Promise<string> {
    const rootHash = await treeHash(this.log.size, this.log.read);
    const text = formatCheckpoint({ origin: this.#origin, size: this.log.size, rootHash, extensions: [] });
    return signNote(text, [ed25519Signer(this.#origin, this.#key)]);
  }

  async #answer(method: string, url: URL, body: string) {
    const text = 'text/plain; charset=utf-8';
    if (method === 'GET' && url.pathname === witnessPaths.key)
      return { status: 200, body: `${this.verifierKey}\n`, type: text };
    if (method === 'GET' && url.pathname === witnessPaths.checkpoint) {
      return {
        status: 200,
        body: withCosignatures(await this.checkpointNote(), this.kept, this.witnesses),
        type: text,
      };
    }
    if (method === 'GET' && url.pathname === witnessPaths.consistency) {
      const from = Number(url.searchParams.get('from'));
      const to = Number(url.searchParams.get('to'));
      const proof = await consistencyProof(from, to, this.log.read);
      return {
        status: 200,
        body: JSON.stringify({ from, to, proof: proof.map((h) => h.toString('base64')) }),
        type: 'application/json',
      };
    }
    if (method === 'POST' && url.pathname === witnessPaths.cosignatures) {
      const log = { origin: this.#origin, verifier: ed25519Verifier(this.#origin, createPublicKey(this.#key)) };
      const intake = readCosignedCheckpoint(body, log, this.witnesses, new Date());
      if (intake.kind === 'accepted') this.kept.push(...intake.cosignatures);
      // The portal's own answer, as its route gives it.
      const {
        status,
        outcome,
        body: answer,
      } = cosignatureAnswer(intake, intake.kind === 'accepted' ? intake.cosignatures.length : 0, catalogues);
      this.posts.push({ status, outcome });
      return { status, body: JSON.stringify(answer), type: 'application/json' };
    }
    return { status: 404, body: 'not found', type: text };
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../../db/client.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { auditEventRecord } from '../../src/lib/transparency/log-records.ts';
import {
  appendToLog,
  databaseHashReader,
  lockLog,
  proveRecord,
  renewCheckpoint,
} from '../../src/lib/transparency/log-store.ts';
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  verifyInclusion,
  type HashReader,
} from '../../src/lib/transparency/merkle.ts';

export interface LogBenchResult {
  records: number;
  appendSeconds: number;
  /** The longest inclusion and consistency proofs among those sampled, in hashes. */
  longestInclusion: number;
  longestConsistency: number;
  /** The most stored hashes one proof read from the database. */
  mostHashesRead: number;
  p95Ms: number;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

/**
 * A transparency log of `records` records in a database of its own on the bench's server, filled
 * through the store as the portal fills it (a thousand records per transaction), then proven:
 * inclusion proofs of records picked across the log and consistency proofs from sizes across it,
 * each timed and counted in stored hashes read.
 */
export async function benchTransparencyLog(serverUrl: string, records: number, samples = 200): Promise<LogBenchResult> {
  const name = `log_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase(readEnvironment({ ...process.env, DATABASE_URL: url.toString() }));
  try {
    await database.migrate();
    const started = performance.now();
    // Records shaped as audit events are: a sequence and a chain hash.
    for (let from = 1; from <= records; from += 1000) {
      const batch = Array.from({ length: Math.min(1000, records - from + 1) }, (_, i) =>
        auditEventRecord({
          sequence: from + i,
          hash: createHash('sha256')
            .update(String(from + i))
            .digest('hex'),
        }),
      );
      await database.db.transaction(async (tx) => {
        await lockLog(tx);
        await appendToLog(tx, batch);
      });
    }
    const appendSeconds = (performance.now() - started) / 1000;
    const checkpoint = await renewCheckpoint(database.db);
    const root = Buffer.from(checkpoint.rootHash, 'hex');
    let read = 0;
    const counted: HashReader = (indexes) => {
      read = Math.max(read, indexes.length);
      return databaseHashReader(database.db)(indexes);
    };
    const times: number[] = [];
    let longestInclusion = 0;
    let longestConsistency = 0;
    for (let i = 0; i < samples; i++) {
      const index = Math.floor(((i + 0.5) / samples) * records);
      const start = performance.now();
      const proven = await proveRecord(database.db, `audit_event:${index + 1}`);
      times.push(performance.now() - start);
      if (typeof proven === 'string') throw new Error(`record ${index}: ${proven}`);
      if (!verifyInclusion(proven.index, checkpoint.size, leafHash(Buffer.from(proven.data)), proven.proof, root))
        throw new Error(`the inclusion proof of record ${index} does not verify`);
      longestInclusion = Math.max(longestInclusion, (await inclusionProof(index, checkpoint.size, counted)).length);
      const oldSize = Math.max(1, index);
      longestConsistency = Math.max(
        longestConsistency,
        (await consistencyProof(oldSize, checkpoint.size, counted)).length,
      );
    }
    return {
      records,
      appendSeconds,
      longestInclusion,
      longestConsistency,
      mostHashesRead: read,
      p95Ms: percentile(times, 95),
    };
  } finally {
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

import { bigint, char, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { logRecordKinds } from '../../src/lib/transparency/log-records.ts';

/**
 * The transparency log (src/lib/transparency/log-store.ts): the records of money and the audit
 * log, each once, in the order they were logged. `index` numbers the Merkle tree's leaves from 0;
 * `data` is exactly what the leaf hashes. Append-only, like every table here.
 */
export const transparencyLogRecords = pgTable(
  'transparency_log_records',
  {
    index: integer().primaryKey(),
    kind: text({ enum: logRecordKinds }).notNull(),
    /** The record, e.g. `receipt:24-000017`, `ledger_transaction:17`, `audit_event:5`. */
    subject: text().notNull().unique(),
    /** The record's place in its own chain: the ledger's sequence (a receipt: its transaction's), or the audit log's. */
    chainSequence: integer().notNull(),
    data: text().notNull(),
    loggedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.kind, t.chainSequence)],
);

/**
 * Every complete subtree's hash, numbered as src/lib/transparency/merkle.ts `storedHashIndex`
 * says: what a tree head or a proof at any size is computed from, without reading the records.
 */
export const transparencyLogHashes = pgTable('transparency_log_hashes', {
  index: bigint({ mode: 'number' }).primaryKey(),
  /** SHA-256, hex. */
  hash: char({ length: 64 }).notNull(),
});

/** Each signed checkpoint (C2SP tlog-checkpoint) the log published, one per size. */
export const transparencyCheckpoints = pgTable('transparency_checkpoints', {
  size: integer().primaryKey(),
  /** The tree's root hash, hex. */
  rootHash: char({ length: 64 }).notNull(),
  /** The signed note, exactly as published. */
  note: text().notNull(),
  signedAt: timestamp({ withTimezone: true }).notNull(),
});

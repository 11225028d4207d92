import { char, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { auditActions } from '../../src/lib/audit/audit-actions.ts';
import { officials } from './officials.ts';

/**
 * Every change made by an official: who, when, what, before and after. Append-only (a trigger
 * refuses UPDATE and DELETE) and hash-chained (src/lib/audit/audit-chain.ts); `sequence` numbers
 * events without gaps.
 */
export const auditEvents = pgTable('audit_events', {
  sequence: integer().primaryKey(),
  occurredAt: timestamp({ withTimezone: true }).notNull(),
  /** Null for changes made by a command on the server (e.g. creating the first admin). */
  officialId: integer().references(() => officials.id),
  action: text({ enum: auditActions }).notNull(),
  /** What changed, as `kind:id`, e.g. `household:HN-26734-0001`, `official:3`. */
  subject: text().notNull(),
  before: jsonb(),
  after: jsonb(),
  previousHash: char({ length: 64 }).notNull(),
  hash: char({ length: 64 }).notNull().unique(),
});

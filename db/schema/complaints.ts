import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { complaintStatuses, complaintSubjects } from '../../src/lib/complaints/vocabulary.ts';

/**
 * A citizen's complaint about a household entry or a commune's figures, routed to the commune's
 * officers. Public: reference, subject, dates, status and answer. Private: message and contact.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** `PA` and eight digits, given to the citizen to follow it. */
    reference: text().notNull().unique(),
    subject: text({ enum: complaintSubjects }).notNull(),
    /** The 2025 commune whose officers answer it. */
    communeCode: text().notNull(),
    /** The household's public code, for a complaint about an entry: kept as the citizen quoted it. */
    householdCode: text(),
    message: text().notNull(),
    /** How to reach the citizen, if they gave it; never shown publicly. */
    contact: text(),
    status: text({ enum: complaintStatuses }).notNull().default('received'),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The last day for an answer (COMPLAINT_RESPONSE_DAYS after receipt, in Vietnam's calendar). */
    dueOn: date().notNull(),
    answer: text(),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.communeCode), index().on(t.householdCode)],
);

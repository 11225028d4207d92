import { sql } from 'drizzle-orm';
import { boolean, char, check, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { officialRoles } from '../../src/lib/officials/roles.ts';

/** A person who keeps the data. There is no default account: the first admin is made by a command. */
export const officials = pgTable('officials', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Lowercased; the sign-in name. */
  email: text().notNull().unique(),
  name: text().notNull(),
  /** Argon2id, PHC string (src/lib/officials/password.ts). */
  passwordHash: text().notNull(),
  /** Base-32 TOTP secret; in use once `secondFactorConfirmedAt` is set by a first valid code. */
  secondFactorSecret: text().notNull(),
  secondFactorConfirmedAt: timestamp({ withTimezone: true }),
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  lastSecondFactorStep: integer(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One role over one area (src/lib/officials/roles.ts); null unit code: the whole country. */
export const officialGrants = pgTable(
  'official_grants',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    officialId: integer()
      .notNull()
      .references(() => officials.id),
    role: text({ enum: officialRoles }).notNull(),
    unitCode: text(),
  },
  (t) => [unique().on(t.officialId, t.role, t.unitCode).nullsNotDistinct()],
);

/**
 * A signed-in browser. The cookie holds a secret token; only its hash is here. A session is
 * usable only after the second factor (`secondFactorAt`), and never after it expires or ends.
 */
export const officialSessions = pgTable(
  'official_sessions',
  {
    tokenHash: char({ length: 64 }).primaryKey(),
    officialId: integer()
      .notNull()
      .references(() => officials.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    secondFactorAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.officialId),
    check('official_sessions_expire_after_start', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

/**
 * A failed password step, for admins to see which accounts are being tried and from where. Kept
 * 30 days. The client address is cut to its network (IPv4 /24, IPv6 /48): enough to tell one
 * place from another, not to name a person's connection.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** Null for an email that is no official's: it is not kept, since it may be anyone's. */
    officialId: integer().references(() => officials.id),
    addressRange: text().notNull(),
  },
  (t) => [index().on(t.at), index().on(t.officialId, t.at)],
);

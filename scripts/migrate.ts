// Applies pending migrations and exits; a server with the owner's rights also does this when it
// starts. Then books in the ledger, with receipts, any payment or delivery recorded before the
// ledger existed. Where the database has two roles (DATABASE_MIGRATION_URL, the owner, beside
// DATABASE_URL, the runtime role), it connects as the owner and grants the runtime role what the
// portal needs (db/runtime-privileges.ts).
import { openDatabase } from '../db/client.ts';
import { connectedRole, grantRuntimePrivileges } from '../db/runtime-privileges.ts';
import { readEnvironment } from '../src/lib/config/environment.ts';
import { bookUnbookedGifts } from '../src/lib/ledger/gift-booking-store.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const environment = readEnvironment();
  const runtimeRole = environment.DATABASE_MIGRATION_URL ? await currentRole() : undefined;
  const database = await openDatabase(environment, 'owner');
  try {
    await database.migrate();
    if (runtimeRole) await grantRuntimePrivileges(database.db, runtimeRole);
    const booked = await bookUnbookedGifts(database.db);
    const earlier = booked.payments + booked.deliveries;
    console.log(
      `Migrated ${database.location}` +
        (runtimeRole ? `; granted ${runtimeRole} the portal's privileges` : '') +
        (earlier ? `; booked ${booked.payments} earlier payments and ${booked.deliveries} deliveries.` : '.'),
    );
  } finally {
    await database.close();
  }

  /** The role DATABASE_URL connects as (which also shows that it can). */
  async function currentRole(): Promise<string> {
    const runtime = await openDatabase(environment);
    try {
      return await connectedRole(runtime.db);
    } finally {
      await runtime.close();
    }
  }
});

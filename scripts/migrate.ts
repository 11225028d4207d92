// Applies pending migrations and exits; the server also does this when it starts. Then books in
// the ledger, with receipts, any payment or delivery recorded before the ledger existed.
import { openDatabase } from '../db/client.ts';
import { bookUnbookedGifts } from '../src/lib/ledger/gift-booking-store.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const database = await openDatabase();
  try {
    await database.migrate();
    const booked = await bookUnbookedGifts(database.db);
    const earlier = booked.payments + booked.deliveries;
    console.log(
      `Migrated ${database.location}` +
        (earlier ? `; booked ${booked.payments} earlier payments and ${booked.deliveries} deliveries.` : '.'),
    );
  } finally {
    await database.close();
  }
});

// Replaces the key that signs receipts (after a suspected leak, or as a routine):
//   npm run rotate-receipt-key
// A new Ed25519 key is written to RECEIPT_SIGNING_KEY_FILE and signs every receipt from now on;
// the old key stays in the published key list (/receipts/keys, /api/receipts/keys.json) with the
// period it signed in, so receipts it signed still verify. Servers sharing the key file follow at
// their next receipt. The change is an audit event, and so in the transparency log.
import { openDatabase } from '../db/client.ts';
import { rotateReceiptKey } from '../src/lib/receipts/key-store.ts';
import { readEnvironment } from '../src/lib/config/environment.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const database = await openDatabase();
  try {
    await database.migrate();
    const { retired, current } = await rotateReceiptKey(database.db, readEnvironment().RECEIPT_SIGNING_KEY_FILE);
    console.log(
      `Receipts are signed by key ${current.keyId} from ${current.validFrom!.toISOString()}; ` +
        `key ${retired} is retired and stays published for the receipts it signed.`,
    );
  } finally {
    await database.close();
  }
});

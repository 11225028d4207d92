// Applies pending migrations and exits; the server also does this when it starts.
import { openDatabase } from '../db/client.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const database = await openDatabase();
  try {
    await database.migrate();
    console.log(`Migrated ${database.location}.`);
  } finally {
    await database.close();
  }
});

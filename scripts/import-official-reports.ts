// Imports figures published about the campaign (press, government news) from a CSV in the columns
// of ../shared/official/national-reports.csv:
//   npm run import-official-reports -- reports.csv
// Running it again on the same file adds nothing: a row with the same values is kept once. A file
// with a cell that cannot be read is refused whole, naming each row, column and value (in English).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { ConfigurationError, readEnvironment } from '../src/lib/config/environment.ts';
import { messagesFor } from '../src/lib/i18n/messages.ts';
import { importOfficialReports } from '../src/lib/official/store.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new ConfigurationError('usage: npm run import-official-reports -- <file.csv>');
  const csv = readFileSync(file, 'utf8');
  const database = await openDatabase(readEnvironment());
  try {
    await database.migrate();
    const imported = await importOfficialReports(database.db, csv, null);
    if (!imported.ok) {
      const { official } = messagesFor('en');
      for (const problem of imported.problems)
        console.error(`Error: ${official.problem[problem.code](problem.values ?? {})}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      `Official reports from ${file}: ${imported.value.added} added, ${imported.value.alreadyImported} imported before.`,
    );
  } finally {
    await database.close();
  }
});

// Imports a bank statement (CSV or .xlsx) into the fund's records and matches its credits to pledges:
//   npm run import-statement -- --bank vietinbank statement.csv
// Running it again on the same file adds nothing: each bank transaction is kept once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { importStatement } from '../src/lib/payments/statement-store.ts';
import { ConfigurationError, readEnvironment } from '../src/lib/config/environment.ts';
import { readStatementFile, statementBanks, type StatementBank } from '../src/lib/payments/bank-statement.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { bank: { type: 'string' } }, allowPositionals: true });
  const bank = values.bank as StatementBank | undefined;
  const file = positionals[0];
  if (!bank || !statementBanks.includes(bank) || !file)
    throw new ConfigurationError(
      `usage: npm run import-statement -- --bank ${statementBanks.join('|')} <file.csv|file.xlsx>`,
    );
  const content = readFileSync(file);
  const read = await readStatementFile(bank, content);
  if (!read.ok) {
    console.error(`Error: ${read.problems[0]!.values?.detail}`);
    process.exitCode = 1;
    return;
  }
  const { credits, debits } = read.value;
  const database = await openDatabase(readEnvironment());
  try {
    await database.migrate();
    const result = await importStatement(database.db, {
      bank,
      fileName: path.basename(file),
      sha256: createHash('sha256').update(content).digest('hex'),
      credits,
    });
    console.log(
      `Import ${result.importId}: ${credits.length} credits (${debits} debits skipped); ` +
        `${result.added} new, ${result.alreadyImported} imported before; ` +
        `${result.matched} matched to pledges, ${result.unmatched.length} waiting to be matched` +
        (result.unmatched.length ? ` (statement rows ${result.unmatched.join(', ')})` : '') +
        '.',
    );
  } finally {
    await database.close();
  }
});

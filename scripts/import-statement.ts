// Imports a bank statement (CSV or .xlsx) into the fund's records and matches its credits to pledges:
//   npm run import-statement -- --bank vietinbank statement.csv
// Running it again on the same file adds nothing: each bank transaction is kept once. A file with a
// row that cannot be read is refused whole, naming the row, column and value (in English).
import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { importStatementFile } from '../src/lib/payments/statement-store.ts';
import { ConfigurationError, readEnvironment } from '../src/lib/config/environment.ts';
import { messagesFor } from '../src/lib/i18n/messages.ts';
import { statementBanks, type StatementBank } from '../src/lib/payments/bank-statement.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { bank: { type: 'string' } }, allowPositionals: true });
  const bank = values.bank as StatementBank | undefined;
  const file = positionals[0];
  if (!bank || !statementBanks.includes(bank) || !file)
    throw new ConfigurationError(
      `usage: npm run import-statement -- --bank ${statementBanks.join('|')} <file.csv|file.xlsx>`,
    );
  const database = await openDatabase(readEnvironment());
  try {
    await database.migrate();
    // Read from the disk as it is imported: a statement of any length is never in memory whole.
    const imported = await importStatementFile(database.db, {
      bank,
      file: await openAsBlob(file),
      fileName: path.basename(file),
    });
    if (!imported.ok) {
      const { payments } = messagesFor('en');
      const [problem] = imported.problems;
      console.error(
        `Error: ${payments.statementsUnreadable(payments.statementProblem[problem!.code](problem!.values ?? {}))}`,
      );
      process.exitCode = 1;
      return;
    }
    const result = imported.value;
    console.log(
      `Import ${result.importId}: ${result.added + result.alreadyImported + result.conflicts} credits ` +
        `and ${result.debits.length} debits; ${result.added} new, ${result.alreadyImported} imported before, ` +
        `${result.conflicts} changed since imported (kept apart, counted nowhere, for a treasurer to see); ` +
        `${result.matched} matched to pledges, ${result.unmatched} waiting to be matched; ` +
        `${result.refunds} debits recorded as refunds of a credit they name` +
        (result.refundsRefused.length
          ? `, ${result.refundsRefused.length} naming one but larger than is left of it, not recorded (${result.refundsRefused.slice(0, 10).join(', ')})`
          : '') +
        '; the other debits are the fund’s own spending, recorded as allocations and payments to homes.',
    );
  } finally {
    await database.close();
  }
});

// Re-computes the hash chains of the ledger and of the audit log from the database, and checks
// heads saved earlier (as published on /ledger) are still part of them:
//   npm run verify-chains -- [--ledger-head 120:3fa4…] [--audit-head 57:9c0e…]
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db/client.ts';
import { checkAuditChain } from '../db/queries/audit-log.ts';
import { checkLedgerChain } from '../db/queries/ledger.ts';
import { auditEvents, ledgerTransactions } from '../db/schema/index.ts';
import { ConfigurationError, readEnvironment } from '../src/lib/config/environment.ts';
import { runCommand } from './run-command.ts';

function savedHead(text: string | undefined): { sequence: number; hash: string } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new ConfigurationError(`a saved head is <sequence>:<64 hex digits>, not “${text}”`);
  return { sequence: Number(match[1]), hash: match[2]! };
}

runCommand(async () => {
  const { values } = parseArgs({ options: { 'ledger-head': { type: 'string' }, 'audit-head': { type: 'string' } } });
  const saved = { ledger: savedHead(values['ledger-head']), audit: savedHead(values['audit-head']) };
  const database = await openDatabase(readEnvironment());
  let broken = false;
  try {
    await database.migrate();
    const chains = [
      { name: 'ledger', check: await checkLedgerChain(database.db), table: ledgerTransactions },
      { name: 'audit log', check: await checkAuditChain(database.db), table: auditEvents },
    ] as const;
    for (const [i, { name, check, table }] of chains.entries()) {
      if (!check.ok) {
        broken = true;
        console.log(`✗ ${name}: broken at record ${check.sequence}: ${check.problem}`);
        continue;
      }
      console.log(`✓ ${name}: ${check.records} records, head ${check.head}`);
      const head = i === 0 ? saved.ledger : saved.audit;
      if (!head) continue;
      const [kept] = await database.db
        .select({ hash: table.hash })
        .from(table)
        .where(eq(table.sequence, head.sequence));
      if (kept?.hash === head.hash) console.log(`✓ ${name}: the saved head ${head.sequence} is still in the chain`);
      else {
        broken = true;
        console.log(
          `✗ ${name}: record ${head.sequence} ${kept ? 'has another hash now' : 'is missing'}: history was rewritten`,
        );
      }
    }
  } finally {
    await database.close();
  }
  if (broken) process.exit(1);
});

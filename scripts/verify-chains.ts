// Re-computes the ledger's hash chain and checks that heads saved earlier (as published on
// /ledger) are still part of it — from the public portal, as anyone can:
//   npm run verify-chains -- --url https://portal.example [--ledger-head 120:3fa4…]
// or, on the server, from the database, the audit log's chain too:
//   npm run verify-chains -- [--ledger-head 120:3fa4…] [--audit-head 57:9c0e…]
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { auditHashAt, checkAuditChain } from '../src/lib/audit/store.ts';
import { checkLedgerChain, ledgerChainRecords, ledgerHashAt } from '../src/lib/ledger/store.ts';
import { ConfigurationError, readEnvironment } from '../src/lib/config/environment.ts';
import { chainStart, checkChain, type ChainCheck } from '../src/lib/security/hash-chain.ts';
import { runCommand } from './run-command.ts';

type Head = { sequence: number; hash: string };
type ChainRecord = Awaited<ReturnType<typeof ledgerChainRecords>>[number];

function savedHead(text: string | undefined): Head | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new ConfigurationError(`a saved head is <sequence>:<64 hex digits>, not “${text}”`);
  return { sequence: Number(match[1]), hash: match[2]! };
}

/** Walks the public chain page by page; returns the check and the hash at each saved sequence. */
async function checkPublicLedger(
  base: string,
  wanted: Head | undefined,
): Promise<{ check: ChainCheck; kept?: string }> {
  let from = { sequence: 0, hash: chainStart };
  let records = 0;
  let kept: string | undefined;
  for (let after: number | null = 0; after !== null;) {
    const response = await fetch(new URL(`/api/ledger/chain.json?after=${after}`, base));
    if (!response.ok) throw new ConfigurationError(`${base} answered ${response.status} for its ledger chain`);
    const page = (await response.json()) as { records: ChainRecord[]; next: number | null };
    const check = checkChain(page.records, from);
    if (!check.ok) return { check };
    kept ??= page.records.find((record) => record.sequence === wanted?.sequence)?.hash;
    records += check.records;
    if (page.records.length) from = { sequence: page.records.at(-1)!.sequence, hash: check.head };
    after = page.next;
  }
  return { check: { ok: true, records, head: from.hash }, kept };
}

function report(name: string, check: ChainCheck, saved: Head | undefined, kept: string | undefined): boolean {
  if (!check.ok) {
    console.log(`✗ ${name}: broken at record ${check.sequence}: ${check.problem}`);
    return false;
  }
  console.log(`✓ ${name}: ${check.records} records, head ${check.head}`);
  if (!saved) return true;
  if (kept === saved.hash) {
    console.log(`✓ ${name}: the saved head ${saved.sequence} is still in the chain`);
    return true;
  }
  console.log(
    `✗ ${name}: record ${saved.sequence} ${kept ? 'has another hash now' : 'is missing'}: history was rewritten`,
  );
  return false;
}

runCommand(async () => {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, 'ledger-head': { type: 'string' }, 'audit-head': { type: 'string' } },
  });
  const saved = { ledger: savedHead(values['ledger-head']), audit: savedHead(values['audit-head']) };
  let sound: boolean;
  if (values.url) {
    const { check, kept } = await checkPublicLedger(values.url, saved.ledger);
    sound = report('ledger', check, saved.ledger, kept);
  } else {
    const database = await openDatabase(readEnvironment());
    try {
      await database.migrate();
      const ledger = report(
        'ledger',
        await checkLedgerChain(database.db),
        saved.ledger,
        saved.ledger && (await ledgerHashAt(database.db, saved.ledger.sequence)),
      );
      const audit = report(
        'audit log',
        await checkAuditChain(database.db),
        saved.audit,
        saved.audit && (await auditHashAt(database.db, saved.audit.sequence)),
      );
      sound = ledger && audit;
    } finally {
      await database.close();
    }
  }
  if (!sound) process.exit(1);
});

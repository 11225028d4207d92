import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { ledgerChainRecords } from '../../../lib/ledger/store.ts';
import { recentLedgerChecks } from '../../../lib/ledger/reconciliation-store.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { problemResponse } from '../../../lib/open-data/respond.ts';

const batch = 1000;

/**
 * The ledger's hash chain, for anyone to re-compute it: /api/ledger/chain.json?after=<sequence>
 * gives the next transactions with their entries and hashes, exactly as hashed, and the heads
 * published by recent reconciliation checks. `npm run verify-chains -- --url <portal>` walks it.
 */
export const GET: APIRoute = async ({ url }) => {
  const after = url.searchParams.get('after') ?? '0';
  if (!/^\d{1,10}$/.test(after))
    return problemResponse(
      400,
      inEveryLanguage((t) => t.openData.problem.chainAfter),
    );
  const db = await getDatabase();
  const [records, heads] = await Promise.all([
    ledgerChainRecords(db, Number(after), batch),
    recentLedgerChecks(db, 30),
  ]);
  const body = {
    records,
    next: records.length === batch ? records.at(-1)!.sequence : null,
    publishedHeads: heads.map((check) => ({
      at: check.ranAt.toISOString(),
      ledger: `${check.ledgerSequence}:${check.ledgerHead}`,
      audit: `${check.auditSequence}:${check.auditHead}`,
      reconciles: check.ok,
    })),
  };
  return Response.json(body, {
    headers: { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' },
  });
};

import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { problemResponse } from '../../../lib/open-data/respond.ts';
import { encodeBase64 } from '../../../lib/transparency/encoding.ts';
import { latestCheckpoint, logSize, proveConsistency } from '../../../lib/transparency/log-store.ts';
import { consistencyQuery, queryOf } from '../../../lib/transparency/proof-query.ts';

/**
 * The proof that the log of `from` records is the start of the log of `to` records (the latest
 * checkpoint's size when `to` is not given): /api/transparency/consistency.json?from=N[&to=M],
 * hashes base64, as RFC 6962 §2.1.2 orders them.
 */
export const GET: APIRoute = async ({ url }) => {
  const query = consistencyQuery.safeParse(queryOf(url, ['from', 'to']));
  if (!query.success)
    return problemResponse(
      400,
      inEveryLanguage((t) => t.transparencyLog.problem.size),
    );
  const db = await getDatabase();
  const to = query.data.to ?? (await latestCheckpoint(db))?.size ?? 0;
  const proof = await proveConsistency(db, query.data.from, to);
  if (proof === 'sizesReversed')
    return problemResponse(
      400,
      inEveryLanguage((t) => t.transparencyLog.problem.sizesReversed),
    );
  if (proof === 'beyondLog') {
    const size = await logSize(db);
    return problemResponse(
      404,
      inEveryLanguage((t) => t.transparencyLog.problem.beyondLog(size)),
    );
  }
  return Response.json(
    { from: query.data.from, to, proof: proof.map(encodeBase64) },
    { headers: { 'Cache-Control': 'public, max-age=86400, immutable', 'Access-Control-Allow-Origin': '*' } },
  );
};

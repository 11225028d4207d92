import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { problemResponse } from '../../../lib/open-data/respond.ts';
import { encodeBase64 } from '../../../lib/transparency/encoding.ts';
import { proveRecord } from '../../../lib/transparency/log-store.ts';
import { inclusionQuery, queryOf } from '../../../lib/transparency/proof-query.ts';

/**
 * A record's inclusion proof: /api/transparency/proof.json?record=receipt:24-000017[&size=N]
 * gives its leaf number, the leaf's data, the audit path (base64, leaf first) and the signed
 * checkpoint of N records (the latest when N is not given) the path leads to.
 */
export const GET: APIRoute = async ({ url }) => {
  const query = inclusionQuery.safeParse(queryOf(url, ['record', 'size']));
  if (!query.success)
    return problemResponse(
      400,
      inEveryLanguage((t) =>
        query.error.issues.some((issue) => issue.path[0] === 'record')
          ? t.transparencyLog.problem.recordMissing
          : t.transparencyLog.problem.size,
      ),
    );
  const { record, size } = query.data;
  const proof = await proveRecord(await getDatabase(), record, size);
  if (proof === 'recordUnknown')
    return problemResponse(
      404,
      inEveryLanguage((t) => t.transparencyLog.problem.recordUnknown(record)),
    );
  if (proof === 'checkpointUnknown')
    return problemResponse(
      404,
      inEveryLanguage((t) => t.transparencyLog.problem.checkpointUnknown(size!)),
    );
  if (proof === 'notYetLogged')
    return problemResponse(
      404,
      inEveryLanguage((t) => t.transparencyLog.problem.notYetLogged),
    );
  const body = {
    record,
    index: proof.index,
    data: proof.data,
    treeSize: proof.checkpoint.size,
    proof: proof.proof.map(encodeBase64),
    checkpoint: proof.checkpoint.note,
  };
  // A proof at a given size never changes; the latest checkpoint does.
  const cache = size === undefined ? 'public, max-age=60' : 'public, max-age=86400, immutable';
  return Response.json(body, { headers: { 'Cache-Control': cache, 'Access-Control-Allow-Origin': '*' } });
};

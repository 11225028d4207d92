import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { witnessedCheckpoint } from '../../../lib/transparency/cosignature-store.ts';
import { checkpointOnDemand } from '../../../lib/transparency/checkpoint-renewal-store.ts';

/**
 * The transparency log's latest checkpoint, a C2SP signed note (text/plain): whatever was
 * recorded until now is logged and a checkpoint of it signed on demand (at most once every few
 * seconds: a younger checkpoint is answered as it is), as the log also does every few minutes.
 * Witnesses fetch it here; its key is at /api/transparency/key. The registered witnesses' cosignatures of it follow the log's signature (c2sp.org/tlog-cosignature).
 */
export const GET: APIRoute = async () => {
  const db = await getDatabase();
  const checkpoint = await checkpointOnDemand(db);
  const { note } = await witnessedCheckpoint(db, checkpoint.note);
  return new Response(note, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
};

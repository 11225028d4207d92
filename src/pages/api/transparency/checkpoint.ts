import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { renewCheckpoint } from '../../../lib/transparency/log-store.ts';

/**
 * The transparency log's latest checkpoint, a C2SP signed note (text/plain): whatever was
 * recorded until now is logged and a checkpoint of it signed on demand, as the log also does
 * every few minutes. Witnesses fetch it here; its key is at /api/transparency/key.
 */
export const GET: APIRoute = async () => {
  const checkpoint = await renewCheckpoint(await getDatabase());
  return new Response(checkpoint.note, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
};

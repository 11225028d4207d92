import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { keyListJson } from '../../../lib/receipts/key-history.ts';
import { receiptKeyList } from '../../../lib/receipts/key-store.ts';

/**
 * Every key that has signed receipts, retired ones too, each with the period it signed in, for
 * anyone to keep and check receipts offline: `npm run verify-receipt -- receipt.json --keys keys.json`.
 */
export const GET: APIRoute = async () =>
  Response.json(keyListJson(await receiptKeyList(await getDatabase())), {
    headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  });

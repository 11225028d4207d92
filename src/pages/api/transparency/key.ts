import type { APIRoute } from 'astro';
import { logVerifierKey } from '../../../lib/transparency/log-checkpoint.ts';

/** The log's verifier key, `<origin>+<key hash>+<base64 Ed25519 key>` (text/plain), as Go's sumdb/note reads it. */
export const GET: APIRoute = () =>
  new Response(`${logVerifierKey()}\n`, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'Access-Control-Allow-Origin': '*',
    },
  });

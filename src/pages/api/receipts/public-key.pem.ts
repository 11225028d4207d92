import type { APIRoute } from 'astro';
import { readEnvironment } from '../../../lib/config/environment.ts';
import { receiptKeys } from '../../../lib/receipts/signing-key.ts';

/** The public key that checks every receipt, for anyone to keep and check receipts offline. */
export const GET: APIRoute = () => {
  const keys = receiptKeys(readEnvironment().RECEIPT_SIGNING_KEY_FILE);
  return new Response(keys.publicKeyPem, {
    headers: {
      'Content-Type': 'application/x-pem-file',
      'Content-Disposition': `inline; filename="chung-tay-receipts-${keys.keyId}.pem"`,
      'Cache-Control': 'public, max-age=3600',
    },
  });
};

import type { APIRoute } from 'astro';
import { portalReceiptKeys } from '../../../lib/receipts/signing-key.ts';

/** The public key that checks every receipt, for anyone to keep and check receipts offline. */
export const GET: APIRoute = () => {
  const keys = portalReceiptKeys();
  return new Response(keys.publicKeyPem, {
    headers: {
      'Content-Type': 'application/x-pem-file',
      'Content-Disposition': `inline; filename="chung-tay-receipts-${keys.keyId}.pem"`,
      'Cache-Control': 'public, max-age=3600',
    },
  });
};

import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { findReceipt } from '../../../lib/receipts/store.ts';
import { isDemoReceipt } from '../../../lib/pledges/demo-gift-store.ts';
import { publicUrl } from '../../../lib/config/public-url.ts';
import { catalogues, inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { problemResponse } from '../../../lib/open-data/respond.ts';
import { receiptJson, receiptsPdf } from '../../../lib/receipts/receipt-file.ts';
import { portalReceiptKeys } from '../../../lib/receipts/signing-key.ts';
import { withLogProof } from '../../../lib/transparency/log-store.ts';

/** One receipt as its signed JSON or as a PDF, with its inclusion proof: /api/receipts/<code>.{json,pdf} */
export const GET: APIRoute = async ({ params, url }) => {
  const { code = '', format } = params;
  if (format !== 'json' && format !== 'pdf')
    return problemResponse(
      400,
      inEveryLanguage((t) => t.receipts.apiFormat),
    );
  const db = await getDatabase();
  const registered = /^[0-9a-z-]{1,80}$/.test(code) ? await findReceipt(db, code) : undefined;
  if (!registered)
    return problemResponse(
      404,
      inEveryLanguage((t) => t.receipts.apiUnknown(code)),
    );
  // With its inclusion proof in the latest checkpoint, so that the file verifies offline.
  const receipt = await withLogProof(db, registered);
  const headers = {
    // The receipt never changes once issued; the checkpoint it is proven in is renewed every few minutes.
    'Cache-Control': 'public, max-age=300',
    'Content-Disposition': `attachment; filename="bien-nhan-${code}.${format}"`,
  };
  // A demo gift's receipt says so beside the signed data, unsigned, so that receipts verify as issued.
  const demo = await isDemoReceipt(db, code);
  if (format === 'json')
    return new Response(receiptJson(receipt, demo ? inEveryLanguage((t) => t.receipts.demoNotice) : null), {
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    });
  const pdf = await receiptsPdf(
    [receipt],
    (receiptCode) => publicUrl(`/receipts/${receiptCode}`, url),
    catalogues,
    portalReceiptKeys(),
    new Set(demo ? [code] : []),
  );
  return new Response(new Uint8Array(pdf), { headers: { ...headers, 'Content-Type': 'application/pdf' } });
};

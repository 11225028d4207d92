import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { findReceipt } from '../../../lib/receipts/store.ts';
import { publicUrl } from '../../../lib/config/public-url.ts';
import { catalogues, inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { problemResponse } from '../../../lib/open-data/respond.ts';
import { receiptsPdf } from '../../../lib/receipts/receipt-file.ts';
import { portalReceiptKeys } from '../../../lib/receipts/signing-key.ts';

/** One receipt as its signed JSON or as a PDF: /api/receipts/<code>.{json,pdf} */
export const GET: APIRoute = async ({ params, url }) => {
  const { code = '', format } = params;
  if (format !== 'json' && format !== 'pdf')
    return problemResponse(
      400,
      inEveryLanguage((t) => t.receipts.apiFormat),
    );
  const receipt = /^[0-9a-z-]{1,80}$/.test(code) ? await findReceipt(await getDatabase(), code) : undefined;
  if (!receipt)
    return problemResponse(
      404,
      inEveryLanguage((t) => t.receipts.apiUnknown(code)),
    );
  const headers = {
    // A receipt never changes once issued (its PDF is drawn and signed anew, showing the same).
    'Cache-Control': 'public, max-age=86400, immutable',
    'Content-Disposition': `attachment; filename="bien-nhan-${code}.${format}"`,
  };
  if (format === 'json')
    return new Response(JSON.stringify(receipt, null, 2), {
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    });
  const pdf = await receiptsPdf(
    [receipt],
    (receiptCode) => publicUrl(`/receipts/${receiptCode}`, url),
    catalogues,
    portalReceiptKeys(),
  );
  return new Response(new Uint8Array(pdf), { headers: { ...headers, 'Content-Type': 'application/pdf' } });
};

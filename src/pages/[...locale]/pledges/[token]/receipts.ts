import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../db/connection.ts';
import { findPledgeByToken } from '../../../../lib/pledges/store.ts';
import { isDemoReceipt } from '../../../../lib/pledges/demo-gift-store.ts';
import { receiptsForPledge } from '../../../../lib/receipts/store.ts';
import { publicUrl } from '../../../../lib/config/public-url.ts';
import { localeFromSegment } from '../../../../lib/i18n/locales.ts';
import { catalogues } from '../../../../lib/i18n/messages.ts';
import { receiptsPdf } from '../../../../lib/receipts/receipt-file.ts';
import { portalReceiptKeys } from '../../../../lib/receipts/signing-key.ts';
import { privateLinkHeaders } from '../../../../lib/pledges/private-link-headers.ts';
import { isSecretToken } from '../../../../lib/security/secret-token.ts';
import { withLogProof } from '../../../../lib/transparency/log-store.ts';

/** All of a pledge's receipts in one PDF, each with its inclusion proof, from the donor's private link. */
export const GET: APIRoute = async ({ params, url }) => {
  const token = params.token ?? '';
  const db = await getDatabase();
  const pledge =
    localeFromSegment(params.locale) && isSecretToken(token) ? await findPledgeByToken(db, token) : undefined;
  const receipts = pledge ? await receiptsForPledge(db, pledge.id) : [];
  if (!pledge || receipts.length === 0) return new Response(null, { status: 404 });
  const proven = [];
  const demo = new Set<string>();
  for (const receipt of receipts) {
    proven.push(await withLogProof(db, receipt));
    if (await isDemoReceipt(db, receipt.body.code)) demo.add(receipt.body.code);
  }
  const pdf = await receiptsPdf(
    proven,
    (code) => publicUrl(`/receipts/${code}`, url),
    catalogues,
    portalReceiptKeys(),
    demo,
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...privateLinkHeaders,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="bien-nhan-${pledge.reference}.pdf"`,
    },
  });
};

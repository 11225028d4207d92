import type { APIRoute } from 'astro';
import QRCode from 'qrcode';
import { getDatabase } from '../../../../../db/connection.ts';
import { readEnvironment } from '../../../../lib/config/environment.ts';
import { localeFromSegment } from '../../../../lib/i18n/locales.ts';
import { fundAccountOf } from '../../../../lib/payments/fund-account.ts';
import { transferPayload } from '../../../../lib/pledges/confirmation.ts';
import { privateLinkHeaders } from '../../../../lib/pledges/private-link-headers.ts';
import { findPledgeByToken } from '../../../../lib/pledges/store.ts';
import { isSecretToken } from '../../../../lib/security/secret-token.ts';

/** The pledge's VietQR transfer code as a PNG, to save and scan from a banking app on the same phone. */
export const GET: APIRoute = async ({ params }) => {
  const token = params.token ?? '';
  const pledge =
    localeFromSegment(params.locale) && isSecretToken(token)
      ? await findPledgeByToken(await getDatabase(), token)
      : undefined;
  const payload = pledge && !pledge.cancelledAt ? transferPayload(pledge, fundAccountOf(readEnvironment())) : undefined;
  if (!pledge || !payload) return new Response(null, { status: 404 });
  const png = await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 600 });
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Disposition': `attachment; filename="vietqr-${pledge.reference}.png"`,
      ...privateLinkHeaders,
    },
  });
};

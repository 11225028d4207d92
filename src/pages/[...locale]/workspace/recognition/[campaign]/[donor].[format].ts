import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../../db/connection.ts';
import { listCampaignsWithTerms } from '../../../../../lib/campaigns/store.ts';
import { donorsForRecognition, provincesOfCampaign, receiptsOfDonor } from '../../../../../lib/recognition/store.ts';
import { hasDemoFigures } from '../../../../../lib/campaigns/campaign-definition.ts';
import { localeFromSegment } from '../../../../../lib/i18n/locales.ts';
import { messagesFor } from '../../../../../lib/i18n/messages.ts';
import { achievementPdf, achievementSpreadsheet } from '../../../../../lib/recognition/achievement-report.ts';
import { donorKeyFromPath, mayReadRecognition } from '../../../../../lib/recognition/recognition-access.ts';
import { recognitionLevelReached } from '../../../../../lib/recognition/recognition.ts';
import { referencePrices } from '../../../../../lib/recognition/reference-prices.ts';

/** A donor's achievement report for the commendation dossier, as PDF or spreadsheet (officials only). */
export const GET: APIRoute = async ({ params, locals }) => {
  const locale = localeFromSegment(params.locale);
  const key = donorKeyFromPath(params.donor ?? '');
  const format = params.format;
  const db = await getDatabase();
  const campaign = (await listCampaignsWithTerms(db)).find((c) => c.id === params.campaign);
  if (!locale || !key || !campaign || (format !== 'pdf' && format !== 'xlsx'))
    return new Response(null, { status: 404 });
  const scope = { id: campaign.id, national: campaign.areaCode === null };
  const provinces = scope.national ? [] : await provincesOfCampaign(db, campaign.id);
  if (!mayReadRecognition(locals.session!.grants, { ...scope, provinces })) return new Response(null, { status: 403 });
  const donor = (await donorsForRecognition(db, scope)).find((d) => d.key === key);
  if (!donor) return new Response(null, { status: 404 });
  const t = messagesFor(locale);
  const report = {
    donor,
    campaign: {
      name: locale === 'en' ? campaign.nameEn : campaign.nameVi,
      documentNumber: campaign.documentNumber,
      issuer: locale === 'en' ? campaign.issuerEn : campaign.issuerVi,
    },
    totals: donor,
    reached: recognitionLevelReached(donor, campaign.terms?.recognition ?? []),
    receipts: await receiptsOfDonor(db, scope, key),
    demo: referencePrices.demo || (campaign.terms !== null && hasDemoFigures(campaign.terms)),
    preparedAt: new Date(),
  };
  const file =
    format === 'pdf' ? await achievementPdf(report, t, locale) : await achievementSpreadsheet(report, t, locale);
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type':
        format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="thanh-tich-${campaign.id}.${format}"`,
      'Cache-Control': 'private, no-store',
    },
  });
};

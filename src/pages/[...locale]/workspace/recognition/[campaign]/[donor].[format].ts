import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../../db/connection.ts';
import { achievementReportFile } from '../../../../../lib/recognition/recognition-page-store.ts';
import { localeFromSegment } from '../../../../../lib/i18n/locales.ts';
import { messagesFor } from '../../../../../lib/i18n/messages.ts';
import { donorKeyFromPath } from '../../../../../lib/recognition/recognition-access.ts';

/** A donor's achievement report for the commendation dossier, as PDF or spreadsheet (officials only). */
export const GET: APIRoute = async ({ params, locals }) => {
  const locale = localeFromSegment(params.locale);
  const donorKey = donorKeyFromPath(params.donor ?? '');
  const format = params.format;
  if (!locale || !donorKey || !params.campaign || (format !== 'pdf' && format !== 'xlsx'))
    return new Response(null, { status: 404 });
  const request = { campaignId: params.campaign, donorKey, format, locale, words: messagesFor(locale) } as const;
  const report = await achievementReportFile(await getDatabase(), request, locals.session!.grants);
  if (!report.ok) return new Response(null, { status: report.problems[0]!.code === 'notAllowed' ? 403 : 404 });
  return new Response(new Uint8Array(report.value.bytes), {
    headers: {
      'Content-Type': report.value.contentType,
      'Content-Disposition': `attachment; filename="${report.value.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
};

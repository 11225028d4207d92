import type { APIRoute } from 'astro';
import { getDatabase } from '../../../db/connection.ts';
import { inEveryLanguage } from '../../lib/i18n/messages.ts';
import { listAllOfficialReports } from '../../lib/official/store.ts';
import { officialReportOpenDataColumns } from '../../lib/open-data/report-columns.ts';
import { renderOpenData } from '../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../lib/open-data/respond.ts';

/**
 * Figures published by others, as imported: /api/official-reports.{csv,json}. Kept apart from the
 * portal's own figures (/api/progress/…), which never include them.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const format = params.format;
  if (format !== 'csv' && format !== 'json')
    return problemResponse(
      400,
      inEveryLanguage((t) => t.openData.problem.householdsFormat),
    );
  const reports = await listAllOfficialReports(await getDatabase());
  const body = renderOpenData(format, reports, officialReportOpenDataColumns, {
    asOf: null,
    dictionaryUrl: '/open-data#official-reports',
  });
  return openDataResponse(request, body, format, 'official-reports');
};

import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { dayInVietnam } from '../../../lib/i18n/format.ts';
import { inEveryLanguage, messagesFor } from '../../../lib/i18n/messages.ts';
import { programmeReportColumns } from '../../../lib/open-data/report-columns.ts';
import { renderOpenData } from '../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../lib/open-data/respond.ts';
import { programmeReportAsOf } from '../../../lib/reports/programme-report-store.ts';
import { programmeReportLines, programmeReportTables } from '../../../lib/reports/programme-report.ts';
import { reportWorkbook } from '../../../lib/reports/report-files.ts';
import type { Era } from '../../../lib/units/vocabulary.ts';

/**
 * The report as at a date, the way official reports count: /api/reports/<national|province code>.{csv,json,xlsx}
 * [?as_of=YYYY-MM-DD][&era=pre2025|2025][&campaign=<id>][&lang=en] (lang words the spreadsheet).
 */
export const GET: APIRoute = async ({ params, url, request }) => {
  const format = params.format;
  if (format !== 'csv' && format !== 'json' && format !== 'xlsx')
    return problemResponse(
      400,
      inEveryLanguage((t) => t.reports.asOfFormat),
    );
  const db = await getDatabase();
  const made = await programmeReportAsOf(db, params.area ?? '', url.searchParams, dayInVietnam(new Date()));
  if (!made.ok) {
    const [problem] = made.problems;
    const era = problem?.values?.era as Era;
    return problemResponse(
      problem?.code === 'area' ? 404 : 400,
      inEveryLanguage((t) =>
        problem?.code === 'area'
          ? t.reports.asOfProblem.area(t.reports.eraLabel[era])
          : t.reports.asOfProblem[problem!.code as 'era'],
      ),
    );
  }
  const report = made.value;
  const name = `report-${report.area}-${report.era}-${report.asOf}${report.campaign ? `-${report.campaign.id}` : ''}`;
  if (format === 'xlsx') {
    const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
    const bytes = await reportWorkbook(programmeReportTables(report, messagesFor(locale), locale, new Date()));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
        'Access-Control-Allow-Origin': '*',
      },
    });
  }
  const body = renderOpenData(format, programmeReportLines(report), programmeReportColumns, {
    asOf: null,
    dictionaryUrl: '/open-data#report-as-of',
    figuresAsOf: report.asOf,
  });
  return openDataResponse(request, body, format, name);
};

import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { listPublicHouseholdsOfCommune, stageHistoriesOfCommune } from '../../../lib/households/store.ts';
import { progressOf } from '../../../lib/progress/store.ts';
import { findCurrentUnit } from '../../../lib/units/store.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { householdColumns } from '../../../lib/open-data/columns.ts';
import { renderOpenData } from '../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../lib/open-data/respond.ts';
import { formFields } from '../../../lib/forms/read-form.ts';
import { readHouseholdListFilter } from '../../../lib/households/list-filter.ts';
import { isUnitCode } from '../../../lib/units/unit-code.ts';
import { readEnvironment } from '../../../lib/config/environment.ts';
import { dayInVietnam } from '../../../lib/i18n/format.ts';
import { listedIfEndedOnOrAfter } from '../../../lib/privacy/list-retention.ts';
import { currentEra } from '../../../lib/units/vocabulary.ts';
import { listSupportLevels } from '../../../lib/official/store.ts';
import { supportLevelFor } from '../../../lib/official/support-levels.ts';

/** A commune's public list of supported households: /api/households/<commune code>.{csv,json} */
export const GET: APIRoute = async ({ params, request, url }) => {
  const format = params.format;
  if (format !== 'csv' && format !== 'json') {
    return problemResponse(
      400,
      inEveryLanguage((t) => t.openData.problem.householdsFormat),
    );
  }
  const db = await getDatabase();
  const commune = isUnitCode(params.commune, 'commune') ? await findCurrentUnit(db, params.commune) : undefined;
  if (!commune) {
    return problemResponse(
      404,
      inEveryLanguage((t) => t.openData.problem.communeUnknown(params.commune ?? '')),
    );
  }
  // The commune page's filters (village, category, stage, q), as its download links carry them.
  const filter = readHouseholdListFilter(formFields(url.searchParams));
  if (!filter.ok) {
    return problemResponse(
      400,
      inEveryLanguage((t) => t.openData.problem.householdsFilter),
    );
  }
  const [households, histories, figures, levels] = await Promise.all([
    // The bulk file follows the page: households of campaigns long ended only in aggregate.
    listPublicHouseholdsOfCommune(
      db,
      commune.code,
      filter.value,
      listedIfEndedOnOrAfter(dayInVietnam(new Date()), readEnvironment().HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN),
    ),
    stageHistoriesOfCommune(db, commune.code),
    progressOf(db, { level: 'commune', era: currentEra, code: commune.code }),
    listSupportLevels(db),
  ]);
  const rows = households.map((h) => ({
    ...h,
    communeCode: commune.code,
    stageHistory: histories.get(h.publicCode) ?? [],
    nationalLevel: supportLevelFor(levels, h.supportProgramme, h.supportType),
  }));
  const body = renderOpenData(format, rows, householdColumns, {
    asOf: figures.asOf,
    dictionaryUrl: '/open-data#households',
  });
  return openDataResponse(request, body, format, `households-${commune.code}`);
};

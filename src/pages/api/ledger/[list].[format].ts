import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { moneyIn, moneyOut } from '../../../lib/ledger/public-ledger-store.ts';
import { formFields } from '../../../lib/forms/read-form.ts';
import { ledgerCsvLimit, unknownLedgerArea } from '../../../lib/ledger/ledger-query.ts';
import { readLedgerQuery } from '../../../lib/ledger/money-flow-store.ts';
import { inEveryLanguage } from '../../../lib/i18n/messages.ts';
import { moneyInColumns, moneyOutColumns } from '../../../lib/open-data/ledger-columns.ts';
import { renderOpenData } from '../../../lib/open-data/render.ts';
import { openDataResponse, problemResponse } from '../../../lib/open-data/respond.ts';

/** The public ledger as open data: /api/ledger/{in,out}.{csv,json}?area=province:42&q=… */
export const GET: APIRoute = async ({ params, url, request }) => {
  const { list, format } = params;
  if ((list !== 'in' && list !== 'out') || (format !== 'csv' && format !== 'json'))
    return problemResponse(
      404,
      inEveryLanguage((t) => t.openData.problem.ledgerList),
    );
  const db = await getDatabase();
  const parsed = await readLedgerQuery(db, formFields(url.searchParams));
  const unknownArea = unknownLedgerArea(parsed);
  if (unknownArea)
    return problemResponse(
      404,
      inEveryLanguage((t) => t.openData.problem.ledgerAreaUnknown(unknownArea)),
    );
  if (!parsed.ok) {
    const name = parsed.problems[0]!.code;
    return problemResponse(
      400,
      inEveryLanguage((t) => t.openData.problem.ledgerParameter(name)),
    );
  }
  const { area, search } = parsed.value;
  const page = { offset: 0, limit: ledgerCsvLimit };
  const meta = { asOf: new Date(), dictionaryUrl: `/open-data#money-${list}` };
  const body =
    list === 'in'
      ? renderOpenData(format, await moneyIn(db, area, search, page), moneyInColumns, meta)
      : renderOpenData(format, await moneyOut(db, area, search, page), moneyOutColumns, meta);
  const name = `ledger-${list}${area === 'country' ? '' : `-${area.kind}-${area.code}`}`;
  return openDataResponse(request, body, format, name);
};

import type { Database } from '../../../db/client.ts';
import { formFields } from '../forms/read-form.ts';
import { localeFromSegment, type Locale } from '../i18n/locales.ts';
import { ledgerQueryProblem, unknownLedgerArea, type LedgerQuery, type LedgerQueryProblem } from './ledger-query.ts';
import { readLedgerQuery } from './money-flow-store.ts';

/** The parts of a page's request and answer a public ledger page starts from (Astro's, in pages). */
export interface LedgerPageRequest {
  params: { locale?: string };
  url: URL;
  response: { status?: number };
}

export interface LedgerPage {
  /** Null for an address in no language of the portal. */
  locale: Locale | null;
  /** The address's area, search and page, the area checked; undefined when the address is refused. */
  query: (LedgerQuery & { areaName?: { vi: string; en: string } }) | undefined;
  /** The parameter a malformed address got wrong (answered 400), or ''. */
  problem: LedgerQueryProblem | '';
  /** Set when the answer is the 404 page, with the area no place or plan has, if that is why. */
  notFound: { area?: string } | undefined;
}

/**
 * How a public ledger page (`/ledger`, `/ledger/in`, `/ledger/out`, `/ledger/flow`, `/donors`)
 * begins: its language and its `area`, `q` and `page` read and checked, with the answer's status
 * set to 404 for an address in no language or an area no place or plan has, and 400 for a
 * malformed one.
 *
 * @example const { locale, query, problem, notFound } = await openLedgerPage(db, Astro);
 */
export async function openLedgerPage(db: Database, page: LedgerPageRequest): Promise<LedgerPage> {
  const locale = localeFromSegment(page.params.locale);
  const parsed = await readLedgerQuery(db, formFields(page.url.searchParams));
  const unknownArea = unknownLedgerArea(parsed);
  const query = parsed.ok ? parsed.value : undefined;
  if (!locale || unknownArea) page.response.status = 404;
  else if (!query) page.response.status = 400;
  const notFound = !locale || unknownArea ? { area: unknownArea } : undefined;
  const problem = ledgerQueryProblem(parsed);
  return { locale, query, problem: problem === 'unknownArea' ? '' : problem, notFound };
}

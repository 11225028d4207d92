import { parseFundKey, type Fund } from './accounts.ts';
import { ok, refused, type Result } from '../forms/result.ts';

/** Rows a public ledger page or CSV page shows at a time. */
export const ledgerPageSize = 50;
/** Rows a ledger CSV carries at most; narrower areas or searches give the rest. */
export const ledgerCsvLimit = 100_000;

export interface LedgerQuery {
  area: Fund | 'country';
  search: string;
  /** Zero-based. */
  page: number;
}

/** A malformed parameter of a ledger address: its own name, to answer 400 with it. */
export type LedgerQueryProblem = 'area' | 'q' | 'page';

/**
 * Reads `area` (e.g. `province:42`; the whole country when absent), `q` and `page` (from 1) of
 * a public ledger address, its query read as a form (src/lib/forms/read-form.ts). A malformed one
 * is named, to answer 400 with it.
 */
export function parseLedgerQuery(fields: Record<string, unknown>): Result<LedgerQuery, LedgerQueryProblem> {
  const { area: areaText = '', q: search = '', page: pageText = '1' } = fields;
  const area = areaText === '' ? 'country' : typeof areaText === 'string' ? parseFundKey(areaText) : undefined;
  if (!area) return refused('area', { field: 'area' });
  if (typeof search !== 'string' || search.length > 100) return refused('q', { field: 'q' });
  if (typeof pageText !== 'string' || !/^[1-9]\d{0,4}$/.test(pageText)) return refused('page', { field: 'page' });
  return ok({ area, search, page: Number(pageText) - 1 });
}

/** The parameter a ledger address got wrong, or '' for none. */
export function ledgerQueryProblem<P extends string>(parsed: Result<unknown, P>): P | '' {
  return parsed.ok ? '' : parsed.problems[0]!.code;
}

/** The key of the area no place or campaign has (readLedgerQuery's 'unknownArea'), to answer 404 with. */
export function unknownLedgerArea(parsed: Result<unknown, string>): string | undefined {
  const problem = parsed.ok ? undefined : parsed.problems[0];
  return problem?.code === 'unknownArea' ? String(problem.values?.key) : undefined;
}

/** The address of a ledger page for the same area and search, on another page. */
export function ledgerHref(path: string, query: LedgerQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.area !== 'country') params.set('area', `${query.area.kind}:${query.area.code}`);
  if (query.search) params.set('q', query.search);
  if (page > 0) params.set('page', String(page + 1));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

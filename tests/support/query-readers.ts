import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The source files under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.(ts|astro|svelte)$/.test(name) ? [file] : [];
  });
}

/**
 * Files that read a page's query other than by a literal name (the whole query into a form
 * reader, or a name from a list), with the parameters they read. A file that does so and is not
 * here fails tests/unit/memory-answers.test.ts: parameters missing from knownQueryParameters are
 * taken off an address before the page sees it (and tests/unit/page-parameters.test.ts checks each
 * page's own list).
 */
export const readElsewhere: Record<string, string[]> = {
  // Checks every name and value for hidden characters; reads none.
  'src/lib/http/request-body.ts': [],
  // Reads the names its callers list (queryOf(url, […]), found below).
  'src/lib/transparency/proof-query.ts': [],
  // src/lib/open-data/query.ts and src/lib/reports/programme-report-store.ts read them.
  'src/pages/api/progress/provinces/[code]/communes.[format].ts': ['era', 'campaign', 'as_of'],
  'src/pages/api/progress/provinces.[format].ts': ['era', 'campaign', 'as_of'],
  'src/pages/api/reports/[area].[format].ts': ['as_of', 'era', 'campaign'],
  'src/pages/[...locale]/reports/[area].astro': ['as_of', 'era', 'campaign'],
  // Takes off the parameters a page does not read; reads none.
  'src/lib/http/page-parameters.ts': [],
  // parseLedgerQuery, for the API and (openLedgerPage) the ledger's pages.
  'src/pages/api/ledger/[list].[format].ts': ['area', 'q', 'page'],
  'src/lib/ledger/ledger-page-store.ts': ['area', 'q', 'page'],
  // readHouseholdListFilter.
  'src/pages/api/households/[commune].[format].ts': ['village', 'category', 'stage', 'q'],
  'src/pages/[...locale]/commune/[code].astro': ['village', 'category', 'stage', 'q'],
  'src/pages/[...locale]/search.astro': ['q'],
  'src/pages/[...locale]/pledge-check.astro': ['ref'],
  'src/pages/[...locale]/receipts/verify.astro': ['number', 'format'],
  'src/pages/[...locale]/workspace/deliveries/index.astro': ['reference'],
  'src/pages/[...locale]/workspace/communes/index.ts': ['code'],
  // `?allocation=…` and the others name what was just saved.
  'src/pages/[...locale]/workspace/allocations.astro': ['allocation', 'disbursement', 'reversal'],
  'src/pages/[...locale]/workspace/recognition/index.astro': ['campaign'],
  'src/pages/[...locale]/workspace/reports/index.astro': ['area', 'date', 'format'],
};

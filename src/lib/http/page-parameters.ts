/**
 * The query parameters each public page and file reads, by its route (Astro's `routePattern`,
 * the file's path under src/pages). tests/unit/page-parameters.test.ts finds what each file and
 * the modules it imports read, and fails for a route missing here or a parameter it reads that
 * is not listed. Workspace routes are not here: their answers are never kept.
 */
export const pageParameters: Readonly<Record<string, readonly string[]>> = {
  '/404': [],
  '/500': [],
  '/[...locale]': ['lang'],
  '/[...locale]/campaigns': [],
  '/[...locale]/campaigns/[id]': ['lang'],
  '/[...locale]/campaigns/plans/[file]': [],
  '/[...locale]/commune/[code]': ['category', 'q', 'stage', 'village'],
  '/[...locale]/commune/[code]/feed.atom': [],
  '/[...locale]/commune/[code]/notice': [],
  '/[...locale]/complaint': ['commune', 'household'],
  '/[...locale]/complaint/[reference]': ['new'],
  '/[...locale]/donors': ['area', 'page', 'q'],
  '/[...locale]/eligibility': ['locality'],
  '/[...locale]/ledger': ['area', 'page', 'q'],
  '/[...locale]/ledger/feed.atom': [],
  '/[...locale]/ledger/flow': ['area', 'page', 'q'],
  '/[...locale]/ledger/in': ['area', 'page', 'q'],
  '/[...locale]/ledger/out': ['area', 'page', 'q'],
  '/[...locale]/old/[code]': ['lang'],
  '/[...locale]/open-data': [],
  '/[...locale]/pledge': ['target'],
  '/[...locale]/pledge-check': ['ref'],
  '/[...locale]/pledges/[token]': ['cancelled', 'card', 'new', 'not-cancelled'],
  '/[...locale]/pledges/[token]/card': [],
  '/[...locale]/pledges/[token]/confirmation': [],
  '/[...locale]/pledges/[token]/qr.png': [],
  '/[...locale]/pledges/[token]/receipts': [],
  '/[...locale]/privacy': [],
  '/[...locale]/province/[code]': ['lang'],
  '/[...locale]/province/[code]/feed.atom': [],
  '/[...locale]/receipts/[code]': [],
  '/[...locale]/receipts/keys': [],
  '/[...locale]/receipts/verify': ['format', 'number'],
  '/[...locale]/reports/[area]': ['as_of', 'campaign', 'era'],
  '/[...locale]/search': ['q'],
  '/api/boundaries/[...scope]': [],
  '/api/health': [],
  '/api/households/[commune].[format]': ['category', 'q', 'stage', 'village'],
  '/api/ledger/[list].[format]': ['area', 'page', 'q'],
  '/api/ledger/chain.json': ['after'],
  '/api/maps/[scope].png': [],
  '/api/oembed': ['format', 'lang', 'maxheight', 'maxwidth', 'url'],
  '/api/official-reports.[format]': [],
  '/api/progress/provinces.[format]': ['as_of', 'campaign', 'era'],
  '/api/progress/provinces/[code]/communes.[format]': ['as_of', 'campaign', 'era'],
  '/api/receipts/[code].[format]': [],
  '/api/receipts/keys.json': [],
  '/api/receipts/public-key.pem': [],
  '/api/reports/[area].[format]': ['as_of', 'campaign', 'era', 'lang'],
  '/api/search.json': ['era', 'lang', 'q'],
  '/api/stripe/webhook': [],
  '/api/transparency/checkpoint': [],
  '/api/transparency/consistency.json': ['from', 'to'],
  '/api/transparency/cosignatures': [],
  '/api/transparency/key': [],
  '/api/transparency/proof.json': ['record', 'size'],
  '/embed/map': ['lang'],
  '/embed/map/campaign/[id]': ['lang'],
  '/embed/map/commune/[code]': ['lang'],
  '/embed/map/old/[code]': ['lang'],
  '/embed/map/province/[code]': ['lang'],
};

/**
 * The address with only the parameters its page reads (the same URL when it has no other), or
 * the address itself for a route not listed. A page answers the same without a parameter it does
 * not read, so `/commune/18229?page=7` is `/commune/18229`: answered from the one kept answer
 * rather than rendered again and kept once more for every value (the parameter is on the
 * portal's list, as another page reads it, so it is not taken off before routing).
 */
export function withOnlyPageParameters(route: string, url: URL): URL {
  const read = pageParameters[route];
  if (!read) return url;
  const names = [...new Set(url.searchParams.keys())];
  if (names.every((name) => read.includes(name))) return url;
  const kept = new URL(url);
  for (const name of names) if (!read.includes(name)) kept.searchParams.delete(name);
  return kept;
}

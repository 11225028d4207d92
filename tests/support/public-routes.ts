/**
 * Every route of the portal (each file under src/pages) and the parameters it reads, for the
 * hostile-input test (tests/e2e/hostile-strings.spec.ts), which fails for a route missing here.
 * An address writes each path parameter as `[name=sample]`, the sample being a real one from the
 * seeded demo data (`RECEIPT`: a receipt the test finds), so that the page reaches the code that
 * reads the other parameters. Workspace routes are answered, without a session, by the sign-in
 * page: their addresses are still read, by the same boundary.
 */
export interface PublicRoute {
  address: string;
  /** Also answered under /en/ (the `[...locale]` routes). */
  localized: boolean;
  /** Query parameters it reads. */
  query?: string[];
  /** Fields of the form it takes by POST (for the Stripe webhook: its body). */
  form?: string[];
  /** Parameters a value of which it may answer 501 Not Implemented, as oEmbed's specification requires (2.3.4.2). */
  notImplemented?: string[];
}

/** Files under src/pages that are no address of their own, and why. */
export const notAddresses: Record<string, string> = {
  '500.astro': 'the page shown when another fails, answered with its 500 status',
};

const ledgerQuery = ['area', 'q', 'page'];
const openDataQuery = ['era', 'campaign', 'as_of'];
const pledgeForm = [
  'targetKind',
  'targetCode',
  'kind',
  'amount',
  'material',
  'materialDescription',
  'quantity',
  'skill',
  'workdays',
  'donorType',
  'donorName',
  'taxCode',
  'email',
  'displayChoice',
];
const token = 'A'.repeat(43);

export const publicRoutes: Record<string, PublicRoute> = {
  '404.astro': { address: '/404', localized: false },
  '[...locale]/index.astro': { address: '', localized: true },
  '[...locale]/campaigns/index.astro': { address: '/campaigns', localized: true },
  '[...locale]/campaigns/[id].astro': { address: '/campaigns/[id=national-2025]', localized: true },
  '[...locale]/campaigns/plans/[file].astro': {
    address: '/campaigns/plans/[file=2025-bac-kan-province]',
    localized: true,
  },
  '[...locale]/commune/[code].astro': {
    address: '/commune/[code=18229]',
    localized: true,
    query: ['village', 'category', 'stage', 'q'],
  },
  '[...locale]/commune/[code]/notice.astro': { address: '/commune/[code=18229]/notice', localized: true },
  '[...locale]/commune/[code]/feed.atom.ts': { address: '/commune/[code=18229]/feed.atom', localized: true },
  '[...locale]/complaint/index.astro': {
    address: '/complaint',
    localized: true,
    query: ['commune', 'household'],
    form: ['contact', 'message', 'website'],
  },
  '[...locale]/complaint/[reference].astro': {
    address: '/complaint/[reference=PA3M8W0QZD]',
    localized: true,
    query: ['new'],
  },
  '[...locale]/donors.astro': { address: '/donors', localized: true, query: ledgerQuery },
  '[...locale]/eligibility.astro': {
    address: '/eligibility',
    localized: true,
    query: ['locality'],
    form: ['locality', 'group', 'house'],
  },
  '[...locale]/ledger/index.astro': { address: '/ledger', localized: true, query: ledgerQuery },
  '[...locale]/ledger/feed.atom.ts': { address: '/ledger/feed.atom', localized: true },
  '[...locale]/ledger/in.astro': { address: '/ledger/in', localized: true, query: ledgerQuery },
  '[...locale]/ledger/out.astro': { address: '/ledger/out', localized: true, query: ledgerQuery },
  '[...locale]/ledger/flow.astro': { address: '/ledger/flow', localized: true, query: ledgerQuery },
  '[...locale]/old/[code].astro': { address: '/old/[code=18229]', localized: true },
  '[...locale]/open-data.astro': { address: '/open-data', localized: true },
  '[...locale]/privacy.astro': { address: '/privacy', localized: true },
  '[...locale]/pledge-check.astro': { address: '/pledge-check', localized: true, query: ['ref'] },
  '[...locale]/pledge.astro': { address: '/pledge', localized: true, query: ['target'], form: pledgeForm },
  '[...locale]/pledges/[token].astro': {
    address: `/pledges/[token=${token}]`,
    localized: true,
    query: ['new', 'card', 'cancelled', 'not-cancelled'],
    form: ['action'],
  },
  '[...locale]/pledges/[token]/card.ts': { address: `/pledges/[token=${token}]/card`, localized: true, form: [] },
  '[...locale]/pledges/[token]/receipts.ts': { address: `/pledges/[token=${token}]/receipts`, localized: true },
  '[...locale]/pledges/[token]/confirmation.astro': {
    address: `/pledges/[token=${token}]/confirmation`,
    localized: true,
  },
  '[...locale]/pledges/[token]/qr.png.ts': { address: `/pledges/[token=${token}]/qr.png`, localized: true },
  '[...locale]/province/[code].astro': { address: '/province/[code=42]', localized: true },
  '[...locale]/province/[code]/feed.atom.ts': { address: '/province/[code=42]/feed.atom', localized: true },
  '[...locale]/receipts/[code].astro': { address: '/receipts/[code=RECEIPT]', localized: true },
  '[...locale]/receipts/verify.astro': { address: '/receipts/verify', localized: true, form: ['file'] },
  '[...locale]/receipts/keys.astro': { address: '/receipts/keys', localized: true },
  '[...locale]/search.astro': { address: '/search', localized: true, query: ['q'] },
  '[...locale]/workspace/index.astro': { address: '/workspace', localized: true },
  '[...locale]/workspace/sign-in.astro': {
    address: '/workspace/sign-in',
    localized: true,
    form: ['email', 'password'],
  },
  '[...locale]/workspace/second-factor.astro': {
    address: '/workspace/second-factor',
    localized: true,
    form: ['code'],
  },
  '[...locale]/workspace/sign-out.ts': { address: '/workspace/sign-out', localized: true, form: [] },
  '[...locale]/workspace/allocations.astro': { address: '/workspace/allocations', localized: true },
  '[...locale]/workspace/audit.astro': { address: '/workspace/audit', localized: true, query: ['page'] },
  '[...locale]/workspace/communes/index.ts': { address: '/workspace/communes', localized: true, query: ['code'] },
  '[...locale]/workspace/communes/[code].astro': { address: '/workspace/communes/[code=18229]', localized: true },
  '[...locale]/workspace/complaints/index.astro': { address: '/workspace/complaints', localized: true },
  '[...locale]/workspace/complaints/[reference].astro': {
    address: '/workspace/complaints/[reference=PA3M8W0QZD]',
    localized: true,
  },
  '[...locale]/workspace/deliveries/index.astro': { address: '/workspace/deliveries', localized: true },
  '[...locale]/workspace/deliveries/[reference].astro': {
    address: '/workspace/deliveries/[reference=CT7K9Q2XMA]',
    localized: true,
  },
  '[...locale]/workspace/evidence/[key].ts': {
    address: `/workspace/evidence/[key=${'0'.repeat(64)}.jpg]`,
    localized: true,
  },
  '[...locale]/workspace/households-template.xlsx.ts': {
    address: '/workspace/households-template.xlsx',
    localized: true,
  },
  '[...locale]/workspace/households/[code].astro': {
    address: '/workspace/households/[code=DT25-18229-001]',
    localized: true,
  },
  '[...locale]/workspace/imports/index.astro': { address: '/workspace/imports', localized: true, query: ['campaign'] },
  '[...locale]/workspace/imports/[id].astro': { address: '/workspace/imports/[id=1]', localized: true },
  '[...locale]/workspace/officials/index.astro': { address: '/workspace/officials', localized: true },
  '[...locale]/workspace/officials/[id].astro': { address: '/workspace/officials/[id=1]', localized: true },
  '[...locale]/workspace/recognition/index.astro': {
    address: '/workspace/recognition',
    localized: true,
    query: ['campaign'],
  },
  '[...locale]/workspace/recognition/[campaign]/[donor].[format].ts': {
    address: '/workspace/recognition/[campaign=national-2025]/[donor=1].[format=pdf]',
    localized: true,
  },
  '[...locale]/workspace/reports/index.astro': {
    address: '/workspace/reports',
    localized: true,
    query: ['area', 'date'],
  },
  '[...locale]/workspace/statements/index.astro': { address: '/workspace/statements', localized: true },
  '[...locale]/workspace/official-reports.astro': {
    address: '/workspace/official-reports',
    localized: true,
    form: ['file'],
  },
  '[...locale]/workspace/top-ups.astro': {
    address: '/workspace/top-ups',
    localized: true,
    form: ['unitEra', 'unitCode', 'programme', 'supportType', 'amount', 'legalBasis', 'source', 'note'],
  },
  '[...locale]/reports/[area].astro': {
    address: '/reports/[area=national]',
    localized: true,
    query: ['as_of', 'era', 'campaign'],
  },
  'api/reports/[area].[format].ts': {
    address: '/api/reports/[area=42].[format=json]',
    localized: false,
    query: ['as_of', 'era', 'campaign', 'lang'],
  },
  'api/official-reports.[format].ts': { address: '/api/official-reports.[format=json]', localized: false },
  'api/boundaries/[...scope].ts': { address: '/api/boundaries/[scope=provinces.topo.json]', localized: false },
  'api/health.ts': { address: '/api/health', localized: false },
  'api/households/[commune].[format].ts': {
    address: '/api/households/[commune=18229].[format=json]',
    localized: false,
    query: ['village', 'category', 'stage', 'q'],
  },
  'api/ledger/[list].[format].ts': {
    address: '/api/ledger/[list=in].[format=json]',
    localized: false,
    query: ledgerQuery,
  },
  'api/ledger/chain.json.ts': { address: '/api/ledger/chain.json', localized: false, query: ['after'] },
  'api/transparency/checkpoint.ts': { address: '/api/transparency/checkpoint', localized: false },
  'api/transparency/key.ts': { address: '/api/transparency/key', localized: false },
  'api/transparency/proof.json.ts': {
    address: '/api/transparency/proof.json',
    localized: false,
    query: ['record', 'size'],
  },
  'api/transparency/cosignatures.ts': { address: '/api/transparency/cosignatures', localized: false, form: ['note'] },
  'api/transparency/consistency.json.ts': {
    address: '/api/transparency/consistency.json',
    localized: false,
    query: ['from', 'to'],
  },
  'api/maps/[scope].png.ts': { address: '/api/maps/[scope=42].png', localized: false },
  'api/search.json.ts': { address: '/api/search.json', localized: false, query: ['q', 'lang', 'era'] },
  'api/oembed.ts': {
    address: '/api/oembed',
    localized: false,
    query: ['url', 'format', 'maxwidth', 'maxheight'],
    notImplemented: ['format'],
  },
  'api/progress/provinces.[format].ts': {
    address: '/api/progress/provinces.[format=json]',
    localized: false,
    query: openDataQuery,
  },
  'api/progress/provinces/[code]/communes.[format].ts': {
    address: '/api/progress/provinces/[code=42]/communes.[format=json]',
    localized: false,
    query: openDataQuery,
  },
  'api/receipts/keys.json.ts': { address: '/api/receipts/keys.json', localized: false },
  'api/receipts/[code].[format].ts': { address: '/api/receipts/[code=RECEIPT].[format=json]', localized: false },
  'api/receipts/public-key.pem.ts': { address: '/api/receipts/public-key.pem', localized: false },
  'api/stripe/webhook.ts': { address: '/api/stripe/webhook', localized: false, form: ['payload'] },
  'embed/map/index.astro': { address: '/embed/map', localized: false, query: ['lang'] },
  'embed/map/province/[code].astro': { address: '/embed/map/province/[code=42]', localized: false, query: ['lang'] },
  'embed/map/commune/[code].astro': { address: '/embed/map/commune/[code=18229]', localized: false, query: ['lang'] },
  'embed/map/old/[code].astro': { address: '/embed/map/old/[code=06]', localized: false, query: ['lang'] },
  'embed/map/campaign/[id].astro': {
    address: '/embed/map/campaign/[id=bac-kan-2025]',
    localized: false,
    query: ['lang'],
  },
};

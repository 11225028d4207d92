/**
 * The ledger's accounts, named by what they hold. Money and gifts in kind are kept in separate
 * books; an account's balance is debits minus credits, per unit (đồng, or a material's or
 * labour's own unit in the in-kind book).
 *
 * A fund is held by a campaign (its national or provincial fund), a province or a commune:
 * - `donations:<fund>` what donors gave the fund (credited when money arrives),
 * - `fund:<fund>` what the fund holds now (received − allocated = on hand),
 * - `household:<code>` what was allocated to a home and not yet paid out,
 * - `paid:<code>` what was paid out to a home (money spent),
 * - `gifts:<place>` / `delivered:<place>` materials and workdays given and delivered there.
 */

export const books = ['cash', 'in_kind'] as const;
export type Book = (typeof books)[number];

/** The cash book's one unit: whole đồng. In-kind units are `<material>:<unit>`, `labour:workday` or `machinery-<machine>:shift`. */
export const dong = 'VND';

export const fundHolderKinds = ['campaign', 'province', 'commune'] as const;
export type FundHolderKind = (typeof fundHolderKinds)[number];

/** A fund, e.g. `campaign:bac-giang-2024`, `province:24`, `commune:07420`. */
export interface Fund {
  kind: FundHolderKind;
  code: string;
}

export function fundKey(fund: Fund): string {
  return fundKeyPrefix(fund.kind) + fund.code;
}

/** What the keys of every fund of a kind start with: `fundKeyPrefix('commune')` → `commune:`. */
export function fundKeyPrefix(kind: FundHolderKind): string {
  return `${kind}:`;
}

export function parseFundKey(key: string): Fund | undefined {
  const match = /^(campaign|province|commune):([0-9a-z-]{1,64})$/.exec(key);
  return match ? { kind: match[1] as FundHolderKind, code: match[2]! } : undefined;
}

export const accountKinds = [
  'donations', // what donors gave a fund; credited when money arrives
  'fund', // what a fund holds now
  'household', // allocated to a home, not yet paid out
  'paid', // paid out to a home: money spent
  'gifts', // materials and workdays given for a place
  'delivered', // materials and workdays delivered there
] as const;
export type AccountKind = (typeof accountKinds)[number];

/**
 * What every account of a kind starts with, for matching accounts in SQL:
 * `accountPrefix('fund')` → `fund:`, `accountPrefix('fund', 'commune')` → `fund:commune:`.
 */
export function accountPrefix(kind: AccountKind, holder?: FundHolderKind): string {
  return holder ? `${kind}:${holder}:` : `${kind}:`;
}

export const account = {
  donations: (fund: Fund) => accountPrefix('donations') + fundKey(fund),
  fund: (fund: Fund) => accountPrefix('fund') + fundKey(fund),
  household: (code: string) => accountPrefix('household') + code,
  paid: (code: string) => accountPrefix('paid') + code,
  gifts: (place: string) => accountPrefix('gifts') + place,
  delivered: (place: string) => accountPrefix('delivered') + place,
};

/** `fund:province:24` → `{ kind: 'fund', holder: 'province:24' }`; undefined for no known kind. */
export function parseAccount(name: string): { kind: AccountKind; holder: string } | undefined {
  const colon = name.indexOf(':');
  const kind = name.slice(0, colon) as AccountKind;
  return colon > 0 && accountKinds.includes(kind) ? { kind, holder: name.slice(colon + 1) } : undefined;
}

/** The fund a `fund:` or `donations:` account belongs to. */
export function fundOfAccount(name: string): Fund | undefined {
  const parsed = parseAccount(name);
  return parsed?.kind === 'fund' || parsed?.kind === 'donations' ? parseFundKey(parsed.holder) : undefined;
}

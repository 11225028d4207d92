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

/** The cash book's one unit: whole đồng. In-kind units are `<material>:<unit>` or `labour:workday`. */
export const dong = 'VND';

export const fundHolderKinds = ['campaign', 'province', 'commune'] as const;
export type FundHolderKind = (typeof fundHolderKinds)[number];

/** A fund, e.g. `campaign:bac-giang-2024`, `province:24`, `commune:07420`. */
export interface Fund {
  kind: FundHolderKind;
  code: string;
}

export function fundKey(fund: Fund): string {
  return `${fund.kind}:${fund.code}`;
}

export function parseFundKey(key: string): Fund | undefined {
  const match = /^(campaign|province|commune):([0-9a-z-]{1,64})$/.exec(key);
  return match ? { kind: match[1] as FundHolderKind, code: match[2]! } : undefined;
}

export const account = {
  donations: (fund: Fund) => `donations:${fundKey(fund)}`,
  fund: (fund: Fund) => `fund:${fundKey(fund)}`,
  household: (code: string) => `household:${code}`,
  paid: (code: string) => `paid:${code}`,
  gifts: (place: string) => `gifts:${place}`,
  delivered: (place: string) => `delivered:${place}`,
};

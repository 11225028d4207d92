import { parseFundKey, fundKey, type Fund } from './accounts.ts';

/** The funds named in a list of ledger accounts, to look up their names once. */
export function fundsIn(accounts: Iterable<string>): Fund[] {
  const funds = new Map<string, Fund>();
  for (const name of accounts) {
    const fund =
      name.startsWith('fund:') || name.startsWith('donations:') ? parseFundKey(name.replace(/^\w+:/, '')) : undefined;
    if (fund) funds.set(fundKey(fund), fund);
  }
  return [...funds.values()];
}

/**
 * An account as a reader understands it: a fund by its holder's name, a home by its code
 * ("paid to" for money paid out).
 */
export function accountLabel(
  name: string,
  fundNames: ReadonlyMap<string, string>,
  paidTo: (home: string) => string,
): string {
  const [kind, rest = ''] = name.split(/:(.*)/s);
  if (kind === 'fund' || kind === 'donations') return fundNames.get(rest) ?? rest;
  if (kind === 'paid') return paidTo(rest);
  return rest;
}

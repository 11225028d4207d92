import { fundKey, fundOfAccount, parseAccount, type Fund } from './accounts.ts';

/** The funds named in a list of ledger accounts, to look up their names once. */
export function fundsIn(accounts: Iterable<string>): Fund[] {
  const funds = new Map<string, Fund>();
  for (const name of accounts) {
    const fund = fundOfAccount(name);
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
  const parsed = parseAccount(name);
  if (!parsed) return name;
  if (parsed.kind === 'fund' || parsed.kind === 'donations') return fundNames.get(parsed.holder) ?? parsed.holder;
  if (parsed.kind === 'paid') return paidTo(parsed.holder);
  return parsed.holder;
}

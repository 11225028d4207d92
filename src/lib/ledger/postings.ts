import { account, dong, fundKey, parseAccount, type Book, type Fund } from './accounts.ts';

/**
 * What each kind of event writes to the ledger. Amounts are signed: a debit is positive, a credit
 * negative, so a transaction balances when its entries sum to zero in every unit.
 */

export const ledgerTransactionKinds = [
  'payment',
  'refund',
  'delivery',
  'allocation',
  'disbursement',
  'reversal',
] as const;
export type LedgerTransactionKind = (typeof ledgerTransactionKinds)[number];

export interface LedgerEntry {
  account: string;
  unit: string;
  amount: bigint;
}

/** The sums per unit that are not zero: empty when the entries balance. */
export function imbalances(entries: readonly LedgerEntry[]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const entry of entries) sums.set(entry.unit, (sums.get(entry.unit) ?? 0n) + entry.amount);
  for (const [unit, sum] of sums) if (sum === 0n) sums.delete(unit);
  return sums;
}

export function bookOf(entries: readonly LedgerEntry[]): Book {
  return entries.every((entry) => entry.unit === dong) ? 'cash' : 'in_kind';
}

/** Where a pledge's gift goes: a campaign's fund, a province's, a commune's, or one home in a commune. */
export type GiftTarget = { fund: Fund } | { household: string; commune: string };

/** The fund that receives and issues receipts for a gift: a home's gifts go through its commune. */
export function receivingFund(target: GiftTarget): Fund {
  return 'fund' in target ? target.fund : { kind: 'commune', code: target.commune };
}

/** Money received: into the fund, or straight to the home it was given for. */
export function paymentEntries(target: GiftTarget, amount: bigint): LedgerEntry[] {
  const into = 'fund' in target ? account.fund(target.fund) : account.household(target.household);
  return [
    { account: into, unit: dong, amount },
    { account: account.donations(receivingFund(target)), unit: dong, amount: -amount },
  ];
}

/** Materials delivered or workdays performed where the pledge was for, in the gift's own unit. */
export function deliveryEntries(target: GiftTarget, unit: string, quantity: number): LedgerEntry[] {
  // A place is named like a fund (`commune:07420`), a home as `household:<code>`.
  const place = 'fund' in target ? fundKey(target.fund) : `household:${target.household}`;
  return [
    { account: account.delivered(place), unit, amount: BigInt(quantity) },
    { account: account.gifts(place), unit, amount: -BigInt(quantity) },
  ];
}

/** One line of an allocation decision: an amount from the fund to a commune's fund or to a home. */
export type AllocationLine = { commune: string; amount: bigint } | { household: string; amount: bigint };

export function allocationEntries(from: Fund, lines: readonly AllocationLine[]): LedgerEntry[] {
  const total = lines.reduce((sum, line) => sum + line.amount, 0n);
  return [
    ...lines.map((line) => ({
      account:
        'commune' in line ? account.fund({ kind: 'commune', code: line.commune }) : account.household(line.household),
      unit: dong,
      amount: line.amount,
    })),
    { account: account.fund(from), unit: dong, amount: -total },
  ];
}

/** Money paid out to a home from what was allocated to it. */
export function disbursementEntries(household: string, amount: bigint): LedgerEntry[] {
  return [
    { account: account.paid(household), unit: dong, amount },
    { account: account.household(household), unit: dong, amount: -amount },
  ];
}

/** The same entries with their sides swapped: how a mistake is undone without erasing it. */
export function reversalEntries(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.map((entry) => ({ ...entry, amount: -entry.amount }));
}

/** A posting refused because it would take an account that holds money below zero. */
export interface Overdraft {
  account: string;
  available: bigint;
  needed: bigint;
}

/** Accounts the entries take money from that must stay covered, each with how much it goes down. */
export function drawnAccounts(entries: readonly LedgerEntry[]): Map<string, bigint> {
  const change = new Map<string, bigint>();
  for (const entry of entries)
    if (entry.unit === dong && mustStayCovered(entry.account))
      change.set(entry.account, (change.get(entry.account) ?? 0n) + entry.amount);
  return new Map([...change].filter(([, amount]) => amount < 0n).map(([name, amount]) => [name, -amount]));
}

/** The first drawn account that does not hold enough, given what each holds now; undefined when all do. */
export function overdraftOf(
  drawn: ReadonlyMap<string, bigint>,
  held: (account: string) => bigint,
): Overdraft | undefined {
  for (const [account, needed] of drawn) {
    const available = held(account);
    if (available < needed) return { account, available, needed };
  }
  return undefined;
}

/** Accounts that hold money and so may never go below zero: funds and homes' allocations. */
function mustStayCovered(accountName: string): boolean {
  const kind = parseAccount(accountName)?.kind;
  return kind === 'fund' || kind === 'household';
}

import type { ChainCheck } from '../security/hash-chain.ts';

/**
 * The public reconciliation check: what the books must satisfy for their totals to be believed.
 * Measured by reconciliation-store.ts; judged here.
 */

export interface LedgerFacts {
  /** Transactions (with the unit) whose entries do not sum to zero. */
  unbalanced: number;
  /** Accounts whose kept balance differs from the sum of their entries. */
  balanceMismatches: string[];
  /** Whole đồng of payments recorded less refunds recorded, and what donations hold in the cash book. */
  paymentsTotal: bigint;
  donationsBooked: bigint;
  paymentsUnbooked: number;
  deliveriesUnbooked: number;
  /** Payments and deliveries without their receipt. */
  withoutReceipt: number;
  /** Issuers whose receipt numbers are not 1…n. */
  receiptGaps: string[];
  /** Funds or homes' allocations below zero. */
  overdrawn: string[];
  /** Communes whose kept money spent differs from the ledger's payments to their homes. */
  spentMismatches: string[];
  ledgerChain: ChainCheck;
  auditChain: ChainCheck;
}

export const findingCodes = [
  'unbalanced',
  'balanceMismatch',
  'donationsDiffer',
  'paymentsUnbooked',
  'deliveriesUnbooked',
  'withoutReceipt',
  'receiptGap',
  'overdrawn',
  'spentMismatch',
  'ledgerChainBroken',
  'auditChainBroken',
] as const;
export type FindingCode = (typeof findingCodes)[number];

export interface Finding {
  code: FindingCode;
  detail: string;
}

/** Everything found wrong; an empty list means the books reconcile. */
export function reconcile(facts: LedgerFacts): Finding[] {
  const findings: Finding[] = [];
  const add = (code: FindingCode, detail: string | number | bigint) => findings.push({ code, detail: String(detail) });
  if (facts.unbalanced > 0) add('unbalanced', facts.unbalanced);
  for (const account of facts.balanceMismatches) add('balanceMismatch', account);
  if (facts.paymentsTotal !== facts.donationsBooked)
    add('donationsDiffer', `${facts.paymentsTotal} ≠ ${facts.donationsBooked}`);
  if (facts.paymentsUnbooked > 0) add('paymentsUnbooked', facts.paymentsUnbooked);
  if (facts.deliveriesUnbooked > 0) add('deliveriesUnbooked', facts.deliveriesUnbooked);
  if (facts.withoutReceipt > 0) add('withoutReceipt', facts.withoutReceipt);
  for (const issuer of facts.receiptGaps) add('receiptGap', issuer);
  for (const account of facts.overdrawn) add('overdrawn', account);
  for (const commune of facts.spentMismatches) add('spentMismatch', commune);
  if (!facts.ledgerChain.ok) add('ledgerChainBroken', `${facts.ledgerChain.sequence}: ${facts.ledgerChain.problem}`);
  if (!facts.auditChain.ok) add('auditChainBroken', `${facts.auditChain.sequence}: ${facts.auditChain.problem}`);
  return findings;
}

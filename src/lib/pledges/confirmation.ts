import { referencePrices } from '../recognition/reference-prices.ts';
import type { FundAccount } from '../payments/fund-account.ts';
import { vietQrPayload } from '../payments/vietqr.ts';
import type { Machine, Material, PledgeKind } from './vocabulary.ts';

/**
 * What a pledge confirmation states beyond the pledge itself: its estimated value, with where
 * the price comes from, and the VietQR transfer to pay it. For a company's board, printed.
 */

export interface Estimate {
  /** Whole đồng; null where no price is known (workdays, "other" materials or machines). */
  value: bigint | null;
  /** The pledge's own amount (money), or the portal's demo reference prices (in kind). */
  source: 'amount' | 'demoReferencePrice' | 'notStated';
}

export interface PledgeToValue {
  kind: PledgeKind;
  amount: bigint | null;
  quantity: number | null;
  material: Material | null;
  machine: Machine | null;
}

/** A pledge's estimated value: money at its amount; materials and machine shifts at the reference prices. */
export function estimateOf(pledge: PledgeToValue): Estimate {
  if (pledge.kind === 'money') return { value: pledge.amount, source: 'amount' };
  const perUnit =
    pledge.kind === 'material' && pledge.material
      ? referencePrices.perUnit[pledge.material]
      : pledge.kind === 'machinery' && pledge.machine
        ? referencePrices.perShift[pledge.machine]
        : 0n;
  if (perUnit === 0n || pledge.quantity === null) return { value: null, source: 'notStated' };
  return { value: perUnit * BigInt(pledge.quantity), source: 'demoReferencePrice' };
}

/** The VietQR payload that pays a money pledge into the fund, its reference as the memo; undefined when none applies. */
export function transferPayload(
  pledge: { kind: PledgeKind; amount: bigint | null; reference: string },
  account: FundAccount | undefined,
): string | undefined {
  if (pledge.kind !== 'money' || !pledge.amount || !account) return undefined;
  return vietQrPayload({
    bankBin: account.bankBin,
    accountNumber: account.accountNumber,
    amount: pledge.amount,
    memo: pledge.reference,
  });
}

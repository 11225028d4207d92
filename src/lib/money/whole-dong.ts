import { ok, refused, type Result } from '../forms/result.ts';

/**
 * The largest single amount the portal records: one gift, payment, refund, allocation line or
 * home's support. A portal setting (no plan sets one): a thousand billion đồng is far above any
 * single gift published for the campaign, so a larger figure is a misreading, never money.
 */
export const maximumAmount = 1_000_000_000_000n;

/** Why an amount from outside is not recorded: not whole đồng, zero or below, or above `maximumAmount`. */
export type AmountProblem = 'amountNotWholeDong' | 'amountNotPositive' | 'amountTooLarge';

/**
 * Whole đồng as people write them: "5.000.000", "5,000,000", "5 000 000", "5000000", with or
 * without "đ", "₫", "VND" or "đồng" after. Separators must group thousands, so "5000,5" (five
 * thousand and a half, to a Vietnamese reader) is refused. Undefined when it is not an amount.
 *
 * @example parseWholeDong('60.000.000 đ') // 60000000n
 */
export function parseWholeDong(text: string): bigint | undefined {
  const digits = text.trim().replace(/\s*(đ|₫|vnd|đồng)$/i, '');
  if (!/^(\d{1,15}|\d{1,3}([., ]\d{3})+)$/.test(digits)) return undefined;
  return BigInt(digits.replace(/[., ]/g, ''));
}

/**
 * An amount another system sent as a number (Stripe's `amount_total`, a spreadsheet's numeric
 * cell), checked once at the boundary: whole đồng, above zero, at most `maximumAmount`. Anything
 * but a number (a string, null) is not an amount here.
 *
 * @example amountFromNumber(1_200_000) // ok(1200000n)
 * @example amountFromNumber(12.5) // refused('amountNotWholeDong')
 */
export function amountFromNumber(value: unknown): Result<bigint, AmountProblem> {
  return checkAmount(typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : undefined);
}

/** An amount a person typed or a file wrote as text, read as `parseWholeDong` reads it, checked the same way. */
export function amountFromText(text: string): Result<bigint, AmountProblem> {
  return checkAmount(parseWholeDong(text));
}

function checkAmount(amount: bigint | undefined): Result<bigint, AmountProblem> {
  if (amount === undefined) return refused('amountNotWholeDong');
  if (amount <= 0n) return refused('amountNotPositive');
  if (amount > maximumAmount) return refused('amountTooLarge');
  return ok(amount);
}

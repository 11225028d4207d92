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

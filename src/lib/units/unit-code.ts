/**
 * Official statistics codes: 2 digits for a province, 3 for a district, 5 for a commune.
 * Codes are text: leading zeros matter ("01" is Hà Nội, "1" is nothing).
 */
export const codeLength = { province: 2, district: 3, commune: 5 } as const;

/** Whether a URL segment could be a code of the given level (before looking it up). */
export function isUnitCode(value: string | undefined, level: keyof typeof codeLength): value is string {
  return value !== undefined && value.length === codeLength[level] && /^\d+$/.test(value);
}

/** The island special zones (đặc khu) that every national map must show. */
export const archipelagoCodes = { hoangSa: '20333', truongSa: '22736' } as const;

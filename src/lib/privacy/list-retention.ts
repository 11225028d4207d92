/**
 * How long households are listed one by one. The plans ask lists to be posted for supervision
 * while a campaign runs; after it ends, and a further period the operating authority sets
 * (HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN, the portal's own setting), a campaign's households are
 * shown only in aggregate figures: commune, village and initials single out a family.
 */

/**
 * The earliest campaign end (YYYY-MM-DD) whose households are still listed on `today`: campaigns
 * that ended before it are shown as aggregates. Months are calendar months, clamped to a month's
 * last day (31 March less one month is 28 or 29 February).
 *
 * @example listedIfEndedOnOrAfter('2026-12-01', 36) // '2023-12-01'
 */
export function listedIfEndedOnOrAfter(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Whether a campaign that ended on `periodEnd` still has its households listed on `today`. */
export function isListedOneByOne(periodEnd: string, today: string, months: number): boolean {
  return periodEnd >= listedIfEndedOnOrAfter(today, months);
}

/**
 * Pages and files that list households one by one: kept out of search engines (a robots meta
 * tag on pages, `X-Robots-Tag` on every answer), so that a family's name is not one search away.
 */
export function listsHouseholds(pathname: string): boolean {
  return /^(\/en)?\/commune\/\d{5}(\/notice)?\/?$/.test(pathname) || pathname.startsWith('/api/households/');
}

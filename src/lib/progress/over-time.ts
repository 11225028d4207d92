export interface MonthPoint {
  /** First day of the month, `YYYY-MM-01`. */
  month: string;
  delivered: number;
  cumulative: number;
}

/**
 * Running totals of homes delivered, one point per calendar month from the first to the last
 * month with deliveries, months without any included (a flat stretch is information too).
 *
 * @example cumulativeByMonth([{ month: '2025-01-01', delivered: 2 }, { month: '2025-03-01', delivered: 1 }])
 * // → Jan 2 (2), Feb 0 (2), Mar 1 (3)
 */
export function cumulativeByMonth(rows: { month: string; delivered: number }[]): MonthPoint[] {
  if (rows.length === 0) return [];
  const byMonth = new Map(rows.map((r) => [r.month.slice(0, 7), r.delivered]));
  const sorted = [...byMonth.keys()].sort();
  const points: MonthPoint[] = [];
  let [year, month] = sorted[0]!.split('-').map(Number) as [number, number];
  let cumulative = 0;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const delivered = byMonth.get(key) ?? 0;
    cumulative += delivered;
    points.push({ month: `${key}-01`, delivered, cumulative });
    if (key === sorted.at(-1)) return points;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

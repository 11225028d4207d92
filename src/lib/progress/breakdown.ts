import { addCounts, emptyCounts, type ProgressCounts } from './progress-counts.ts';

/**
 * Sums breakdown rows by one of their dimensions, keeping the vocabulary's order and leaving
 * out values with no households.
 *
 * @example sumBy(rows, 'category', beneficiaryCategories) // [['poor', counts], ['near_poor', counts], …]
 */
export function sumBy<Row extends { counts: ProgressCounts }, Key extends keyof Row>(
  rows: Row[],
  key: Key,
  order: readonly Row[Key][],
): [Row[Key], ProgressCounts][] {
  const totals = new Map<Row[Key], ProgressCounts>();
  for (const row of rows) totals.set(row[key], addCounts(totals.get(row[key]) ?? emptyCounts, row.counts));
  return order.filter((value) => totals.has(value)).map((value) => [value, totals.get(value)!]);
}

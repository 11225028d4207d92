import type { MonthPoint } from './over-time.ts';

/**
 * When the homes still to finish would be done if the recent pace held: the portal's own
 * computation, never an official figure. The pace is the homes completed per month, on average,
 * over the last `paceMonths` calendar months up to the last month with any completed; at least
 * two months with homes completed are needed, or there is no estimate.
 */
export type CompletionEstimate =
  | { kind: 'done' }
  | { kind: 'notEnoughData' }
  | { kind: 'estimate'; month: string; perMonth: number; remaining: number; fromMonth: string; toMonth: string };

export const paceMonths = 3;

/**
 * @example completionEstimate(cumulativeByMonth([{ month: '2025-01-01', delivered: 2 }, { month: '2025-02-01', delivered: 4 }]), 12)
 * // pace (0 + 2 + 4) / 3 = 2 a month over Dec–Feb; 6 remaining → { kind: 'estimate', month: '2025-05-01', … }
 */
export function completionEstimate(points: readonly MonthPoint[], inScope: number): CompletionEstimate {
  const delivered = points.at(-1)?.cumulative ?? 0;
  if (inScope > 0 && delivered >= inScope) return { kind: 'done' };
  if (points.filter((point) => point.delivered > 0).length < 2) return { kind: 'notEnoughData' };
  const last = points.at(-1)!;
  // Months before the first point had none completed.
  const recent = points.slice(-paceMonths);
  const perMonth = recent.reduce((sum, point) => sum + point.delivered, 0) / paceMonths;
  if (perMonth <= 0) return { kind: 'notEnoughData' };
  const remaining = inScope - delivered;
  return {
    kind: 'estimate',
    month: addMonths(last.month, Math.ceil(remaining / perMonth)),
    perMonth,
    remaining,
    fromMonth: addMonths(last.month, 1 - paceMonths),
    toMonth: last.month,
  };
}

/** `YYYY-MM-01` moved by whole months. */
function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

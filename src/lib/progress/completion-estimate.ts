import type { MonthPoint } from './over-time.ts';

/**
 * When the homes still to finish would be done if the recent pace held: the portal's own
 * computation, never an official figure. The pace is the homes completed per month, on average,
 * over the last `paceMonths` calendar months up to today (this month and the two before, months
 * with none completed counted as none), so a stalled campaign is never given a date in the past.
 * At least two months with homes completed, ever, are needed for an estimate.
 */
export type CompletionEstimate =
  | { kind: 'done' }
  | { kind: 'notEnoughData' }
  | { kind: 'noRecentCompletions'; fromMonth: string; toMonth: string }
  | { kind: 'estimate'; month: string; perMonth: number; remaining: number; fromMonth: string; toMonth: string };

export const paceMonths = 3;

/** The calendar month (`YYYY-MM-01`) of a moment in Vietnam. */
export function monthInVietnam(moment: Date): string {
  return `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(moment).slice(0, 7)}-01`;
}

/**
 * @example completionEstimate(cumulativeByMonth([{ month: '2025-01-01', delivered: 2 }, { month: '2025-02-01', delivered: 4 }]), 12, new Date('2025-02-15'))
 * // pace (0 + 2 + 4) / 3 = 2 a month over Dec–Feb; 6 remaining → { kind: 'estimate', month: '2025-05-01', … }
 */
export function completionEstimate(
  points: readonly MonthPoint[],
  inScope: number,
  today: Date = new Date(),
): CompletionEstimate {
  const delivered = points.at(-1)?.cumulative ?? 0;
  if (inScope > 0 && delivered >= inScope) return { kind: 'done' };
  if (points.filter((point) => point.delivered > 0).length < 2) return { kind: 'notEnoughData' };
  const toMonth = monthInVietnam(today);
  const fromMonth = addMonths(toMonth, 1 - paceMonths);
  const recent = points.filter((point) => point.month >= fromMonth && point.month <= toMonth);
  const perMonth = recent.reduce((sum, point) => sum + point.delivered, 0) / paceMonths;
  if (perMonth <= 0) return { kind: 'noRecentCompletions', fromMonth, toMonth };
  const remaining = inScope - delivered;
  return {
    kind: 'estimate',
    month: addMonths(toMonth, Math.ceil(remaining / perMonth)),
    perMonth,
    remaining,
    fromMonth,
    toMonth,
  };
}

/** `YYYY-MM-01` moved by whole months. */
function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

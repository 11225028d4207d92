import { describe, expect, it } from 'vitest';
import { completionEstimate } from '../../src/lib/progress/completion-estimate.ts';
import { cumulativeByMonth } from '../../src/lib/progress/over-time.ts';

describe('completion estimate at the current pace (the portal’s own computation)', () => {
  it('divides what remains by the average of the last three months, counting a month before the first as none', () => {
    const points = cumulativeByMonth([
      { month: '2025-01-01', delivered: 2 },
      { month: '2025-02-01', delivered: 4 },
    ]);
    expect(completionEstimate(points, 12)).toEqual({
      kind: 'estimate',
      month: '2025-05-01',
      perMonth: 2,
      remaining: 6,
      fromMonth: '2024-12-01',
      toMonth: '2025-02-01',
    });
  });

  it('uses only the recent months, and rounds a part month up, across a year', () => {
    const points = cumulativeByMonth([
      { month: '2025-06-01', delivered: 100 },
      { month: '2025-10-01', delivered: 3 },
      { month: '2025-11-01', delivered: 3 },
      { month: '2025-12-01', delivered: 4 },
    ]);
    // Pace (3 + 3 + 4) / 3 = 3⅓ a month; 200 − 110 = 90 remaining → 27 months after 12/2025.
    expect(completionEstimate(points, 200)).toMatchObject({ kind: 'estimate', month: '2028-03-01', remaining: 90 });
  });

  it('says there is not enough data with fewer than two months, or none lately; done when all are', () => {
    expect(completionEstimate([], 10)).toEqual({ kind: 'notEnoughData' });
    expect(completionEstimate(cumulativeByMonth([{ month: '2025-03-01', delivered: 5 }]), 10)).toEqual({
      kind: 'notEnoughData',
    });
    const stalled = cumulativeByMonth([
      { month: '2025-01-01', delivered: 1 },
      { month: '2025-02-01', delivered: 1 },
      { month: '2025-06-01', delivered: 0 },
    ]);
    expect(completionEstimate(stalled, 10)).toEqual({ kind: 'notEnoughData' });
    expect(completionEstimate(cumulativeByMonth([{ month: '2025-03-01', delivered: 5 }]), 5)).toEqual({ kind: 'done' });
  });
});

import { describe, expect, it } from 'vitest';
import { cumulativeByMonth } from '../../src/lib/progress/over-time.ts';

describe('cumulativeByMonth', () => {
  it('runs a total month by month, filling months without deliveries', () => {
    expect(
      cumulativeByMonth([
        { month: '2024-11-01', delivered: 2 },
        { month: '2025-02-01', delivered: 3 },
      ]),
    ).toEqual([
      { month: '2024-11-01', delivered: 2, cumulative: 2 },
      { month: '2024-12-01', delivered: 0, cumulative: 2 },
      { month: '2025-01-01', delivered: 0, cumulative: 2 },
      { month: '2025-02-01', delivered: 3, cumulative: 5 },
    ]);
  });

  it('is empty without deliveries', () => {
    expect(cumulativeByMonth([])).toEqual([]);
  });
});

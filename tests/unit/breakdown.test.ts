import { describe, expect, it } from 'vitest';
import { beneficiaryCategories } from '../../src/lib/households/vocabulary.ts';
import { sumBy } from '../../src/lib/progress/breakdown.ts';
import { emptyCounts } from '../../src/lib/progress/progress-counts.ts';

const row = (category: (typeof beneficiaryCategories)[number], households: number, completed: number) => ({
  category,
  supportType: 'new_build' as const,
  counts: { ...emptyCounts, households, completed, newBuild: households },
});

describe('sumBy', () => {
  it('adds rows that share a value and keeps the vocabulary’s order', () => {
    const totals = sumBy(
      [row('near_poor', 2, 1), row('poor', 3, 3), row('near_poor', 1, 0)],
      'category',
      beneficiaryCategories,
    );
    expect(totals.map(([category, counts]) => [category, counts.households, counts.completed])).toEqual([
      ['poor', 3, 3],
      ['near_poor', 3, 1],
    ]);
  });

  it('leaves out values without households', () => {
    expect(sumBy([] as ReturnType<typeof row>[], 'category', beneficiaryCategories)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addCounts,
  delivered,
  emptyCounts,
  inScope,
  notStarted,
  progressPercent,
  underConstruction,
} from '../../src/lib/progress/progress-counts.ts';

const commune = {
  ...emptyCounts,
  households: 10,
  withdrawn: 1,
  identified: 1,
  approved: 1,
  started: 2,
  completed: 2,
  handedOver: 2,
  validated: 1,
  newBuild: 6,
  repair: 3,
  supportAmount: 450_000_000n,
};

describe('progress counts', () => {
  it('leaves withdrawn households out of the denominator', () => {
    expect(inScope(commune)).toBe(9);
    expect(delivered(commune)).toBe(5);
    expect(progressPercent(commune)).toBe(56);
  });

  it('counts completed, handed over and validated homes as delivered', () => {
    expect(delivered({ ...emptyCounts, households: 3, completed: 1, handedOver: 1, validated: 1 })).toBe(3);
  });

  it('splits the rest into under construction and not started', () => {
    expect(underConstruction(commune)).toBe(2);
    expect(notStarted(commune)).toBe(2);
  });

  it('rounds to the nearest whole percent, not down', () => {
    expect(progressPercent({ ...emptyCounts, households: 15, completed: 10 })).toBe(67);
    expect(progressPercent({ ...emptyCounts, households: 3, completed: 1 })).toBe(33);
    expect(progressPercent({ ...emptyCounts, households: 8, completed: 1 })).toBe(13);
  });

  it('shows an end only when it is reached: an unfinished campaign never shows 100%, a started one never 0%', () => {
    expect(progressPercent({ ...emptyCounts, households: 10_000, completed: 9_999 })).toBe(99);
    expect(progressPercent({ ...emptyCounts, households: 1_000, completed: 1 })).toBe(1);
    expect(progressPercent({ ...emptyCounts, households: 4, completed: 4 })).toBe(100);
    expect(progressPercent({ ...emptyCounts, households: 4 })).toBe(0);
  });

  it('gives no figure when nothing is in scope', () => {
    expect(progressPercent(emptyCounts)).toBeNull();
    expect(progressPercent({ ...emptyCounts, households: 2, withdrawn: 2 })).toBeNull();
  });

  it('adds areas together, money included', () => {
    const total = addCounts(commune, commune);
    expect(total.households).toBe(20);
    expect(total.supportAmount).toBe(900_000_000n);
    expect(progressPercent(total)).toBe(progressPercent(commune));
  });
});

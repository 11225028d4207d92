/**
 * How many households of an area are at each stage. Everything else about progress is
 * computed from these counts, the same way for a commune, a province or the nation.
 */
export interface ProgressCounts {
  households: number;
  withdrawn: number;
  identified: number;
  approved: number;
  started: number;
  completed: number;
  handedOver: number;
  validated: number;
  newBuild: number;
  repair: number;
  /** Whole đồng of support for households in scope. */
  supportAmount: bigint;
}

export const emptyCounts: ProgressCounts = {
  households: 0,
  withdrawn: 0,
  identified: 0,
  approved: 0,
  started: 0,
  completed: 0,
  handedOver: 0,
  validated: 0,
  newBuild: 0,
  repair: 0,
  supportAmount: 0n,
};

export function addCounts(a: ProgressCounts, b: ProgressCounts): ProgressCounts {
  return {
    households: a.households + b.households,
    withdrawn: a.withdrawn + b.withdrawn,
    identified: a.identified + b.identified,
    approved: a.approved + b.approved,
    started: a.started + b.started,
    completed: a.completed + b.completed,
    handedOver: a.handedOver + b.handedOver,
    validated: a.validated + b.validated,
    newBuild: a.newBuild + b.newBuild,
    repair: a.repair + b.repair,
    supportAmount: a.supportAmount + b.supportAmount,
  };
}

/** Households the campaign still counts: withdrawn ones leave the denominator. */
export function inScope(counts: ProgressCounts): number {
  return counts.households - counts.withdrawn;
}

/** Homes delivered: completed, handed over or validated. */
export function delivered(counts: ProgressCounts): number {
  return counts.completed + counts.handedOver + counts.validated;
}

/** Homes whose works have started but are not finished. */
export function underConstruction(counts: ProgressCounts): number {
  return counts.started;
}

/** Households identified or approved whose works have not started. */
export function notStarted(counts: ProgressCounts): number {
  return counts.identified + counts.approved;
}

/**
 * Progress in whole percent, rounded to the nearest (10 of 15 is 67%, not 66.6%), except that
 * an end is shown only when reached: 9,999 homes of 10,000 is 99%, never 100%, and one of 1,000
 * is 1%, never 0%. Null when there is nothing in scope (no figure rather than a misleading 0% or 100%).
 *
 * @example progressPercent({ ...emptyCounts, households: 3, completed: 1 }) // 33
 */
export function progressPercent(counts: ProgressCounts): number | null {
  const scope = inScope(counts);
  if (scope <= 0) return null;
  const done = delivered(counts);
  const rounded = Math.round((done * 100) / scope);
  if (done < scope && rounded === 100) return 99;
  if (done > 0 && rounded === 0) return 1;
  return rounded;
}

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
 * Progress in percent, rounded down to one decimal so that 99.96% never shows as 100%;
 * null when there is nothing in scope (no figure rather than a misleading 0% or 100%).
 *
 * @example progressPercent({ ...emptyCounts, households: 3, completed: 1 }) // 33.3
 */
export function progressPercent(counts: ProgressCounts): number | null {
  const scope = inScope(counts);
  if (scope <= 0) return null;
  return Math.floor((delivered(counts) * 1000) / scope) / 10;
}

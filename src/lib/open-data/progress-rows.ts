import { delivered, emptyCounts, inScope, progressPercent, type ProgressCounts } from '../progress/progress-counts.ts';
import type { ProgressRow } from './columns.ts';

/**
 * One row per unit, in the units' order; units without households get zeros. Money spent is
 * given only where it is kept (2025 units, all campaigns together), else left empty.
 */
export function progressRows(
  units: { code: string; name: string; nameEn: string; provinceCode: string }[],
  figures: Map<string, ProgressCounts>,
  spent?: Map<string, bigint>,
): ProgressRow[] {
  return units.map((unit) => {
    const counts = figures.get(unit.code) ?? emptyCounts;
    return {
      code: unit.code,
      name: unit.name,
      nameEn: unit.nameEn,
      provinceCode: unit.provinceCode,
      inScope: inScope(counts),
      withdrawn: counts.withdrawn,
      identified: counts.identified,
      approved: counts.approved,
      started: counts.started,
      completed: counts.completed,
      handedOver: counts.handedOver,
      validated: counts.validated,
      delivered: delivered(counts),
      newBuild: counts.newBuild,
      repair: counts.repair,
      progressPercent: progressPercent(counts),
      supportAmount: counts.supportAmount,
      moneySpent: spent ? (spent.get(unit.code) ?? 0n) : null,
    };
  });
}

import type { OfficialReport } from './official-report.ts';

/**
 * The officially reported completions to plot beside the portal's own line: counts reached (not
 * targets) that state how many were completed, for exactly the area shown — a former province's
 * figures cover only part of today's, so they are listed but not plotted.
 */
export function officialCompletions(
  reports: readonly OfficialReport[],
  area: string,
): { asOf: string; completed: number; publisher: string }[] {
  return reports.flatMap((report) =>
    report.kind === 'reported' && report.area === area && report.counts.completed !== null
      ? [{ asOf: report.asOf, completed: report.counts.completed, publisher: report.publisher }]
      : [],
  );
}

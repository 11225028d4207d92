import type { PledgeStatus } from './vocabulary.ts';

export interface PledgeProgress {
  cancelled: boolean;
  /** The last day it may be fulfilled (its campaign's end); null when it has none. */
  expiresOn: string | null;
  /** What was promised, and what has arrived so far: đồng, units of material or workdays. */
  promised: bigint;
  fulfilled: bigint;
}

/**
 * pledged → partly fulfilled → fulfilled, or cancelled, or expired once its campaign has ended
 * with nothing or part received. What arrived stays counted whatever the status.
 */
export function pledgeStatus(pledge: PledgeProgress, today: string): PledgeStatus {
  if (pledge.fulfilled >= pledge.promised) return 'fulfilled';
  if (pledge.cancelled) return 'cancelled';
  if (pledge.expiresOn !== null && today > pledge.expiresOn) return 'expired';
  return pledge.fulfilled > 0n ? 'partly_fulfilled' : 'pledged';
}

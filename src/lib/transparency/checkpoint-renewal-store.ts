import type { Database } from '../../../db/client.ts';
import { latestCheckpoint, renewCheckpoint, type StoredCheckpoint } from './log-store.ts';

/**
 * How long a checkpoint answers requests before one asks for a new one. Anyone may ask (witnesses,
 * the receipt pages): without it, a flood of requests would each log, lock and sign in turn.
 */
export const onDemandSeconds = 5;

interface Renewals {
  /** When this server last renewed, whether or not the log had grown (a same-size renewal signs nothing). */
  renewedAt: number;
  /** The renewal under way: every request meanwhile waits for it instead of taking the log's lock again. */
  pending?: Promise<StoredCheckpoint>;
}

const renewalsOf = new WeakMap<Database, Renewals>();

/**
 * The latest checkpoint, renewed first when it, and this server's last renewal, are older than
 * `onDemandSeconds`: at most one renewal per server in that time, however many ask at once.
 */
export function checkpointOnDemand(db: Database, now: () => number = Date.now): Promise<StoredCheckpoint> {
  let renewals = renewalsOf.get(db);
  if (!renewals) renewalsOf.set(db, (renewals = { renewedAt: -Infinity }));
  const state = renewals;
  state.pending ??= (async () => {
    const latest = await latestCheckpoint(db);
    const youngest = Math.max(state.renewedAt, latest?.signedAt.getTime() ?? -Infinity);
    if (latest && now() - youngest < onDemandSeconds * 1000) return latest;
    const renewed = await renewCheckpoint(db);
    state.renewedAt = now();
    return renewed;
  })().finally(() => {
    state.pending = undefined;
  });
  return state.pending;
}

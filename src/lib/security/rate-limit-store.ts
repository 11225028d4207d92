import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { rateLimits } from '../../../db/schema/index.ts';

/**
 * Counts one submission for `key` and says whether it is within `limit` per window. Kept in the
 * database in one statement, so that every server shares the count and none races another.
 */
export async function withinRateLimit(
  db: Queryable,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<boolean> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`case when ${rateLimits.windowStart} < now() - make_interval(secs => ${windowSeconds}) then now() else ${rateLimits.windowStart} end`,
        count: sql`case when ${rateLimits.windowStart} < now() - make_interval(secs => ${windowSeconds}) then 1 else ${rateLimits.count} + 1 end`,
      },
    })
    .returning({ count: rateLimits.count });
  return row!.count <= limit;
}

/**
 * Takes back the count of a submission that was refused for what was written in it (or, for a
 * code, accepted): putting a typo right is not another try, and only what the limit is for counts.
 */
export async function uncountSubmission(db: Queryable, key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

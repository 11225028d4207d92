import type { APIRoute } from 'astro';
import { sql } from 'drizzle-orm';
import { getDatabase } from '../../../db/connection.ts';

/** Readiness for load balancers and tests: 200 when the database answers, 503 otherwise. */
export const GET: APIRoute = async () => {
  try {
    const db = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
};

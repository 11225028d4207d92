import type { APIRoute } from 'astro';
import { databaseAnswers } from '../../../db/connection.ts';

/** Readiness for load balancers and tests: 200 when the database answers, 503 otherwise. */
export const GET: APIRoute = async () =>
  (await databaseAnswers())
    ? Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
    : Response.json({ status: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });

import type { APIRoute } from 'astro';
import { readEnvironment } from '../../../../lib/config/environment.ts';
import { evidenceStoreOf } from '../../../../lib/evidence/evidence-store.ts';

/** An evidence photo, for signed-in officials only (the workspace middleware checks the session). */
export const GET: APIRoute = async ({ params }) => {
  const photo = await evidenceStoreOf(readEnvironment()).get(params.key ?? '');
  if (!photo) return new Response('No such photo.\n', { status: 404 });
  return new Response(new Uint8Array(photo), { headers: { 'Content-Type': 'image/jpeg' } });
};

import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../../db/connection.ts';
import { readEnvironment } from '../../../../lib/config/environment.ts';
import { evidenceStoreOf } from '../../../../lib/evidence/evidence-store.ts';
import { findEvidencePhoto } from '../../../../lib/evidence/photo-access-store.ts';

/** An evidence photo, for a signed-in official (the workspace middleware) who may read its record. */
export const GET: APIRoute = async ({ params, locals }) => {
  const evidence = evidenceStoreOf(readEnvironment());
  const photo = await findEvidencePhoto(await getDatabase(), evidence, params.key ?? '', locals.session!.grants);
  if (!photo.ok)
    return photo.problems[0]!.code === 'notYourArea'
      ? new Response('This photo belongs to a record outside your area.\n', { status: 403 })
      : new Response('No such photo.\n', { status: 404 });
  return new Response(new Uint8Array(photo.value), { headers: { 'Content-Type': 'image/jpeg' } });
};

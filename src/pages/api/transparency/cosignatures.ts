import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { readBody } from '../../../lib/http/request-body.ts';
import { catalogues } from '../../../lib/i18n/messages.ts';
import { cosignatureAnswer } from '../../../lib/transparency/cosignature-answer.ts';
import { keepCosignatures, portalWitnesses } from '../../../lib/transparency/cosignature-store.ts';
import { logOrigin, logVerifier } from '../../../lib/transparency/log-checkpoint.ts';
import { readCosignedCheckpoint } from '../../../lib/transparency/witness-registry.ts';
import { cosignatureBytes } from '../../../lib/transparency/witness-protocol.ts';

const answer = (...args: Parameters<typeof cosignatureAnswer>) => {
  const { status, body } = cosignatureAnswer(...args);
  return Response.json(body, { status });
};

/**
 * A witness sends back the checkpoint it cosigned (src/lib/transparency/witness-protocol.ts):
 * kept when the log signed it and a registered witness's cosignature on it verifies. The answer
 * says so, or why not, in both languages.
 */
export const POST: APIRoute = async ({ request }) => {
  let note: string;
  try {
    note = new TextDecoder('utf-8', { fatal: true }).decode(await readBody(request, cosignatureBytes));
  } catch (error) {
    if (error instanceof TypeError) return answer({ kind: 'not-text' }, 0, catalogues);
    throw error;
  }
  const intake = readCosignedCheckpoint(
    note,
    { origin: logOrigin(), verifier: logVerifier() },
    portalWitnesses(),
    new Date(),
  );
  const added = intake.kind === 'accepted' ? await keepCosignatures(await getDatabase(), intake.cosignatures) : 0;
  return answer(intake, added, catalogues);
};

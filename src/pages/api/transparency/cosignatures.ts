import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { readBody } from '../../../lib/http/request-body.ts';
import { keepCosignatures, portalWitnesses } from '../../../lib/transparency/cosignature-store.ts';
import { logOrigin, logVerifier } from '../../../lib/transparency/log-checkpoint.ts';
import { readCosignedCheckpoint } from '../../../lib/transparency/witness-registry.ts';
import { cosignatureBytes } from '../../../lib/transparency/witness-protocol.ts';

const statusOf = { 'unknown-witness': 403, 'not-ours': 409, malformed: 400 } as const;

const text = (status: number, body: string) =>
  new Response(`${body}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * A witness sends back the checkpoint it cosigned (src/lib/transparency/witness-protocol.ts):
 * kept when the log signed it and a registered witness's cosignature on it verifies.
 */
export const POST: APIRoute = async ({ request }) => {
  let note: string;
  try {
    note = new TextDecoder('utf-8', { fatal: true }).decode(await readBody(request, cosignatureBytes));
  } catch (error) {
    if (error instanceof TypeError) return text(400, 'the body is not UTF-8 text');
    throw error;
  }
  const intake = readCosignedCheckpoint(
    note,
    { origin: logOrigin(), verifier: logVerifier() },
    portalWitnesses(),
    new Date(),
  );
  if (intake.kind !== 'accepted') return text(statusOf[intake.kind], intake.reason);
  const added = await keepCosignatures(await getDatabase(), intake.cosignatures);
  const names = intake.cosignatures.map((c) => c.witnessName).join(', ');
  return text(
    200,
    added > 0
      ? `kept the cosignature of ${names} for tree size ${intake.checkpoint.size}`
      : `the cosignature of ${names} for tree size ${intake.checkpoint.size} was kept before`,
  );
};

import type { Database } from '../../../db/client.ts';
import { readPledgeForm } from '../../../src/lib/pledges/pledge-form.ts';
import { createPledge, findPledgeByToken, resolvePledgeTarget } from '../../../src/lib/pledges/store.ts';

/**
 * A pledge made as the public form makes it: money by default, the fields given overriding. One
 * the form or its target refuses is a mistake in the test.
 */
export async function pledgeFor(
  db: Database,
  fields: Record<string, string>,
  today: string | null = '2026-11-24',
): Promise<{ id: number; reference: string; token: string }> {
  const read = readPledgeForm({
    kind: 'money',
    amount: '3.000.000',
    donorType: 'person',
    donorName: 'Võ Thị Hạnh',
    taxCode: '',
    displayChoice: 'full_name',
    email: '',
    ...fields,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const resolved = await resolvePledgeTarget(db, read.value, today);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
  const { token } = await createPledge(db, read.value, resolved.value);
  return { ...(await findPledgeByToken(db, token))!, token };
}

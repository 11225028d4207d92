import { eq } from 'drizzle-orm';
import { searchReceivingUnits } from '../units/receiving-units-store.ts';
import { gradeMatch } from '../units/unit-search.ts';
import type { PledgeTargetKind } from './vocabulary.ts';
import type { TargetChoice } from './target-choice-label.ts';

export type { TargetChoice };
import type { Database } from '../../../db/client.ts';
import { campaigns, households } from '../../../db/schema/index.ts';

/** At most this many places are offered when a name is not enough to tell them apart. */
const choiceLimit = 8;

/**
 * What a name typed into the pledge form means: one target when a single one bears it exactly
 * (or it is a code), else the choices to pick from (none when nothing matches). Places are
 * today's provinces or communes, found as the search finds them ("Văn Quan", "hoa binh lang son").
 */
export async function findTargetsByName(
  db: Database,
  kind: PledgeTargetKind,
  text: string,
): Promise<{ chosen?: TargetChoice; choices: TargetChoice[] }> {
  const typed = text.trim();
  if (typed.length === 0) return { choices: [] };
  if (kind === 'household') {
    const [home] = await db
      .select({ code: households.publicCode })
      .from(households)
      .where(eq(households.publicCode, typed.toUpperCase()));
    const choice = home && { kind, code: home.code, unit: null, name: { vi: home.code, en: home.code } };
    return choice ? { chosen: choice, choices: [choice] } : { choices: [] };
  }
  if (kind === 'campaign') {
    const all = await db
      .select({ id: campaigns.id, nameVi: campaigns.nameVi, nameEn: campaigns.nameEn })
      .from(campaigns);
    const graded = all.flatMap((c) => {
      const match =
        c.id === typed
          ? ({ grade: 'exact' } as const)
          : gradeMatch(typed, { name: c.nameVi, fullName: c.nameEn, context: [] });
      const name = { vi: c.nameVi, en: c.nameEn };
      return match ? [{ choice: { kind, code: c.id, unit: null, name }, exact: match.grade === 'exact' }] : [];
    });
    return pick(graded);
  }
  const found = await searchReceivingUnits(db, typed, kind, choiceLimit);
  return pick(found.map(({ unit, exact }) => ({ choice: { kind, code: unit.code, unit, name: null }, exact })));
}

function pick(graded: { choice: TargetChoice; exact: boolean }[]): { chosen?: TargetChoice; choices: TargetChoice[] } {
  const exact = graded.filter((g) => g.exact);
  if (exact.length === 1) return { chosen: exact[0]!.choice, choices: [exact[0]!.choice] };
  return { choices: (exact.length > 1 ? exact : graded).slice(0, choiceLimit).map((g) => g.choice) };
}

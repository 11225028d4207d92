import { searchUnits } from './search-store.ts';
import { successorsOf } from './store.ts';
import type { UnitSearchResult } from './unit-search.ts';
import { currentEra } from './vocabulary.ts';
import type { Database } from '../../../db/client.ts';

/** A unit of today that a search names: by its own name, or by the name of a former unit it receives for. */
export interface ReceivingUnit {
  unit: UnitSearchResult;
  /** Whether the name typed is exactly this unit's, or exactly that of a former unit that went into it alone. */
  exact: boolean;
  /** The former unit whose name was typed ("Thị trấn Văn Quan"); null when the unit was found by its own. */
  formerly: UnitSearchResult | null;
}

/**
 * Today's provinces and communes (only those of `level`, when given) that a name means: a former
 * unit's name ("Thị trấn Văn Quan", "Huyện Văn Quan") leads to the units that receive for it — the
 * communes its land went into, or the province it merged into. Each unit once, in search order.
 */
export async function searchReceivingUnits(
  db: Database,
  query: string,
  level: 'province' | 'commune' | undefined,
  limit: number,
): Promise<ReceivingUnit[]> {
  const found = await searchUnits(db, query, 200);
  const byCode = new Map<string, ReceivingUnit>();
  const add = (candidate: ReceivingUnit) => {
    const known = byCode.get(candidate.unit.code);
    // Found by its own name, a unit is shown so, not as receiving for a former one.
    if (!known || (!candidate.formerly && known.formerly)) byCode.set(candidate.unit.code, candidate);
    else if (candidate.exact && !known.exact) byCode.set(candidate.unit.code, { ...known, exact: true });
  };
  for (const unit of found) {
    if (byCode.size >= limit) break;
    const exact = unit.grade === 'exact' || unit.code === query.trim();
    if (unit.era === currentEra) {
      if (!level || unit.level === level) add({ unit, exact, formerly: null });
      continue;
    }
    const successors =
      level !== 'province' && unit.level !== 'province'
        ? (await successorsOf(db, unit)).map((s) => s.unit.code)
        : unit.nowPartOf.filter((u) => !level || u.level === level).map((u) => u.code);
    const codes = [...new Set(successors)].slice(0, limit);
    for (const code of codes) {
      const [today] = (await searchUnits(db, code, 4)).filter((u) => u.era === currentEra && u.code === code);
      // Named exactly, by itself (not "the town Văn Quan of Huyện Văn Quan"), and gone into one unit alone.
      if (today) add({ unit: today, exact: exact && !unit.viaContext && codes.length === 1, formerly: unit });
    }
  }
  // A name today's unit bears ("Văn Quan") means that unit, before any former one that bore it too.
  const all = [...byCode.values()];
  const todayNamed = all.some((r) => r.exact && !r.formerly);
  return all.map((r) => (todayNamed && r.formerly ? { ...r, exact: false } : r)).slice(0, limit);
}

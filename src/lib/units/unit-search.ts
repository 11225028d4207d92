import { foldDiacritics } from './fold-diacritics.ts';
import type { Era, UnitLevel, UnitType } from './vocabulary.ts';

/** What a search result tells of its unit (a row of admin_units). */
interface AdminUnit {
  era: Era;
  code: string;
  level: UnitLevel;
  type: UnitType;
  name: string;
  fullName: string;
  nameEn: string;
  fullNameEn: string;
  parentCode: string | null;
  provinceCode: string;
}

/**
 * How a unit's name answers a search, best first: the name is the query, starts with it, or
 * only contains it. Places named with their district or province ("van quan lang son", "Hoa Binh
 * Van Quan") match when the words left over after the name are in the unit's district or
 * province name.
 */
export const matchGrades = ['exact', 'prefix', 'contains'] as const;
export type MatchGrade = (typeof matchGrades)[number];

/** The words of a search or a name, lowercased, without diacritics or punctuation. */
export function searchWords(text: string): string[] {
  return foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

export interface SearchCandidate {
  /** The unit's short and full names, e.g. "Hòa Bình", "Xã Hòa Bình". */
  name: string;
  fullName: string;
  /** The names it lies in: its district (before 2025) and province, e.g. "Huyện Văn Quan". */
  context: readonly string[];
}

function gradeName(query: string, names: readonly string[]): MatchGrade | undefined {
  if (names.some((name) => name === query)) return 'exact';
  if (names.some((name) => name.startsWith(query))) return 'prefix';
  if (names.some((name) => name.includes(query))) return 'contains';
  return undefined;
}

export interface Match {
  grade: MatchGrade;
  /** Whether words of the district or province were needed: such matches follow name-only ones. */
  viaContext: boolean;
}

const order = (m: Match) => matchGrades.indexOf(m.grade) * 2 + (m.viaContext ? 1 : 0);

/**
 * How a unit answers a search, or undefined when it does not. The name part is the whole query,
 * or its first or last words, each remaining word then beginning a word of the district or
 * province; a name found that way must be the name part or start with it (merely containing a
 * word, as "Trường Thọ" contains "tho", is too loose).
 *
 * @example gradeMatch('hoa binh van quan', { name: 'Hòa Bình', fullName: 'Xã Hòa Bình', context: ['Huyện Văn Quan', 'Tỉnh Lạng Sơn'] }) // { grade: 'exact', viaContext: true }
 */
export function gradeMatch(query: string, candidate: SearchCandidate): Match | undefined {
  const words = searchWords(query);
  if (words.length === 0) return undefined;
  const names = [candidate.name, candidate.fullName].map((name) => searchWords(name).join(' '));
  const whole = gradeName(words.join(' '), names);
  if (whole === 'exact') return { grade: whole, viaContext: false };
  const contextWords = candidate.context.flatMap(searchWords);
  const inContext = (rest: readonly string[]) => rest.every((word) => contextWords.some((c) => c.startsWith(word)));
  let best: Match | undefined = whole ? { grade: whole, viaContext: false } : undefined;
  for (let k = words.length - 1; k >= 1; k--) {
    for (const [name, rest] of [
      [words.slice(0, k), words.slice(k)],
      [words.slice(words.length - k), words.slice(0, words.length - k)],
    ] as const) {
      const grade = inContext(rest) ? gradeName(name.join(' '), names) : undefined;
      if (grade === undefined || grade === 'contains') continue;
      const match = { grade, viaContext: true };
      if (!best || order(match) < order(best)) best = match;
    }
  }
  return best;
}

/** Sort key of a match: grade, name-only before via the place, today's units, then provinces before districts before communes. */
export function rankOf(match: Match, current: boolean, level: string): number {
  const levelRank = level === 'province' ? 0 : level === 'district' ? 1 : 2;
  return order(match) * 10 + (current ? 0 : 5) + levelRank;
}

/**
 * Labels that read the same get told apart: a result whose label repeats another's is given its
 * code, so no two lines of a result list look identical.
 */
export function distinctLabels<T>(
  items: readonly T[],
  label: (item: T) => string,
  code: (item: T) => string,
): string[] {
  const labels = items.map(label);
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return labels.map((l, i) => ((counts.get(l) ?? 0) > 1 ? `${l} (${code(items[i]!)})` : l));
}

/** A named place, in Vietnamese and English. */
export interface NamedUnit {
  code: string;
  level: AdminUnit['level'];
  fullName: string;
  fullNameEn: string;
}

export interface UnitSearchResult extends AdminUnit {
  grade: MatchGrade;
  /** Whether the query named the unit's district or province besides its name. */
  viaContext: boolean;
  /** The full name of the unit's province in the same era, in Vietnamese and English. */
  provinceName: string;
  provinceNameEn: string;
  /** A former commune's district; null for provinces, districts and today's communes. */
  districtName: string | null;
  districtNameEn: string | null;
  /** For a former unit: today's communes (or province) it went into. Empty for today's units. */
  nowPartOf: NamedUnit[];
}

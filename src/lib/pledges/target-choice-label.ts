import type { Locale } from '../i18n/locales.ts';
import { searchResultLines, unitPagePath, type SearchLineWords } from '../units/search-result-label.ts';
import type { UnitSearchResult } from '../units/unit-search.ts';
import type { PledgeTargetKind } from './vocabulary.ts';

/** A place or fund a typed name may mean, as the pledge form offers it (the page words it). */
export interface TargetChoice {
  kind: PledgeTargetKind;
  code: string;
  /** A place, as the search found it (with its province, to tell it apart); null for a plan or a home. */
  unit: UnitSearchResult | null;
  /** A plan's name; a home's code. */
  name: { vi: string; en: string } | null;
}

/** The choices a typed name may mean, as the pledge form lists them: each place with where it lies, none alike. */
export function targetChoiceLabels(t: SearchLineWords, locale: Locale, choices: readonly TargetChoice[]): string[] {
  const units = choices.flatMap((c) => (c.unit ? [c.unit] : []));
  const lines = searchResultLines(t, units, locale, (unit) => unitPagePath(locale, unit));
  let next = 0;
  return choices.map((choice) => {
    if (!choice.unit) return choice.name?.[locale === 'en' ? 'en' : 'vi'] ?? choice.code;
    const line = lines[next++]!;
    return [line.name, line.where].filter(Boolean).join(' ');
  });
}

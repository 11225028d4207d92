import { localizedPath, type Locale } from '../i18n/locales.ts';
import { distinctLabels } from './unit-search.ts';
import { formerEra } from './vocabulary.ts';
import type { UnitSearchResult } from './unit-search.ts';
import type { Template } from '../i18n/template.ts';

/** The words a result line is told in: the `units` and `search` messages of one language. */
export interface SearchLineWords {
  units: { formerUnitBadge: string; inProvince: (province: string) => string };
  search: {
    nowPartOf: (names: string) => string;
    receivesFor?: (former: string) => string;
    suggestionsCount?: Template<'count'>;
  };
}

/** One search result as a reader sees it, in the page's language. */
export interface SearchResultLine {
  era: UnitSearchResult['era'];
  level: UnitSearchResult['level'];
  code: string;
  /** The unit's name, told apart from any other result reading the same. */
  name: string;
  /** Where it lies: its former district and province, e.g. "Huyện Văn Quan, Tỉnh Lạng Sơn". */
  where: string;
  /** "before 1/7/2025" for a former unit, else null. */
  formerBadge: string | null;
  /** "now part of …" for a former unit whose successors are known, else null. */
  nowPartOf: string | null;
  /** In a search for today's units only: "receives for Thị trấn Văn Quan (before 1/7/2025)" when a former unit's name found it. */
  receivesFor?: string | null;
  /** The unit's page, in the page's language. */
  path: string;
}

/** The result lines of a search: the search page and the suggestions show the same. */
export function searchResultLines(
  t: SearchLineWords,
  results: readonly UnitSearchResult[],
  locale: Locale,
  pathOf: (result: UnitSearchResult) => string,
): SearchResultLine[] {
  const en = locale === 'en';
  const whereOf = (r: UnitSearchResult) =>
    r.level === 'province'
      ? ''
      : [en ? r.districtNameEn : r.districtName, en ? r.provinceNameEn : r.provinceName].filter(Boolean).join(', ');
  const label = (r: UnitSearchResult) =>
    `${en ? r.fullNameEn : r.fullName} ${whereOf(r)} ${r.era === formerEra ? t.units.formerUnitBadge : ''}`;
  const names = distinctLabels(results, label, (r) => r.code).map((line, i) => {
    const r = results[i]!;
    const name = en ? r.fullNameEn : r.fullName;
    // distinctLabels appended " (code)" only where two lines read alike.
    return line === label(r) ? name : `${name} (${r.code})`;
  });
  return results.map((r, i) => ({
    era: r.era,
    level: r.level,
    code: r.code,
    name: names[i]!,
    where: whereOf(r) ? t.units.inProvince(whereOf(r)) : '',
    formerBadge: r.era === formerEra ? t.units.formerUnitBadge : null,
    nowPartOf:
      r.nowPartOf.length > 0
        ? t.search.nowPartOf(r.nowPartOf.map((u) => (en ? u.fullNameEn : u.fullName)).join(', '))
        : null,
    path: pathOf(r),
  }));
}

/** A result's page: a former unit's page tells what it became. */
export function unitPagePath(locale: Locale, unit: Pick<UnitSearchResult, 'era' | 'level' | 'code'>): string {
  if (unit.era === formerEra) return localizedPath(locale, `/old/${unit.code}`);
  return localizedPath(locale, `/${unit.level === 'province' ? 'province' : 'commune'}/${unit.code}`);
}

/** What a unit of today found by a former unit's name says of it: that it receives for that unit. */
export function receivesForLine(
  t: SearchLineWords & { search: { receivesFor: (former: string) => string } },
  locale: Locale,
  former: Pick<UnitSearchResult, 'fullName' | 'fullNameEn'> | null,
): string | null {
  if (!former) return null;
  return t.search.receivesFor(`${locale === 'en' ? former.fullNameEn : former.fullName} (${t.units.formerUnitBadge})`);
}

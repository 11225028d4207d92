import { languageTag, type Locale } from './locales.ts';

/** Times are stored in UTC and shown in Vietnam's time zone, whatever the server's. */
export const displayTimeZone = 'Asia/Ho_Chi_Minh';

/**
 * One formatter per locale and kind, made on first use: building an Intl formatter costs far
 * more than formatting with it, and a commune's list formats hundreds of values.
 */
function perLocale<F>(make: (tag: string, locale: Locale) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(languageTag[locale], locale)));
    return formatter;
  };
}

const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const dongFormat = perLocale(
  (tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
);
const percentFormat = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));

/**
 * A figure as one unbreakable word: any space inside (Vietnamese puts one before "₫", some
 * locales group digits with one) becomes a no-break space, so that a line never ends inside a
 * number. Boxes that hold figures alone (`.stats dd`, `td.number` in global.css) never ask the
 * browser to break long words, which would break them anywhere.
 */
function unbreakable(text: string): string {
  return text.replace(/\s/g, '\u00a0');
}

export function formatNumber(locale: Locale, value: number | bigint): string {
  return unbreakable(numberFormat(locale).format(value));
}

/** Whole đồng, e.g. "60.000.000 ₫" / "₫60,000,000", never broken across lines. */
export function formatDong(locale: Locale, value: bigint): string {
  return unbreakable(dongFormat(locale).format(value));
}

/** A whole percent, e.g. "67%" (see progressPercent for how it is rounded). */
export function formatPercent(locale: Locale, value: number | null): string {
  if (value === null) return '–';
  return unbreakable(`${percentFormat(locale).format(value)}%`);
}

// Vietnamese readers write dates as 20/3/2025; English ones read "20 Mar 2025" without ambiguity.
const dateOptions: Record<Locale, Intl.DateTimeFormatOptions> = {
  vi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { dateStyle: 'medium' },
};

const calendarDateFormat = perLocale(
  (tag, locale) => new Intl.DateTimeFormat(tag, { ...dateOptions[locale], timeZone: 'UTC' }),
);
const zonedDateFormat = perLocale(
  (tag, locale) => new Intl.DateTimeFormat(tag, { ...dateOptions[locale], timeZone: displayTimeZone }),
);
const zonedTimeFormat = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: displayTimeZone }),
);

/** A calendar date stored as `YYYY-MM-DD` (no time zone involved). */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return calendarDateFormat(locale).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** A moment, shown in Vietnam's time zone (which has no daylight saving: always GMT+7). */
export function formatDateTime(locale: Locale, moment: Date): string {
  return `${zonedDateFormat(locale).format(moment)} ${zonedTimeFormat(locale).format(moment)} (GMT+7)`;
}

/** A document date that may give only the year or month: `2024`, `2024-07` or `2024-09-25`. */
export function formatPartialDate(locale: Locale, partial: string): string {
  const [year, month, day] = partial.split('-');
  if (day) return formatDate(locale, partial);
  if (month) return locale === 'vi' ? `tháng ${Number(month)}/${year}` : `${month}/${year}`;
  return year ?? partial;
}

const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: displayTimeZone });

/** The calendar day (`YYYY-MM-DD`) it is in Vietnam at a moment: what "today" means to a reader there. */
export function dayInVietnam(moment: Date): string {
  return vietnamDay.format(moment);
}

// Lists are joined by the language alone ('en', not 'en-GB'), as the catalogues always did.
const listFormat = {
  and: perLocale((_, locale) => new Intl.ListFormat(locale, { type: 'conjunction' })),
  or: perLocale((_, locale) => new Intl.ListFormat(locale, { type: 'disjunction' })),
};

/**
 * Items as one phrase, joined by "and" or "or" in the reader's language.
 *
 * @example formatList('vi', ['Hộ nghèo', 'Hộ cận nghèo'], 'or') // 'Hộ nghèo hoặc Hộ cận nghèo'
 */
export function formatList(locale: Locale, items: string[], joiner: 'and' | 'or'): string {
  return listFormat[joiner](locale).format(items);
}

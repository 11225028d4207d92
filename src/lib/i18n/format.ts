import { languageTag, type Locale } from './locales.ts';

/** Times are stored in UTC and shown in Vietnam's time zone, whatever the server's. */
export const displayTimeZone = 'Asia/Ho_Chi_Minh';

export function formatNumber(locale: Locale, value: number | bigint): string {
  return new Intl.NumberFormat(languageTag[locale]).format(value);
}

/** Whole đồng, e.g. "60.000.000 ₫" / "₫60,000,000". */
export function formatDong(locale: Locale, value: bigint): string {
  return new Intl.NumberFormat(languageTag[locale], {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(value);
}

export function formatPercent(locale: Locale, value: number | null): string {
  if (value === null) return '–';
  return `${new Intl.NumberFormat(languageTag[locale], { maximumFractionDigits: 1 }).format(value)}%`;
}

// Vietnamese readers write dates as 20/3/2025; English ones read "20 Mar 2025" without ambiguity.
const dateOptions: Record<Locale, Intl.DateTimeFormatOptions> = {
  vi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { dateStyle: 'medium' },
};

/** A calendar date stored as `YYYY-MM-DD` (no time zone involved). */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(languageTag[locale], { ...dateOptions[locale], timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}

/** A moment, shown in Vietnam's time zone (which has no daylight saving: always GMT+7). */
export function formatDateTime(locale: Locale, moment: Date): string {
  const zoned = { timeZone: displayTimeZone };
  const date = new Intl.DateTimeFormat(languageTag[locale], { ...dateOptions[locale], ...zoned }).format(moment);
  const time = new Intl.DateTimeFormat(languageTag[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zoned,
  }).format(moment);
  return `${date} ${time} (GMT+7)`;
}

/** A document date that may give only the year or month: `2024`, `2024-07` or `2024-09-25`. */
export function formatPartialDate(locale: Locale, partial: string): string {
  const [year, month, day] = partial.split('-');
  if (day) return formatDate(locale, partial);
  if (month) return locale === 'vi' ? `tháng ${Number(month)}/${year}` : `${month}/${year}`;
  return year ?? partial;
}

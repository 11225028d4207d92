/** The portal's languages: Vietnamese first (no URL prefix), English under /en/. */
export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/**
 * The locale named by a route's optional first segment: none → Vietnamese, `en` → English,
 * anything else → null (the page does not exist).
 */
export function localeFromSegment(segment: string | undefined): Locale | null {
  if (segment === undefined || segment === '') return defaultLocale;
  return segment === 'en' ? 'en' : null;
}

/**
 * A site path in the given language.
 *
 * @example localizedPath('en', '/province/01') // '/en/province/01'
 * @example localizedPath('vi', '/') // '/'
 */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}

/** The same page in the other language, for the language switch. */
export function pathWithoutLocale(pathname: string): string {
  const match = /^\/en(\/.*)?$/.exec(pathname);
  if (!match) return pathname;
  return match[1] ?? '/';
}

/** BCP 47 tags for Intl formatting and the `lang` attribute. */
export const languageTag: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The locale named by a `lang` query parameter: absent → Vietnamese, `en` → English, else null. */
export function localeFromQuery(value: string | null): Locale | null {
  return localeFromSegment(value ?? undefined);
}

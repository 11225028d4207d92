import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { localeFromSegment, localizedPath, pathWithoutLocale } from '../../src/lib/i18n/locales.ts';
import { selfCheckMessages } from '../../src/lib/i18n/messages.ts';
import { vi } from '../../src/lib/i18n/vi.ts';

describe('locales in URLs', () => {
  it('serves Vietnamese without a prefix and English under /en', () => {
    expect(localeFromSegment(undefined)).toBe('vi');
    expect(localeFromSegment('en')).toBe('en');
  });

  it('rejects any other prefix, so /fr/province/01 is not a page', () => {
    expect(localeFromSegment('fr')).toBeNull();
    expect(localeFromSegment('vi')).toBeNull();
    expect(localeFromSegment('en/x')).toBeNull();
  });

  it('builds and strips localized paths', () => {
    expect(localizedPath('vi', '/province/01')).toBe('/province/01');
    expect(localizedPath('en', '/province/01')).toBe('/en/province/01');
    expect(localizedPath('en', '/')).toBe('/en/');
    expect(pathWithoutLocale('/en/commune/00004')).toBe('/commune/00004');
    expect(pathWithoutLocale('/en')).toBe('/');
    expect(pathWithoutLocale('/english')).toBe('/english');
  });
});

describe('translations', () => {
  function leaves(value: unknown, path = ''): [string, unknown][] {
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
    }
    return [[path, value]];
  }

  it('have the same messages in Vietnamese and English, none of them empty', () => {
    const viLeaves = leaves(vi);
    const enLeaves = leaves(en);
    expect(enLeaves.map(([key]) => key).sort()).toEqual(viLeaves.map(([key]) => key).sort());
    for (const [key, message] of [...viLeaves, ...enLeaves]) {
      const text = typeof message === 'function' ? message('X', 2) : message;
      expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
    }
  });

  it('leave the same blanks in a template in both languages', () => {
    const blanks = (message: unknown) =>
      typeof message === 'string' ? [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : [];
    const english = new Map(leaves(en));
    for (const [key, message] of leaves(vi)) expect(blanks(english.get(key)), key).toEqual(blanks(message));
  });

  it('give the self-check island plain data, which survives the trip to the browser', () => {
    for (const locale of ['vi', 'en'] as const) {
      const messages = selfCheckMessages(locale);
      expect(leaves(messages).filter(([, message]) => typeof message !== 'string')).toEqual([]);
      expect(JSON.parse(JSON.stringify(messages))).toEqual(messages);
    }
  });
});

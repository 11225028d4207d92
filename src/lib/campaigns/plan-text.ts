import { formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Citation } from './campaign-definition.ts';

/** The name a plan's text is published under: its file name without `.txt`. */
export function planSlug(file: string): string {
  return file.replace(/\.txt$/, '');
}

/**
 * A link to a plan's text that scrolls to and highlights the quoted words where the browser
 * supports text fragments (its first and last words, which survive the text's line breaks).
 */
export function planTextHref(plansPath: string, citation: Citation): string {
  const words = citation.quote.split(/\s+/);
  const fragment =
    words.length > 8
      ? `${encodeURIComponent(words.slice(0, 4).join(' '))},${encodeURIComponent(words.slice(-3).join(' '))}`
      : encodeURIComponent(citation.quote);
  return `${plansPath}/${planSlug(citation.file)}#:~:text=${fragment}`;
}

/** A plan's date as far as its text gives it: a day, a month or only a year. */
export interface PlanDate {
  precision: 'day' | 'month' | 'year';
  text: string;
}

function planDate(locale: Locale, partial: string): PlanDate {
  const parts = partial.split('-').length;
  return { precision: parts === 3 ? 'day' : parts === 2 ? 'month' : 'year', text: formatPartialDate(locale, partial) };
}

interface CitedPlan {
  sourceFile: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  issuerVi: string;
  issuerEn: string;
}

/**
 * How each plan is named beside a quotation from it — its number, its date and its issuer, or
 * that the published text leaves them blank — by file name, e.g. `2025-muong-lay-town-dien-bien.txt`
 * → "Kế hoạch số 2404/KH-UBND ngày 25/09/2024 của UBND thị xã Mường Lay, tỉnh Điện Biên".
 */
export function planReferences(
  campaigns: readonly CitedPlan[],
  locale: Locale,
  name: (plan: { number: string | null; date: PlanDate | null; issuer: string }) => string,
): Record<string, string> {
  return Object.fromEntries(
    campaigns.flatMap((c) =>
      c.sourceFile
        ? [
            [
              c.sourceFile,
              name({
                number: c.documentNumber,
                date: c.documentDate ? planDate(locale, c.documentDate) : null,
                issuer: locale === 'en' ? c.issuerEn : c.issuerVi,
              }),
            ],
          ]
        : [],
    ),
  );
}

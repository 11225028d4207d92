import { en } from './en.ts';
import type { Locale } from './locales.ts';
import { vi, type Messages } from './vi.ts';

/** Every language's messages, for what is written in all of them at once (receipts, API problems). */
export const catalogues: Readonly<Record<Locale, Messages>> = { vi, en };

/** The messages of one language. */
export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/**
 * One message in every language, for answers read by programs and people of either language.
 *
 * @example inEveryLanguage((t) => t.receipts.apiFormat) // { vi: 'Biên nhận có …', en: 'Receipts come …' }
 */
export function inEveryLanguage(pick: (t: Messages) => string): Record<Locale, string> {
  return { vi: pick(vi), en: pick(en) };
}

/**
 * What the self-check island says: its namespace, and the two vocabularies and the citation its
 * reasons name. Plain data (templates, no functions), as the page sends it to the browser.
 */
export type SelfCheckMessages = Pick<Messages, 'selfCheck'> & {
  households: Pick<Messages['households'], 'categoryLabel' | 'supportTypeLabel'>;
  criteria: Pick<Messages['criteria'], 'quote' | 'planNotNamed'>;
};

/** The self-check island's messages in one language, for the page to pass as its prop. */
export function selfCheckMessages(locale: Locale): SelfCheckMessages {
  const { selfCheck, households, criteria } = catalogues[locale];
  return {
    selfCheck,
    households: { categoryLabel: households.categoryLabel, supportTypeLabel: households.supportTypeLabel },
    criteria: { quote: criteria.quote, planNotNamed: criteria.planNotNamed },
  };
}

export type { Messages };

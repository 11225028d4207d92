import { en } from './en.ts';
import type { Locale } from './locales.ts';
import { vi, type Messages } from './vi.ts';

const catalogue: Record<Locale, Messages> = { vi, en };

/** The messages of one language. */
export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}

export type { Messages };

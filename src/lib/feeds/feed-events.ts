import type { HouseholdStage } from '../households/vocabulary.ts';
import type { MoneyInRow, MoneyOutRow } from '../ledger/ledger-rows.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';

/** What a place's feed follows: today's commune or province, or the whole country's ledger. */
export type FeedPlace = { kind: 'commune' | 'province'; code: string } | 'country';

/** Stages a feed announces: a home finished, then handed over to its household. */
export const announcedStages = ['completed', 'handed_over'] as const satisfies readonly HouseholdStage[];

export interface CompletionEvent {
  kind: 'completion';
  eventId: number;
  publicCode: string;
  village: string;
  communeCode: string;
  communeName: string;
  communeNameEn: string;
  stage: (typeof announcedStages)[number];
  occurredOn: string;
}

export type FeedEvent = CompletionEvent | { kind: 'moneyIn'; row: MoneyInRow } | { kind: 'moneyOut'; row: MoneyOutRow };

/**
 * When an event happened, for ordering and the entry's `updated`: a day's event (a home completed
 * or handed over, money allocated or paid) at the start of that day in Vietnam — not when it was
 * recorded, which for imported or seeded events is one moment for all of them.
 */
export function eventTime(event: FeedEvent): Date {
  if (event.kind === 'moneyIn') return event.row.receivedAt;
  const day = event.kind === 'completion' ? event.occurredOn : event.row.occurredOn;
  return new Date(`${day}T00:00:00+07:00`);
}

/** The feed's address for a place, beside its page: `/commune/18229/feed.atom`, `/ledger/feed.atom`. */
export function feedPath(locale: Locale, place: FeedPlace): string {
  return localizedPath(locale, place === 'country' ? '/ledger/feed.atom' : `/${place.kind}/${place.code}/feed.atom`);
}

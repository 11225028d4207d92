import { formatDate, formatDong } from '../i18n/format.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import type { AtomEntry } from './atom.ts';
import { tagUri } from './atom.ts';
import { eventTime, type FeedEvent } from './feed-events.ts';

/** The words feed entries are told in: the `feeds` messages of one language. */
export interface FeedWords {
  feeds: {
    completed: (home: string, place: string) => string;
    handedOver: (home: string, place: string) => string;
    onDay: (day: string) => string;
    moneyIn: (amount: string, donor: string) => string;
    refund: (amount: string, donor: string) => string;
    anonymousDonor: string;
    moneyInSummary: (reference: string, receipt: string | null) => string;
    moneyOut: Record<'allocation' | 'disbursement' | 'reversal', (amount: string) => string>;
    moneyOutSummary: (document: string | null, description: string) => string;
  };
}

/**
 * A place's events as Atom entries in the reader's language. `absolute` makes a portal path into
 * the public address; `host` names the portal in entries' permanent ids.
 */
export function feedEntries(
  events: readonly FeedEvent[],
  t: FeedWords,
  locale: Locale,
  absolute: (path: string) => string,
  host: string,
): AtomEntry[] {
  const page = (path: string) => absolute(localizedPath(locale, path));
  return events.map((event): AtomEntry => {
    const updated = eventTime(event);
    if (event.kind === 'completion') {
      const place = locale === 'en' ? event.communeNameEn : event.communeName;
      const home = `${event.publicCode} (${event.village})`;
      const title = event.stage === 'completed' ? t.feeds.completed(home, place) : t.feeds.handedOver(home, place);
      return {
        id: tagUri(host, `household-stage-${event.eventId}`),
        title,
        updated,
        link: page(`/commune/${event.communeCode}`),
        summary: t.feeds.onDay(formatDate(locale, event.occurredOn)),
      };
    }
    if (event.kind === 'moneyIn') {
      const { row } = event;
      const donor = row.donor ?? t.feeds.anonymousDonor;
      const amount = formatDong(locale, row.amount < 0n ? -row.amount : row.amount);
      return {
        id: tagUri(host, `money-in-${row.reference}-${row.kind}-${row.receivedAt.getTime()}`),
        title: row.kind === 'refund' ? t.feeds.refund(amount, donor) : t.feeds.moneyIn(amount, donor),
        updated,
        link: row.receipt ? page(`/receipts/${row.receipt}`) : page(`/ledger/in?q=${row.reference}`),
        summary: t.feeds.moneyInSummary(row.reference, row.receipt),
      };
    }
    const { row } = event;
    const moved = row.entries.reduce((sum, entry) => (entry.amount > 0n ? sum + entry.amount : sum), 0n);
    return {
      id: tagUri(host, `ledger-transaction-${row.sequence}`),
      title: t.feeds.moneyOut[row.kind](formatDong(locale, moved)),
      updated,
      link: page(row.documentNumber ? `/ledger/out?q=${encodeURIComponent(row.documentNumber)}` : '/ledger/out'),
      summary: t.feeds.moneyOutSummary(row.documentNumber, row.description),
    };
  });
}

import { describe, expect, it } from 'vitest';
import { atomFeed, type AtomEntry } from '../../src/lib/feeds/atom.ts';
import { eventTime, type CompletionEvent } from '../../src/lib/feeds/feed-events.ts';

const entry = (id: string, iso: string): AtomEntry => ({
  id: `tag:x,2025:${id}`,
  title: id,
  updated: new Date(iso),
  link: 'https://x/',
  summary: id,
});

const feedOf = (entries: AtomEntry[]) =>
  atomFeed({
    id: 'https://x/feed.atom',
    title: 'x',
    self: 'https://x/feed.atom',
    alternate: 'https://x/',
    language: 'vi',
    author: 'x',
    entries,
    emptySince: new Date('2024-06-18T17:00:00Z'),
  });

describe('an Atom feed', () => {
  it('lists its entries newest first, each dated by its event, and is updated when its newest entry was', () => {
    const xml = feedOf([
      entry('feb-20', '2025-02-19T17:00:00Z'),
      entry('jan-28', '2025-01-27T17:00:00Z'),
      entry('nov-10', '2024-11-09T17:00:00Z'),
      entry('feb-11', '2025-02-10T17:00:00Z'),
    ]);
    expect([...xml.matchAll(/<title>([a-z]+-\d+)<\/title>/g)].map((m) => m[1])).toEqual([
      'feb-20',
      'feb-11',
      'jan-28',
      'nov-10',
    ]);
    const feb11 = xml.slice(xml.indexOf('<id>tag:x,2025:feb-11'), xml.indexOf('</entry>', xml.indexOf('feb-11')));
    expect(feb11).toContain('<published>2025-02-10T17:00:00.000Z</published>');
    expect(feb11).toContain('<updated>2025-02-10T17:00:00.000Z</updated>');
    expect(xml.slice(0, xml.indexOf('<entry>'))).toContain('<updated>2025-02-19T17:00:00.000Z</updated>');
  });

  it('is dated by the date it gives when empty', () => {
    expect(feedOf([])).toContain('<updated>2024-06-18T17:00:00.000Z</updated>');
  });

  it('dates a home completed by the day it was completed, not the moment it was recorded', () => {
    const completion = {
      kind: 'completion',
      eventId: 1,
      publicCode: 'LS25-06253-001',
      village: 'Thôn 1',
      communeCode: '06253',
      communeName: 'Xã Văn Quan',
      communeNameEn: 'Van Quan Commune',
      stage: 'completed',
      occurredOn: '2025-02-20',
    } satisfies CompletionEvent;
    expect(eventTime(completion).toISOString()).toBe('2025-02-19T17:00:00.000Z');
  });
});

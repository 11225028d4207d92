import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { feedResponse } from '../../src/lib/feeds/feed-response-store.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`a commune's Atom feed (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createSeededDatabase();
  });
  afterAll(() => database?.close());

  it('lists the seeded events newest first by when they happened, each dated by its event', async () => {
    const response = await feedResponse(
      database.db,
      { kind: 'commune', code: '06253' },
      'en',
      messagesFor('en'),
      new URL('http://localhost/en/commune/06253/feed.atom'),
    );
    const xml = await response.text();
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(2);
    const times = entries.map((e) => /<updated>([^<]+)<\/updated>/.exec(e)![1]!);
    expect(entries.map((e) => /<published>([^<]+)<\/published>/.exec(e)![1]!)).toEqual(times);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(times).size).toBeGreaterThan(1);
    expect(xml.slice(0, xml.indexOf('<entry>'))).toContain(`<updated>${times[0]}</updated>`);
    // A home's entry is dated by the day it says it was completed or handed over (in Vietnam).
    const homes = entries.filter((e) => e.includes('household-stage-'));
    expect(homes.length).toBeGreaterThan(1);
    for (const home of homes) {
      const [, day, month, year] = /(\d{1,2}) (\w{3}) (\d{4})/.exec(/<summary>([^<]+)<\/summary>/.exec(home)![1]!)!;
      const date = new Date(`${day} ${month} ${year} 00:00:00 GMT+0700`);
      expect(/<updated>([^<]+)<\/updated>/.exec(home)![1], home).toBe(date.toISOString());
    }
  });
});

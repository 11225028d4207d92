import { getDatabase } from '../../../db/connection.ts';
import { readEnvironment } from '../config/environment.ts';
import type { PublicAnswers } from './memory-answers.ts';
import { publicDataVersionReader } from './public-data-version-store.ts';
import { ResponseCache } from './response-cache.ts';

// On globalThis: the start script answers from the same memory the built server's middleware fills.
const slot = Symbol.for('chung-tay.public-answers');
type Slot = { [slot]?: PublicAnswers | null };

/** The process's kept public answers; undefined when RESPONSE_CACHE_MB is 0. */
export function publicAnswers(): PublicAnswers | undefined {
  const holder = globalThis as Slot;
  if (holder[slot] === undefined) {
    const megabytes = readEnvironment().RESPONSE_CACHE_MB;
    let read: (() => string | Promise<string>) | undefined;
    holder[slot] =
      megabytes > 0
        ? {
            cache: new ResponseCache(megabytes * 1024 * 1024),
            version: () => (read ? read() : getDatabase().then((db) => (read ??= publicDataVersionReader(db, 1000))())),
          }
        : null;
  }
  return holder[slot] ?? undefined;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/messages.ts';

/** The portal's settings, as named in its environment (they belong in the README, not in what citizens read). */
const settingNames = [
  ...readFileSync(new URL('../../src/lib/config/environment.ts', import.meta.url), 'utf8').matchAll(
    /^ {2}([A-Z][A-Z0-9_]+):/gm,
  ),
].map((match) => match[1]!);

/** Every text of a catalogue; a message made by a function is called with sample values. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return textsOf((value as (...samples: unknown[]) => unknown)('x', 'x', 'x', 'x'));
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

describe('what the portal says to people', () => {
  it('names none of its settings by their internal names, in either language', () => {
    expect(settingNames).toContain('DATA_CONTROLLER_NAME');
    expect(settingNames).toContain('HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN');
    for (const [locale, messages] of Object.entries(catalogues)) {
      const texts = textsOf(messages);
      expect(texts.length).toBeGreaterThan(100);
      for (const name of settingNames)
        expect(
          texts.filter((text) => text.includes(name)),
          `${locale}: ${name}`,
        ).toEqual([]);
    }
  });
});

import type { DisplayChoice } from '../pledges/vocabulary.ts';

/** Initials for public lists: "Nguyễn Văn An" → "N.V.A.", "Công ty TNHH Hòa Bình" → "C.T.T.H.B.". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word))
    .map((word) => `${[...word.normalize('NFC')][0]!.toUpperCase()}.`)
    .join('');
}

/**
 * What the public sees of a donor's name, as they chose: the full name, its initials, or
 * nothing (an anonymous gift is counted, never named).
 */
export function publicNameOf(name: string, choice: DisplayChoice): string | null {
  if (choice === 'full_name') return name;
  if (choice === 'initials') return initialsOf(name);
  return null;
}

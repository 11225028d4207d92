import type { DisplayChoice } from '../pledges/vocabulary.ts';

/**
 * Initials for public lists: "Nguyễn Văn An" → "N.V.A.", "Công ty TNHH Hòa Bình" → "C.T.T.H.B.":
 * the first letter of each word. Initials give themselves back ("N.V.A." → "N.V.A."), so that a
 * kept household sheet holding only initials reads as the original did.
 */
export function initialsOf(name: string): string {
  return name
    .normalize('NFC')
    .split(/[\s.]+/)
    .flatMap((word) => word.match(/\p{L}/u) ?? [])
    .map((letter) => `${letter.toUpperCase()}.`)
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

import { randomInt } from 'node:crypto';

/** Crockford's base-32 digits: no I, L, O or U, so a reference read aloud or typed is not misread. */
const referenceDigits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const digitClass = '[0-9A-HJKMNP-TV-Z]';

/**
 * References people quote: two letters saying what it is and eight random digits, e.g. a pledge
 * `CT7K9Q2XMA` (in a transfer memo), a complaint `PA3M8W0QZD`.
 */
export const referencePrefixes = {
  pledge: 'CT', // chung tay: quoted in a transfer's memo
  complaint: 'PA', // phản ánh
} as const;
export type ReferenceKind = keyof typeof referencePrefixes;

const whole = (kind: ReferenceKind) => new RegExp(`^${referencePrefixes[kind]}${digitClass}{8}$`);

export function newPublicReference(kind: ReferenceKind): string {
  let reference: string = referencePrefixes[kind];
  for (let i = 0; i < 8; i++) reference += referenceDigits[randomInt(referenceDigits.length)];
  return reference;
}

/**
 * The reference someone typed or pasted, trimmed and in capitals, when it is one of `kind`;
 * otherwise undefined. `readPublicReference('pledge', ' ct7k9q2xma ')` → `'CT7K9Q2XMA'`.
 */
export function readPublicReference(kind: ReferenceKind, text: string): string | undefined {
  const reference = text.trim().toUpperCase();
  return whole(kind).test(reference) ? reference : undefined;
}

/**
 * Every reference of `kind` inside a free text however it was reshaped (a bank drops spaces and
 * runs words together): all candidates, overlapping, for the caller to look up.
 */
export function publicReferencesIn(kind: ReferenceKind, text: string): string[] {
  const candidates = new RegExp(`(?=(${referencePrefixes[kind]}${digitClass}{8}))`, 'g');
  return [...text.toUpperCase().matchAll(candidates)].map((match) => match[1]!);
}

import { randomInt } from 'node:crypto';

/** Crockford's base-32 digits: no I, L, O or U, so a reference read aloud or typed is not misread. */
const referenceDigits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A reference people quote: two letters saying what it is and eight random digits, e.g. a
 * pledge `CT7K9Q2XMA` (in a transfer memo), a complaint `PA3M8W0QZD`.
 */
export function newPublicReference(prefix: 'CT' | 'PA'): string {
  let reference = prefix;
  for (let i = 0; i < 8; i++) reference += referenceDigits[randomInt(referenceDigits.length)];
  return reference;
}

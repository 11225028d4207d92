import { randomInt } from 'node:crypto';

/** Crockford's base-32 digits: no I, L, O or U, so a reference read aloud or typed is not misread. */
const referenceDigits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A pledge reference for the transfer memo: `CT` and eight digits, e.g. `CT7K9Q2XMA`. */
export function newPledgeReference(): string {
  let reference = 'CT';
  for (let i = 0; i < 8; i++) reference += referenceDigits[randomInt(referenceDigits.length)];
  return reference;
}

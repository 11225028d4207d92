import { pledgeReferencesIn } from './bank-statement.ts';

/**
 * Auto-matching of bank credits to money pledges: a credit pays the first pledge whose reference
 * its description carries (the donor copied it into the transfer memo), if that pledge takes money.
 */

/** Every reference the credits' descriptions could carry, to look the pledges up at once. */
export function referencesIn(descriptions: readonly string[]): string[] {
  return [...new Set(descriptions.flatMap((description) => pledgeReferencesIn(description)))];
}

/** The pledge a credit pays, among those found to take money; undefined leaves it for a treasurer. */
export function pledgePaidBy<P>(description: string, payable: ReadonlyMap<string, P>): P | undefined {
  return pledgeReferencesIn(description)
    .map((reference) => payable.get(reference))
    .find((pledge) => pledge !== undefined);
}

import type { DisplayChoice } from '../pledges/vocabulary.ts';
import { hidePersonalData } from './public-text.ts';

/**
 * What the public sees of a bank transfer's memo, which the payer wrote and which often names
 * them, their phone, address or birth date (README, "Privacy"). A donor who chose to be shown by
 * full name: the memo with numbers (accounts, phones, identity cards: all but their last three
 * digits), dates, e-mail and house addresses hidden — the pledge reference stays. A donor shown
 * by initials or not at all: nothing, or the memo would name them; the pledge reference is
 * published beside it anyway.
 *
 * @example publicMemoOf('MBVCB.9988776655.CT7K9Q2XMA ung ho', 'full_name') // 'MBVCB.•••••••655.CT7K9Q2XMA ung ho'
 * @example publicMemoOf('LE THI CHUYEN KHOAN chuyen tien CT7K9Q2XMA', 'anonymous') // null
 */
export function publicMemoOf(memo: string | null, choice: DisplayChoice): string | null {
  if (memo === null || choice !== 'full_name') return null;
  return hidePersonalData(memo, { dates: true });
}

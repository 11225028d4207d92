import type { z } from 'zod';

/**
 * What a free text that the portal publishes — a village, a donor's name or gift, an official's
 * answer or reason — may not hold (DESIGN.md §5). Found by shape, so a name ("Nguyễn Văn A") or
 * a birth date written in words is not found: these the person writing must leave out.
 */
export const publicTextProblems = [
  'textHasPhoneNumber', // a Vietnamese phone number: 0… (10 or 11 digits) or +84…
  'textHasIdNumber', // 9 digits (identity card, CMND) or 12 (citizen identity card, CCCD)
  'textHasBankAccount', // any other run of 10 or more digits: a bank account or card number
  'textHasAddress', // a house number or lane: số nhà, ngõ, ngách, hẻm, kiệt 12, "12 đường …"
  'textHasEmail', // an e-mail address
  'textHasHiddenCharacters', // control or invisible characters, such as text-direction overrides
  'textHasBrokenCharacters', // U+FFFD: what bytes that are not UTF-8 decode to, so the text as sent is lost
] as const;
export type PublicTextProblem = (typeof publicTextProblems)[number];

/** Where a text (in its NFC form) holds personal data, and of what kind. */
export interface PersonalDataFound {
  problem: PublicTextProblem;
  start: number;
  end: number;
}

/**
 * One character per character, so that what is found in the folded text has the same offsets in
 * the original: lowercase, without diacritics, full-width digits as ASCII ('Ngõ' → 'ngo').
 */
function foldKeepingOffsets(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    const bare = unit === 'đ' || unit === 'Đ' ? 'd' : unit.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    folded += bare.length === 1 ? bare : unit;
  }
  return folded;
}

// Written so that nothing else is taken for a personal number: dates (25/09/2025, 15.03.2025,
// 2025-03-15) and amounts in đồng ("60.000.000 đồng", "500000đ", "2 triệu"), which never start
// with 0 as phone numbers do.
const dates = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})(?!\d)/g;
const amounts =
  /(?<![\d.,])[1-9]\d{0,2}(?:[., ]\d{3})+(?:,\d+)?\s?(?:d|dong|vnd|trieu|ty)\b|(?<![\d.,])[1-9]\d*\s?(?:d|dong|vnd|trieu|ty)\b/g;
/** Groups of digits with a space, dot, dash or bracket between them, and a leading + (as in +84). */
const digitRuns = /\+?\d+(?:[\s.()-]{1,2}\d+)*/g;
const emails = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const addresses = [
  /\b(?:ngo|ngach|hem|kiet)\s*(?:so\s*)?\d+/g, // ngõ 34, hẻm số 5
  /\bso\s*nha\b(?:\s*\d+[a-z]?)?/g, // số nhà 12
  /\b\d+[a-z]?(?:\/\d+[a-z]?)*\s*,?\s*(?:duong|pho)\s+\p{L}/gu, // 12 đường Lê Lợi, 12/3 phố Huế
];
/**
 * Invisible and control characters (tab and line breaks aside): they can hide or reorder text.
 * A zero-width joiner between two emoji (👨‍👩‍👧, with an optional VS16 or skin tone before it)
 * is how those emoji are written, so it is allowed there and nowhere else.
 */
const hiddenCharacters =
  /(?!(?<=\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic}))[\p{Cf}\u2028\u2029]|(?![\t\n\r])\p{Cc}/gu;
/** The replacement character: a browser sends it for nothing, so it stands for bytes that were not UTF-8. */
const brokenCharacters = /\uFFFD+/g;

const numberProblems = new Set<PublicTextProblem>(['textHasPhoneNumber', 'textHasIdNumber', 'textHasBankAccount']);

function digitsProblem(run: string): PublicTextProblem | undefined {
  const digits = run.replace(/\D/g, '');
  if (/^0[1-9]\d{8,9}$/.test(digits) || (run.startsWith('+84') && /^84[1-9]\d{8,9}$/.test(digits)))
    return 'textHasPhoneNumber';
  if (digits.length === 9 || digits.length === 12) return 'textHasIdNumber';
  if (digits.length >= 10) return 'textHasBankAccount';
  return undefined;
}

function numbersIn(folded: string): PersonalDataFound[] {
  const masked = folded.replace(dates, (date) => 'x'.repeat(date.length)).replace(amounts, (a) => 'x'.repeat(a.length));
  const found: PersonalDataFound[] = [];
  for (const match of masked.matchAll(digitRuns)) {
    // People group a number's digits by two to four (0912 345 678, 0912-345-678, (024) 3825 1234);
    // a longer group stands alone, as in codes (DT25-18229-101, PC-2025-000123) and in "năm 2025 150000".
    const groups = [...match[0].matchAll(/\+?\d+/g)];
    const whole = groups.every((group) => group[0].replace('+', '').length <= 4);
    const runs = whole
      ? [{ text: match[0], index: 0 }]
      : groups.map((group) => ({ text: group[0], index: group.index }));
    for (const run of runs) {
      const problem = digitsProblem(run.text);
      const start = match.index + run.index;
      if (problem) found.push({ problem, start, end: start + run.text.length });
    }
  }
  return found;
}

/** Every piece of personal data found in the text (taken in its NFC form), in order. */
export function findPersonalData(text: string): PersonalDataFound[] {
  const nfc = text.normalize('NFC');
  const folded = foldKeepingOffsets(nfc);
  const spans = (pattern: RegExp, problem: PublicTextProblem): PersonalDataFound[] =>
    [...folded.matchAll(pattern)].map((match) => ({ problem, start: match.index, end: match.index + match[0].length }));
  return [
    ...spans(hiddenCharacters, 'textHasHiddenCharacters'),
    ...spans(brokenCharacters, 'textHasBrokenCharacters'),
    ...spans(emails, 'textHasEmail'),
    ...numbersIn(folded.replace(emails, (email) => 'x'.repeat(email.length))),
    ...addresses.flatMap((pattern) => spans(pattern, 'textHasAddress')),
  ].sort((a, b) => a.start - b.start);
}

/**
 * Why a text may not be published: each kind of personal data found in it, once, in order;
 * empty when nothing personal is found.
 *
 * @example personalDataIn('Số 12 ngõ 34, SĐT 0912345678') // ['textHasAddress', 'textHasPhoneNumber']
 * @example personalDataIn('Thôn 3') // []
 */
export function personalDataIn(text: string): PublicTextProblem[] {
  return [...new Set(findPersonalData(text).map((found) => found.problem))];
}

/**
 * The text (in its NFC form) with what `findPersonalData` finds hidden: numbers all but their
 * last three digits, e-mail addresses and addresses wholly; hidden characters removed. With
 * `dates`, the digits of dates too (birth dates look like any other).
 *
 * @example hidePersonalData('Nguyen Van A 0912 345 678 ung ho') // 'Nguyen Van A •••••••678 ung ho'
 */
export function hidePersonalData(text: string, options: { dates?: boolean } = {}): string {
  const nfc = text.normalize('NFC');
  const shown = options.dates ? nfc.replace(dates, (date) => date.replace(/\d/g, '•')) : nfc;
  let hidden = '';
  let end = 0;
  for (const found of findPersonalData(shown)) {
    if (found.start < end) continue;
    const piece = shown.slice(found.start, found.end);
    const digits = piece.replace(/\D/g, '');
    hidden +=
      shown.slice(end, found.start) +
      (found.problem === 'textHasHiddenCharacters' || found.problem === 'textHasBrokenCharacters'
        ? ''
        : numberProblems.has(found.problem)
          ? '•'.repeat(digits.length - 3) + digits.slice(-3)
          : '•••');
    end = found.end;
  }
  return hidden + shown.slice(end);
}

/**
 * For a zod schema of a text that is published: `z.string().trim().max(100).superRefine(refusePersonalData)`
 * refuses it with the problem's code as the issue's message.
 */
export function refusePersonalData(text: string, context: z.RefinementCtx): void {
  const [problem] = personalDataIn(text);
  if (problem) context.addIssue({ code: 'custom', message: problem });
}

import type { Locale } from './locales.ts';

/**
 * Whole đồng in words, as a receipt writes an amount beside its figures ("Số tiền bằng chữ"), so
 * that a changed digit is seen: "Năm mươi triệu đồng" / "Fifty million dong".
 *
 * @example dongInWords('vi', 1_050_000_000n) // "Một tỷ không trăm năm mươi triệu đồng"
 * @example dongInWords('en', 1_050_000_000n) // "One billion fifty million dong"
 */
export function dongInWords(locale: Locale, amount: bigint): string {
  if (amount < 0n) throw new RangeError('An amount of đồng in words is not negative');
  const words = locale === 'vi' ? `${vietnamese(amount, false)} đồng` : `${english(amount)} dong`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const vietnameseDigits = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const billion = 1_000_000_000n;

/**
 * Vietnamese counts in tỷ (10⁹) and, below it, in triệu and nghìn; "nghìn tỷ" and "triệu tỷ"
 * are said, not new words. A group after the first is read whole ("một triệu không trăm linh
 * năm nghìn" for 1.005.000), as amounts are written on receipts and invoices.
 */
function vietnamese(amount: bigint, afterHigherGroup: boolean): string {
  if (amount === 0n) return vietnameseDigits[0]!;
  const parts: string[] = [];
  const billions = amount / billion;
  let rest = amount % billion;
  if (billions > 0n) parts.push(vietnamese(billions, afterHigherGroup), 'tỷ');
  let whole = afterHigherGroup || billions > 0n;
  for (const [size, name] of [
    [1_000_000n, 'triệu'],
    [1_000n, 'nghìn'],
    [1n, ''],
  ] as const) {
    const group = Number(rest / size);
    rest %= size;
    if (group === 0) continue;
    parts.push(vietnameseHundreds(group, whole));
    if (name) parts.push(name);
    whole = true;
  }
  return parts.join(' ');
}

/** 1–999; `whole` after a higher group: 5 → "không trăm linh năm", 50 → "không trăm năm mươi". */
function vietnameseHundreds(group: number, whole: boolean): string {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const saysHundreds = whole || hundreds > 0;
  if (saysHundreds) words.push(vietnameseDigits[hundreds]!, 'trăm');
  if (tens === 0 && units > 0 && saysHundreds) words.push('linh');
  else if (tens === 1) words.push('mười');
  else if (tens > 1) words.push(vietnameseDigits[tens]!, 'mươi');
  // After mươi, 1 is "mốt"; after mười or mươi, 5 is "lăm".
  if (units === 1 && tens > 1) words.push('mốt');
  else if (units === 5 && tens > 0) words.push('lăm');
  else if (units > 0) words.push(vietnameseDigits[units]!);
  return words.join(' ');
}

const englishSmall = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const englishTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const englishScales = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion'];

/** Short scale, without "and": 1,050,000,000 → "one billion fifty million". */
function english(amount: bigint): string {
  if (amount === 0n) return englishSmall[0]!;
  const parts: string[] = [];
  for (let scale = 0, rest = amount; rest > 0n; scale++, rest /= 1000n) {
    const group = Number(rest % 1000n);
    if (group === 0) continue;
    const name = englishScales[scale];
    if (name === undefined) throw new RangeError('An amount of đồng too large to say in words');
    parts.unshift([englishHundreds(group), name].filter(Boolean).join(' '));
  }
  return parts.join(' ');
}

function englishHundreds(group: number): string {
  const hundreds = Math.floor(group / 100);
  const below = group % 100;
  const words: string[] = hundreds > 0 ? [englishSmall[hundreds]!, 'hundred'] : [];
  if (below >= 20)
    words.push(englishTens[Math.floor(below / 10)]! + (below % 10 ? `-${englishSmall[below % 10]}` : ''));
  else if (below > 0) words.push(englishSmall[below]!);
  return words.join(' ');
}

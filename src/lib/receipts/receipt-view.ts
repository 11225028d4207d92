import { dongInWords } from '../i18n/dong-in-words.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { describeGift, type GiftWords } from '../pledges/describe-gift.ts';
import type { LabourSkill, Machine, Material } from '../pledges/vocabulary.ts';
import type { ReceiptBody } from './receipt.ts';

/** The words a receipt is told in: the `receipts` messages of one language, and a gift's. */
export interface ReceiptWords extends GiftWords {
  receipts: Record<ReceiptFactKey | 'anonymousDonor', string> & {
    channelLabel: Record<'bank_transfer' | 'card' | 'delivery', string>;
  };
}

/** A receipt's facts, in the order printed. */
type ReceiptFactKey =
  | 'number'
  | 'issuer'
  | 'donor'
  | 'gift'
  | 'inWords'
  | 'channel'
  | 'receivedOn'
  | 'for'
  | 'pledge'
  | 'ledger'
  | 'issuedAt'
  | 'key';

export interface ReceiptFact {
  key: ReceiptFactKey;
  label: string;
  value: string;
}

/**
 * The facts a reader compares with the paper they hold, shown large wherever a receipt is checked,
 * in this order: its number, what was given (a sum in figures and in words), by whom as they chose
 * to be shown, to which fund, for what and on which day.
 */
export const headlineFacts: readonly ReceiptFactKey[] = [
  'number',
  'gift',
  'inWords',
  'donor',
  'issuer',
  'for',
  'receivedOn',
];

/** A receipt's facts as label and value, in the order printed, for the pages and the PDF alike. */
export function receiptFacts(body: ReceiptBody, t: ReceiptWords, locale: Locale): ReceiptFact[] {
  const { gift } = body;
  const amount = gift.kind === 'money' ? BigInt(gift.amount) : null;
  const described = describeGift(t, locale, {
    kind: gift.kind,
    amount,
    quantity: gift.kind === 'money' ? null : gift.quantity,
    material: gift.kind === 'material' ? (gift.material as Material) : null,
    materialDescription: gift.kind === 'material' ? gift.description : null,
    skill: gift.kind === 'labour' ? (gift.skill as LabourSkill) : null,
    machine: gift.kind === 'machinery' ? (gift.machine as Machine) : null,
    machineDescription: gift.kind === 'machinery' ? gift.description : null,
  });
  const facts: [ReceiptFactKey, string | null][] = [
    ['number', body.code],
    ['issuer', body.issuerName],
    ['donor', body.donor ?? t.receipts.anonymousDonor],
    ['gift', described],
    ['inWords', amount === null ? null : dongInWords(locale, amount)],
    ['channel', t.receipts.channelLabel[gift.kind === 'money' ? gift.channel : 'delivery']],
    ['receivedOn', formatDate(locale, body.receivedOn)],
    ['for', body.target.name],
    ['pledge', body.pledgeReference],
    ['ledger', String(body.ledgerSequence)],
    ['issuedAt', formatDateTime(locale, new Date(body.issuedAt))],
    ['key', body.keyId],
  ];
  return facts.flatMap(([key, value]) => (value === null ? [] : [{ key, label: t.receipts[key], value }]));
}

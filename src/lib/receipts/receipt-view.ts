import { formatDate, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { describeGift, type GiftWords } from '../pledges/describe-gift.ts';
import type { LabourSkill, Material } from '../pledges/vocabulary.ts';
import type { ReceiptBody } from './receipt.ts';

/** The words a receipt is told in: the `receipts` messages of one language, and a gift's. */
export interface ReceiptWords extends GiftWords {
  receipts: Record<ReceiptLabel, string> & { channelLabel: Record<'bank_transfer' | 'card' | 'delivery', string> };
}
type ReceiptLabel =
  | 'number'
  | 'issuer'
  | 'donor'
  | 'anonymousDonor'
  | 'gift'
  | 'channel'
  | 'receivedOn'
  | 'for'
  | 'pledge'
  | 'ledger'
  | 'issuedAt'
  | 'key';

/** A receipt's facts as label and value, in the order printed, for the page and the PDF alike. */
export function receiptFacts(body: ReceiptBody, t: ReceiptWords, locale: Locale): [label: string, value: string][] {
  const { gift } = body;
  const described = describeGift(t, locale, {
    kind: gift.kind,
    amount: gift.kind === 'money' ? BigInt(gift.amount) : null,
    quantity: gift.kind === 'money' ? null : gift.quantity,
    material: gift.kind === 'material' ? (gift.material as Material) : null,
    materialDescription: gift.kind === 'material' ? gift.description : null,
    skill: gift.kind === 'labour' ? (gift.skill as LabourSkill) : null,
  });
  return [
    [t.receipts.number, body.code],
    [t.receipts.issuer, body.issuerName],
    [t.receipts.donor, body.donor ?? t.receipts.anonymousDonor],
    [t.receipts.gift, described],
    [t.receipts.channel, t.receipts.channelLabel[gift.kind === 'money' ? gift.channel : 'delivery']],
    [t.receipts.receivedOn, formatDate(locale, body.receivedOn)],
    [t.receipts.for, body.target.name],
    [t.receipts.pledge, body.pledgeReference],
    [t.receipts.ledger, String(body.ledgerSequence)],
    [t.receipts.issuedAt, formatDateTime(locale, new Date(body.issuedAt))],
    [t.receipts.key, body.keyId],
  ];
}

import { formatDate, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Messages } from '../i18n/messages.ts';
import { describeGift } from '../pledges/describe-gift.ts';
import type { LabourSkill, Material } from '../pledges/vocabulary.ts';
import type { ReceiptBody } from './receipt.ts';

/** A receipt's facts as label and value, in the order printed, for the page and the PDF alike. */
export function receiptFacts(body: ReceiptBody, t: Messages, locale: Locale): [label: string, value: string][] {
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
    [t.receiptNumber, body.code],
    [t.receiptIssuer, body.issuerName],
    [t.receiptDonor, body.donor ?? t.anonymousDonor],
    [t.receiptGift, described],
    [t.receiptChannel, t.receiptChannelLabel[gift.kind === 'money' ? gift.channel : 'delivery']],
    [t.receiptReceivedOn, formatDate(locale, body.receivedOn)],
    [t.receiptFor, body.target.name],
    [t.receiptPledge, body.pledgeReference],
    [t.receiptLedger, String(body.ledgerSequence)],
    [t.receiptIssuedAt, formatDateTime(locale, new Date(body.issuedAt))],
    [t.receiptKey, body.keyId],
  ];
}

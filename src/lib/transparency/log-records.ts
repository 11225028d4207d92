import { canonicalJson } from '../security/hash-chain.ts';
import type { SignedReceipt } from '../receipts/receipt.ts';

/**
 * What the transparency log holds, one leaf per record. Each leaf's data is canonical JSON naming
 * the record, so anyone holding the record can rebuild its leaf and check its inclusion proof.
 */
export const logRecordKinds = [
  /** A ledger transaction, by its place and hash in the ledger's chain (which cover its entries). */
  'ledger_transaction',
  /** A signed receipt, whole: its body and signature, as the donor holds it. */
  'receipt',
  /** An audit log event, by its place and hash in the audit chain. */
  'audit_event',
] as const;
export type LogRecordKind = (typeof logRecordKinds)[number];

export interface LogRecord {
  kind: LogRecordKind;
  subject: string;
  chainSequence: number;
  data: string;
}

export function ledgerTransactionRecord(transaction: { sequence: number; hash: string }): LogRecord {
  return {
    kind: 'ledger_transaction',
    subject: `ledger_transaction:${transaction.sequence}`,
    chainSequence: transaction.sequence,
    data: canonicalJson({ kind: 'ledger_transaction', sequence: transaction.sequence, hash: transaction.hash }),
  };
}

export function auditEventRecord(event: { sequence: number; hash: string }): LogRecord {
  return {
    kind: 'audit_event',
    subject: `audit_event:${event.sequence}`,
    chainSequence: event.sequence,
    data: canonicalJson({ kind: 'audit_event', sequence: event.sequence, hash: event.hash }),
  };
}

/** The subject naming a receipt in the log. */
export const receiptSubject = (code: string) => `receipt:${code}`;

/** A receipt's leaf: the receipt as signed, so the file a donor holds rebuilds it. */
export function receiptLeafData(receipt: { body: unknown; signature: string }): string {
  return canonicalJson({ kind: 'receipt', receipt: { body: receipt.body, signature: receipt.signature } });
}

export function receiptRecord(receipt: SignedReceipt): LogRecord {
  return {
    kind: 'receipt',
    subject: receiptSubject(receipt.body.code),
    chainSequence: receipt.body.ledgerSequence,
    data: receiptLeafData(receipt),
  };
}

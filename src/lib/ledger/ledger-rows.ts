/** Rows of the public ledger, as pages and CSV files show them. */

export interface MoneyInRow {
  /** Money received, or a refund of it: then dated when given back, its amount below zero. */
  kind: 'payment' | 'refund';
  receivedAt: Date;
  amount: bigint;
  channel: 'bank_transfer' | 'card';
  /** As the donor chose to be shown; null for an anonymous gift. */
  donor: string | null;
  reference: string;
  targetKind: string;
  targetCode: string;
  /** The bank memo as the public may read it (publicMemoOf); null for card payments and donors not shown by full name. */
  memo: string | null;
  /** The payment's receipt (for a refund too: the receipt it reduces). */
  receipt: string | null;
}

export interface MoneyOutRow {
  sequence: number;
  kind: 'allocation' | 'disbursement' | 'reversal';
  occurredOn: string;
  documentNumber: string | null;
  description: string;
  reversesSequence: number | null;
  reversedBy: number | null;
  /** Where the money went (debits, positive) and came from (credits, negative), in whole đồng. */
  entries: { account: string; amount: bigint }[];
}

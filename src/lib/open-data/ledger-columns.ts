import type { MoneyInRow, MoneyOutRow } from '../ledger/ledger-rows.ts';
import type { Column } from './columns.ts';

/** Columns of the public ledger's CSV files, published in the column dictionary. */

export const moneyInColumns = [
  {
    key: 'kind',
    type: 'text',
    value: (r) => r.kind,
  },
  {
    key: 'received_at',
    type: 'text',
    value: (r) => r.receivedAt.toISOString(),
  },
  {
    key: 'amount_dong',
    type: 'dong',
    value: (r) => r.amount.toString(),
  },
  {
    key: 'channel',
    type: 'text',
    value: (r) => r.channel,
  },
  {
    key: 'donor',
    type: 'text',
    value: (r) => r.donor,
  },
  {
    key: 'pledge_reference',
    type: 'text',
    value: (r) => r.reference,
  },
  {
    key: 'for_kind',
    type: 'text',
    value: (r) => r.targetKind,
  },
  {
    key: 'for_code',
    type: 'text',
    value: (r) => r.targetCode,
  },
  {
    key: 'memo',
    type: 'text',
    value: (r) => r.memo,
  },
  {
    key: 'receipt',
    type: 'text',
    value: (r) => r.receipt,
  },
] as const satisfies readonly Column<MoneyInRow>[];

export const moneyOutColumns = [
  {
    key: 'transaction',
    type: 'integer',
    value: (r) => r.sequence,
  },
  {
    key: 'kind',
    type: 'text',
    value: (r) => r.kind,
  },
  {
    key: 'date',
    type: 'date',
    value: (r) => r.occurredOn,
  },
  {
    key: 'document',
    type: 'text',
    value: (r) => r.documentNumber,
  },
  {
    key: 'entries',
    type: 'text',
    value: (r) => r.entries.map((e) => `${e.account}=${e.amount}`).join(' '),
  },
  {
    key: 'reverses',
    type: 'integer',
    value: (r) => r.reversesSequence,
  },
  {
    key: 'reversed_by',
    type: 'integer',
    value: (r) => r.reversedBy,
  },
] as const satisfies readonly Column<MoneyOutRow>[];

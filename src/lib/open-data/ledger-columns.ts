import type { MoneyInRow, MoneyOutRow } from '../ledger/ledger-rows.ts';
import type { Column } from './columns.ts';

/** Columns of the public ledger's CSV files, published in the column dictionary. */

export const moneyInColumns: Column<MoneyInRow>[] = [
  {
    key: 'received_at',
    type: 'text',
    description: { vi: 'Thời điểm tiền về (UTC, ISO 8601)', en: 'When the money arrived (UTC, ISO 8601)' },
    value: (r) => r.receivedAt.toISOString(),
  },
  {
    key: 'amount_dong',
    type: 'dong',
    description: { vi: 'Số tiền (đồng)', en: 'Amount (whole đồng)' },
    value: (r) => r.amount.toString(),
  },
  {
    key: 'channel',
    type: 'text',
    description: { vi: 'Hình thức: bank_transfer (chuyển khoản), card (thẻ)', en: 'Channel: bank_transfer or card' },
    value: (r) => r.channel,
  },
  {
    key: 'donor',
    type: 'text',
    description: {
      vi: 'Người đóng góp theo cách họ chọn hiển thị (họ tên hoặc chữ viết tắt); trống nếu ẩn danh',
      en: 'The donor as they chose to be shown (name or initials); empty when anonymous',
    },
    value: (r) => r.donor,
  },
  {
    key: 'pledge_reference',
    type: 'text',
    description: { vi: 'Mã đóng góp (CT…)', en: 'Pledge reference (CT…)' },
    value: (r) => r.reference,
  },
  {
    key: 'for_kind',
    type: 'text',
    description: {
      vi: 'Dành cho: campaign, province, commune, household',
      en: 'For: campaign, province, commune or household',
    },
    value: (r) => r.targetKind,
  },
  {
    key: 'for_code',
    type: 'text',
    description: { vi: 'Mã kế hoạch, tỉnh, xã hoặc hộ', en: 'Campaign, province, commune or household code' },
    value: (r) => r.targetCode,
  },
  {
    key: 'memo',
    type: 'text',
    description: {
      vi: 'Nội dung chuyển khoản, đã che số tài khoản và số điện thoại (chỉ giữ 3 số cuối)',
      en: 'Transfer memo with account and phone numbers hidden (last 3 digits kept)',
    },
    value: (r) => r.memo,
  },
  {
    key: 'receipt',
    type: 'text',
    description: {
      vi: 'Số biên nhận (kiểm tra tại /receipts/<số>)',
      en: 'Receipt number (check it at /receipts/<number>)',
    },
    value: (r) => r.receipt,
  },
];

export const moneyOutColumns: Column<MoneyOutRow>[] = [
  {
    key: 'transaction',
    type: 'integer',
    description: { vi: 'Số bút toán trong sổ cái', en: 'Ledger transaction number' },
    value: (r) => r.sequence,
  },
  {
    key: 'kind',
    type: 'text',
    description: {
      vi: 'Loại: allocation (phân bổ), disbursement (chi cho hộ), reversal (bút toán đảo)',
      en: 'Kind: allocation, disbursement (paid to a home) or reversal',
    },
    value: (r) => r.kind,
  },
  {
    key: 'date',
    type: 'date',
    description: {
      vi: 'Ngày của quyết định hoặc phiếu chi (YYYY-MM-DD)',
      en: 'Date of the decision or voucher (YYYY-MM-DD)',
    },
    value: (r) => r.occurredOn,
  },
  {
    key: 'document',
    type: 'text',
    description: { vi: 'Số quyết định phân bổ hoặc số phiếu chi', en: 'Allocation decision or payment voucher number' },
    value: (r) => r.documentNumber,
  },
  {
    key: 'entries',
    type: 'text',
    description: {
      vi: 'Các bút toán “tài khoản=số tiền” cách nhau bởi dấu cách; số dương là nợ (tiền đến), số âm là có (tiền đi)',
      en: 'Entries as “account=amount” separated by spaces; positive is a debit (money to), negative a credit (money from)',
    },
    value: (r) => r.entries.map((e) => `${e.account}=${e.amount}`).join(' '),
  },
  {
    key: 'reverses',
    type: 'integer',
    description: { vi: 'Bút toán được đảo (nếu là bút toán đảo)', en: 'The transaction reversed, for a reversal' },
    value: (r) => r.reversesSequence,
  },
  {
    key: 'reversed_by',
    type: 'integer',
    description: { vi: 'Bút toán đảo bút toán này, nếu có', en: 'The reversal of this transaction, if any' },
    value: (r) => r.reversedBy,
  },
];

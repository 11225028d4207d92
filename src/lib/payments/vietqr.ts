/**
 * VietQR bank-transfer codes: EMVCo merchant-presented QR payloads as NAPAS specifies them for
 * transfers to an account (service QRIBFTTA). Each field is ID, two-digit length, value; the
 * last is a CRC-16/CCITT-FALSE over everything before it, including its own "6304".
 */

export interface VietQrTransfer {
  /** The receiving bank's six-digit NAPAS BIN, e.g. 970415 (VietinBank). */
  bankBin: string;
  accountNumber: string;
  /** Whole đồng; a code without an amount lets the payer type one. */
  amount?: bigint;
  /** Transfer description (nội dung chuyển khoản): unaccented letters, digits and spaces, at most 25. */
  memo?: string;
}

export class VietQrError extends Error {}

const napasGuid = 'A000000727';
const transferToAccount = 'QRIBFTTA';

function field(id: string, value: string): string {
  if (value.length > 99) throw new VietQrError(`field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) over the UTF-8 bytes, as 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export function vietQrPayload(transfer: VietQrTransfer): string {
  if (!/^\d{6}$/.test(transfer.bankBin)) throw new VietQrError('the bank BIN must be 6 digits');
  if (!/^[0-9A-Za-z]{1,19}$/.test(transfer.accountNumber))
    throw new VietQrError('the account number must be 1–19 letters or digits');
  if (transfer.amount !== undefined && (transfer.amount <= 0n || String(transfer.amount).length > 13))
    throw new VietQrError('the amount must be a positive whole number of at most 13 digits');
  if (transfer.memo !== undefined && !/^[0-9A-Za-z ]{1,25}$/.test(transfer.memo))
    throw new VietQrError('the memo must be 1–25 unaccented letters, digits or spaces');

  const beneficiary = field('00', transfer.bankBin) + field('01', transfer.accountNumber);
  const account = field('00', napasGuid) + field('01', beneficiary) + field('02', transferToAccount);
  const body =
    field('00', '01') +
    // 12: a code made for one payment (it carries the amount); 11: reusable.
    field('01', transfer.amount === undefined ? '11' : '12') +
    field('38', account) +
    field('53', '704') +
    (transfer.amount === undefined ? '' : field('54', String(transfer.amount))) +
    field('58', 'VN') +
    (transfer.memo === undefined ? '' : field('62', field('08', transfer.memo))) +
    '6304';
  return body + crc16(body);
}

/** Reads the ID–length–value fields of a payload, checking the CRC: for tests and for reading codes back. */
export function readVietQrPayload(payload: string): Map<string, string> {
  const fields = new Map<string, string>();
  let at = 0;
  while (at < payload.length) {
    const id = payload.slice(at, at + 2);
    const length = Number(payload.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length) || at + 4 + length > payload.length)
      throw new VietQrError(`malformed field at position ${at}`);
    fields.set(id, payload.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  if (fields.get('63') !== crc16(payload.slice(0, -4))) throw new VietQrError('the CRC does not match');
  return fields;
}

import { describe, expect, it } from 'vitest';
import { crc16, readVietQrPayload, vietQrPayload } from '../../src/lib/payments/vietqr.ts';

describe('VietQR transfer codes', () => {
  it('match a published known-good code byte for byte (120,000 đ to VietinBank 0011001932418, "ung ho lu lut")', () => {
    // From github.com/subiz/vietqr's README, a code banking apps accept.
    expect(
      vietQrPayload({ bankBin: '970415', accountNumber: '0011001932418', amount: 120_000n, memo: 'ung ho lu lut' }),
    ).toBe(
      '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
    );
  });

  it('compute CRC-16/CCITT-FALSE: the standard check value of "123456789" is 29B1', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('carry the amount and the pledge reference, and read back with a valid CRC', () => {
    const payload = vietQrPayload({
      bankBin: '970436',
      accountNumber: '1234567890',
      amount: 5_000_000n,
      memo: 'CT7K9Q2XMA',
    });
    const fields = readVietQrPayload(payload);
    expect(fields.get('01')).toBe('12');
    expect(fields.get('53')).toBe('704');
    expect(fields.get('54')).toBe('5000000');
    expect(fields.get('58')).toBe('VN');
    expect(readVietQrPayload(fields.get('38')! + '6304' + crc16(fields.get('38')! + '6304')).get('02')).toBe(
      'QRIBFTTA',
    );
    expect(fields.get('62')).toBe('0810CT7K9Q2XMA');
  });

  it('make a reusable code, without an amount, for a fund’s poster', () => {
    const fields = readVietQrPayload(vietQrPayload({ bankBin: '970436', accountNumber: '1234567890' }));
    expect(fields.get('01')).toBe('11');
    expect(fields.has('54')).toBe(false);
  });

  it('refuse what banking apps would reject', () => {
    const good = { bankBin: '970436', accountNumber: '1234567890' };
    expect(() => vietQrPayload({ ...good, bankBin: '97043' })).toThrow(/BIN/);
    expect(() => vietQrPayload({ ...good, amount: 0n })).toThrow(/amount/);
    expect(() => vietQrPayload({ ...good, amount: 10_000_000_000_000n })).toThrow(/amount/);
    expect(() => vietQrPayload({ ...good, memo: 'ủng hộ' })).toThrow(/memo/);
    expect(() => vietQrPayload({ ...good, memo: 'X'.repeat(26) })).toThrow(/memo/);
    const tampered = vietQrPayload({ ...good, amount: 100_000n }).replace('100000', '900000');
    expect(() => readVietQrPayload(tampered)).toThrow(/CRC/);
  });
});

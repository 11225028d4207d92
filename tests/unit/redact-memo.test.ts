import { describe, expect, it } from 'vitest';
import { redactMemo } from '../../src/lib/payments/redact-memo.ts';

describe('bank memos in public', () => {
  it('hides account numbers, keeping the last three digits', () => {
    expect(redactMemo('MBVCB.9988776655.CT7K9Q2XMA ung ho')).toBe('MBVCB.•••••••655.CT7K9Q2XMA ung ho');
    expect(redactMemo('IBFT 0011 0023 4567 89 ung ho')).toBe('IBFT •••••••••••789 ung ho');
  });

  it('hides phone numbers however they are written', () => {
    expect(redactMemo('Nguyen Van A 0912 345 678 ung ho')).toBe('Nguyen Van A •••••••678 ung ho');
    expect(redactMemo('lien he +84 912.345.678')).toBe('lien he ••••••••678');
  });

  it('leaves references, amounts and dates readable', () => {
    expect(redactMemo('CT7K9Q2XMA 500000 ngay 25/09/2025')).toBe('CT7K9Q2XMA 500000 ngay 25/09/2025');
  });
});

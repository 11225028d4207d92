import { describe, expect, it } from 'vitest';
import { deliveryProblem, readDeliveryForm } from '../../src/lib/pledges/delivery.ts';

const today = '2026-11-25';
function delivery(fields: Record<string, string>) {
  const read = readDeliveryForm({ deliveredOn: today, ...fields });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}
// 100 bags of cement pledged, 60 delivered so far.
const cement = { kind: 'material' as const, quantity: 100, delivered: 60, cancelled: false };

describe('deliveries of pledged materials and workdays', () => {
  it('takes partial deliveries up to what was pledged, and no more', () => {
    expect(deliveryProblem(cement, delivery({ quantity: '40' }), today)).toBeNull();
    expect(deliveryProblem(cement, delivery({ quantity: '41' }), today)).toBe('moreThanPledged');
  });

  it('refuses money pledges, cancelled pledges and future dates', () => {
    expect(deliveryProblem({ ...cement, kind: 'money', quantity: null }, delivery({ quantity: '1' }), today)).toBe(
      'notInKind',
    );
    expect(deliveryProblem({ ...cement, cancelled: true }, delivery({ quantity: '1' }), today)).toBe('pledgeClosed');
    expect(deliveryProblem(cement, delivery({ quantity: '1', deliveredOn: '2026-11-26' }), today)).toBe('dateInFuture');
  });

  it('names the field of each problem in the form', () => {
    expect(readDeliveryForm({ quantity: '0', deliveredOn: '25/11/2026', note: 'x'.repeat(501) })).toEqual({
      ok: false,
      problems: [
        { code: 'quantityInvalid', field: 'quantity' },
        { code: 'dateInvalid', field: 'deliveredOn' },
        { code: 'noteTooLong', field: 'note' },
      ],
    });
  });
});

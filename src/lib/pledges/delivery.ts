import type { PledgeKind } from './vocabulary.ts';
import { z } from 'zod';
import { parseForm } from '../forms/field-problems.ts';
import type { Result } from '../forms/result.ts';

/**
 * Deliveries of pledged materials and workdays performed, recorded by officers as they happen;
 * several partial deliveries may fulfil one pledge. Money arrives through payments instead.
 */

export const deliveryProblems = [
  'quantityInvalid',
  'dateInvalid',
  'dateInFuture',
  'noteTooLong',
  'notInKind',
  'pledgeClosed',
  'moreThanPledged',
  'notYourArea',
  'pledgeUnknown',
  'photoTooLarge',
  'photoNotAnImage',
] as const;
export type DeliveryProblem = (typeof deliveryProblems)[number];

const deliverySchema = z.object({
  quantity: z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, 'quantityInvalid')
    .transform(Number)
    .refine((n) => n >= 1, 'quantityInvalid'),
  deliveredOn: z.iso.date({ message: 'dateInvalid' }),
  note: z.string().trim().max(500, 'noteTooLong').default(''),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** Reads the delivery form's fields (its photo is read apart, src/lib/evidence/evidence-store.ts). */
export function readDeliveryForm(fields: unknown): Result<Delivery, DeliveryProblem> {
  return parseForm(deliverySchema, fields, {
    known: deliveryProblems,
    fallback: () => 'quantityInvalid',
    wholeForm: 'quantity',
  });
}

export interface PledgeToDeliver {
  kind: PledgeKind;
  /** Units of material, workdays or machine shifts promised. */
  quantity: number | null;
  delivered: number;
  cancelled: boolean;
}

/** Whether this delivery can be recorded against the pledge: the first problem, or null. */
export function deliveryProblem(pledge: PledgeToDeliver, delivery: Delivery, today: string): DeliveryProblem | null {
  if (pledge.kind === 'money' || pledge.quantity === null) return 'notInKind';
  if (pledge.cancelled) return 'pledgeClosed';
  if (delivery.deliveredOn > today) return 'dateInFuture';
  if (pledge.delivered + delivery.quantity > pledge.quantity) return 'moreThanPledged';
  return null;
}

/** The form field each problem is shown next to. */
export const deliveryProblemField: Record<DeliveryProblem, 'quantity' | 'deliveredOn' | 'note' | 'photo'> = {
  quantityInvalid: 'quantity',
  dateInvalid: 'deliveredOn',
  dateInFuture: 'deliveredOn',
  noteTooLong: 'note',
  notInKind: 'quantity',
  pledgeClosed: 'quantity',
  moreThanPledged: 'quantity',
  notYourArea: 'quantity',
  pledgeUnknown: 'quantity',
  photoTooLarge: 'photo',
  photoNotAnImage: 'photo',
};

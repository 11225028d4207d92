import { asc, eq, sql } from 'drizzle-orm';
import {
  deliveryProblem,
  deliveryProblemField,
  readDeliveryForm,
  type Delivery,
  type DeliveryProblem,
} from './delivery.ts';
import { can, type Area, type Grant } from '../officials/roles.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import { deliveries, donors, officials, pledges } from '../../../db/schema/index.ts';
import { areaOfPlace } from '../officials/area-store.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { bookDelivery } from '../ledger/gift-booking-store.ts';
import type { Actor } from '../households/stage-store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { prepareUploadedPhoto, type EvidenceStore } from '../evidence/evidence-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';

/** Units of material delivered, or workdays performed, against a pledge so far. */
export async function deliveredForPledge(db: Queryable, pledgeId: number): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${deliveries.quantity}), 0)`.mapWith(Number) })
    .from(deliveries)
    .where(eq(deliveries.pledgeId, pledgeId));
  return row!.total;
}

export interface PledgeForDelivery {
  id: number;
  reference: string;
  kind: (typeof pledges.$inferSelect)['kind'];
  targetKind: (typeof pledges.$inferSelect)['targetKind'];
  targetCode: string;
  material: (typeof pledges.$inferSelect)['material'];
  materialDescription: string | null;
  skill: (typeof pledges.$inferSelect)['skill'];
  quantity: number | null;
  cancelled: boolean;
  /** The donor as the public may see them; null for an anonymous gift. */
  donorPublicName: string | null;
  area: Area;
  delivered: number;
  deliveries: {
    quantity: number;
    deliveredOn: string;
    note: string | null;
    photoKey: string | null;
    recordedBy: string;
  }[];
}

/**
 * A pledge with its deliveries as the workspace shows it, for an official who may read records
 * where its gifts arrive (`viewer`'s grants); refused otherwise.
 */
export async function findPledgeForDelivery(
  db: Database,
  reference: string,
  viewer: readonly Grant[],
): Promise<Result<PledgeForDelivery, 'pledgeUnknown' | 'notYourArea'>> {
  const [pledge] = await db
    .select({
      id: pledges.id,
      reference: pledges.reference,
      kind: pledges.kind,
      targetKind: pledges.targetKind,
      targetCode: pledges.targetCode,
      material: pledges.material,
      materialDescription: pledges.materialDescription,
      skill: pledges.skill,
      quantity: pledges.quantity,
      cancelled: sql<boolean>`${pledges.cancelledAt} is not null`,
      donorPublicName: donors.publicName,
    })
    .from(pledges)
    .innerJoin(donors, eq(donors.id, pledges.donorId))
    .where(eq(pledges.reference, reference));
  if (!pledge) return refused('pledgeUnknown');
  const area = await areaOfPlace(db, pledge.targetKind, pledge.targetCode);
  if (!can(viewer, 'read_records', area)) return refused('notYourArea');
  const list = await db
    .select({
      quantity: deliveries.quantity,
      deliveredOn: deliveries.deliveredOn,
      note: deliveries.note,
      photoKey: deliveries.photoKey,
      recordedBy: officials.name,
    })
    .from(deliveries)
    .innerJoin(officials, eq(officials.id, deliveries.recordedBy))
    .where(eq(deliveries.pledgeId, pledge.id))
    .orderBy(asc(deliveries.deliveredOn), asc(deliveries.id));
  return ok({
    ...pledge,
    area,
    delivered: list.reduce((sum, delivery) => sum + delivery.quantity, 0),
    deliveries: list,
  });
}

/**
 * Records a delivery against an in-kind pledge, if the officer may act where its gifts arrive
 * and it does not exceed what was pledged; audited, and public totals follow at once. A refused
 * delivery writes nothing, not even its photo: `keepPhoto` (which writes the file `photoKey`
 * names) runs only once the delivery is allowed.
 */
export async function recordDelivery(
  db: Database,
  reference: string,
  delivery: Delivery & { photoKey: string | null },
  actor: Actor,
  today: string,
  keepPhoto: () => Promise<void> = async () => {},
): Promise<Result<{ delivered: number }, DeliveryProblem>> {
  const problem = (code: DeliveryProblem) => refused(code, { field: deliveryProblemField[code] });
  return db.transaction(async (tx) => {
    // Locks the pledge: two officers recording at once cannot together exceed it.
    const [pledge] = await tx
      .select({
        id: pledges.id,
        kind: pledges.kind,
        quantity: pledges.quantity,
        targetKind: pledges.targetKind,
        targetCode: pledges.targetCode,
        cancelled: sql<boolean>`${pledges.cancelledAt} is not null`,
      })
      .from(pledges)
      .where(eq(pledges.reference, reference))
      .for('update');
    if (!pledge) return problem('pledgeUnknown');
    if (!can(actor.grants, 'record_delivery', await areaOfPlace(tx, pledge.targetKind, pledge.targetCode)))
      return problem('notYourArea');
    const delivered = await deliveredForPledge(tx, pledge.id);
    const refusal = deliveryProblem({ ...pledge, delivered }, delivery, today);
    if (refusal) return problem(refusal);
    await keepPhoto();
    const [recorded] = await tx
      .insert(deliveries)
      .values({
        pledgeId: pledge.id,
        quantity: delivery.quantity,
        deliveredOn: delivery.deliveredOn,
        photoKey: delivery.photoKey,
        note: delivery.note || null,
        recordedBy: actor.id,
      })
      .returning({ id: deliveries.id });
    await bookDelivery(tx, recorded!.id);
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'delivery_recorded',
      subject: `pledge:${reference}`,
      after: { quantity: delivery.quantity, deliveredOn: delivery.deliveredOn, photo: delivery.photoKey },
    });
    await markPublicDataChanged(tx);
    return ok({ delivered: delivered + delivery.quantity });
  });
}

/**
 * The delivery form submitted for a pledge: read, its photo (if any) prepared, then recorded as
 * `recordDelivery` does, which keeps the photo in the evidence store if the delivery is allowed.
 * `today` is the date in Vietnam.
 */
export async function submitDelivery(
  db: Database,
  reference: string,
  fields: Record<string, unknown>,
  actor: Actor,
  today: string,
  evidence: EvidenceStore,
): Promise<Result<{ delivered: number }, DeliveryProblem>> {
  const read = readDeliveryForm(fields);
  if (!read.ok) return read;
  const photo = await prepareUploadedPhoto(evidence, fields.photo);
  if (!photo.ok) return photo;
  const delivery = { ...read.value, photoKey: photo.value?.key ?? null };
  return recordDelivery(db, reference, delivery, actor, today, photo.value?.keep);
}

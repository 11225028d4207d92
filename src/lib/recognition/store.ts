import { and, asc, eq, inArray, or, sql, sum, type SQL } from 'drizzle-orm';
import type { Machine, Material } from '../pledges/vocabulary.ts';
import type { VerifiedTotals } from './recognition.ts';
import type { EvidenceReceipt } from './achievement-report.ts';
import type { ReceiptBody } from '../receipts/receipt.ts';
import type { Queryable } from '../../../db/client.ts';
import { adminUnits, deliveries, donors, households, payments, pledges, receipts } from '../../../db/schema/index.ts';
import { pledgesInArea, type LedgerArea } from '../ledger/public-ledger-store.ts';
import { currentUnitIs } from '../units/store.ts';
import {
  dayInCampaignPeriod,
  deliveryDay,
  paymentDay,
  pledgeInCampaignArea,
} from '../campaigns/campaign-reach-store.ts';
import { moneyPerPayment } from '../payments/store.ts';

/**
 * Donors' verified gifts — money received and deliveries recorded, each with its receipt — added
 * up for the public donor wall and for recognition. Only what arrived counts, never a promise.
 */

/** Gifts of a place (as the public ledger reads it), or gifts that count toward a campaign (campaign-reach-store.ts). */
export type GiftScope = { area: LedgerArea } | { campaignId: string };

/** The campaign a scope is about, if any: a campaign's fund as a place is the campaign too. */
function campaignOf(scope: GiftScope): string | undefined {
  if (!('area' in scope)) return scope.campaignId;
  return scope.area !== 'country' && scope.area.kind === 'campaign' ? scope.area.code : undefined;
}

function inScope(scope: GiftScope): SQL | undefined {
  const campaign = campaignOf(scope);
  return campaign ? pledgeInCampaignArea(campaign) : pledgesInArea((scope as { area: LedgerArea }).area);
}

/** For a campaign, gifts that arrived (a day, in SQL) within its period; for a place, all. */
function arrivedInScope(scope: GiftScope, day: SQL): SQL | undefined {
  const campaign = campaignOf(scope);
  return campaign ? dayInCampaignPeriod(campaign, day) : undefined;
}

/**
 * One donor across pledges: an organisation by its tax code, a person by e-mail and name; a
 * donor who gave neither is their pledge's donor alone.
 */
const donorKey = sql<string>`coalesce('tax:' || ${donors.taxCode}, 'email:' || lower(${donors.email}) || '|' || lower(${donors.name}), 'donor:' || ${donors.id})`;

interface Totals<Key> extends VerifiedTotals {
  key: Key;
}

/** Verified totals grouped by a donor expression, merged from money and deliveries. */
async function totalsBy<Key>(db: Queryable, key: SQL<Key>, scope: GiftScope, extra?: SQL): Promise<Totals<Key>[]> {
  const where = and(inScope(scope), extra);
  const perPayment = moneyPerPayment(db);
  // A home counts as funded by what reached it within the scope's period.
  const paymentDayOfM = sql`(p.received_at at time zone 'Asia/Ho_Chi_Minh')::date`;
  const reached = sql`(exists (select 1 from pledge_money m join payments p on p.id = m.payment_id
      where m.pledge_id = ${pledges.id} and ${arrivedInScope(scope, paymentDayOfM) ?? sql`true`}
      group by m.payment_id having sum(m.amount) > 0)
    or exists (select 1 from deliveries d where d.pledge_id = ${pledges.id}
      and ${arrivedInScope(scope, sql`d.delivered_on`) ?? sql`true`}))`;
  const [money, given, homes] = await Promise.all([
    db
      .select({ key, amount: sum(perPayment.amount) })
      .from(perPayment)
      .innerJoin(payments, eq(payments.id, perPayment.paymentId))
      .innerJoin(pledges, eq(pledges.id, perPayment.pledgeId))
      .innerJoin(donors, eq(donors.id, pledges.donorId))
      .where(and(where, arrivedInScope(scope, paymentDay)))
      .groupBy(key),
    db
      .select({
        key,
        kind: pledges.kind,
        material: pledges.material,
        machine: pledges.machine,
        quantity: sum(deliveries.quantity),
      })
      .from(deliveries)
      .innerJoin(pledges, eq(pledges.id, deliveries.pledgeId))
      .innerJoin(donors, eq(donors.id, pledges.donorId))
      .where(and(where, arrivedInScope(scope, deliveryDay)))
      .groupBy(key, pledges.kind, pledges.material, pledges.machine),
    db
      .select({ key, homes: sql<number>`count(distinct ${pledges.targetCode})` })
      .from(pledges)
      .innerJoin(donors, eq(donors.id, pledges.donorId))
      .where(and(where, eq(pledges.targetKind, 'household'), reached))
      .groupBy(key),
  ]);
  const totals = new Map<Key, Totals<Key>>();
  const of = (k: Key) => {
    const found = totals.get(k) ?? { key: k, cash: 0n, materials: {}, workdays: 0, homesFunded: 0 };
    totals.set(k, found);
    return found;
  };
  for (const row of money) of(row.key).cash = BigInt(row.amount ?? 0);
  for (const row of given) {
    const donor = of(row.key);
    if (row.kind === 'labour') donor.workdays += Number(row.quantity ?? 0);
    else if (row.kind === 'machinery')
      donor.machineShifts = { ...donor.machineShifts, [row.machine as Machine]: Number(row.quantity ?? 0) };
    else donor.materials[row.material as Material] = Number(row.quantity ?? 0);
  }
  for (const row of homes) of(row.key).homesFunded = Number(row.homes);
  return [...totals.values()];
}

const byCashThenWorkdays = (a: VerifiedTotals, b: VerifiedTotals) =>
  a.cash === b.cash ? b.workdays - a.workdays : a.cash > b.cash ? -1 : 1;

/** The public donor wall: totals by the name donors chose to show; anonymous gifts as one line (key null). */
export async function donorWall(db: Queryable, scope: GiftScope): Promise<Totals<string | null>[]> {
  return (await totalsBy(db, sql<string | null>`${donors.publicName}`, scope)).sort(byCashThenWorkdays);
}

export interface DonorRecord extends Totals<string> {
  name: string;
  type: 'person' | 'organisation';
  taxCode: string | null;
}

/** Every donor's verified totals for a campaign, by donor, with who they are: for officials only. */
export async function donorsForRecognition(db: Queryable, campaignId: string): Promise<DonorRecord[]> {
  const totals = await totalsBy(db, donorKey, { campaignId });
  if (totals.length === 0) return [];
  const who = await db
    .selectDistinctOn([donorKey], { key: donorKey, name: donors.name, type: donors.type, taxCode: donors.taxCode })
    .from(donors)
    .where(
      inArray(
        donorKey,
        totals.map((total) => total.key),
      ),
    )
    .orderBy(donorKey, asc(donors.id));
  const named = new Map(who.map((row) => [row.key, row]));
  return totals.map((total) => ({ ...total, ...named.get(total.key)!, key: total.key })).sort(byCashThenWorkdays);
}

/** The receipts of one donor's gifts for a campaign: the evidence of an achievement report. */
export async function receiptsOfDonor(db: Queryable, campaignId: string, key: string): Promise<EvidenceReceipt[]> {
  const scope = { campaignId };
  const rows = await db
    .select({
      body: receipts.body,
      refunded: sql<string>`(select coalesce(sum(r.amount), 0) from payment_refunds r where r.payment_id = ${receipts.paymentId})`,
    })
    .from(receipts)
    .leftJoin(payments, eq(payments.id, receipts.paymentId))
    .leftJoin(deliveries, eq(deliveries.id, receipts.deliveryId))
    .innerJoin(pledges, or(eq(pledges.id, payments.pledgeId), eq(pledges.id, deliveries.pledgeId)))
    .innerJoin(donors, eq(donors.id, pledges.donorId))
    .where(
      and(
        inScope(scope),
        arrivedInScope(scope, sql`coalesce(${paymentDay}, ${deliveryDay})`),
        sql`${donorKey} = ${key}`,
      ),
    )
    .orderBy(asc(receipts.issuedAt), asc(receipts.id));
  return rows.map((row) => ({ body: row.body as ReceiptBody, refunded: BigInt(row.refunded) }));
}

/** The 2025 provinces where a campaign has homes: whose officials may read its recognition list. */
export async function provincesOfCampaign(db: Queryable, campaignId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ province: adminUnits.provinceCode })
    .from(households)
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .where(eq(households.campaignId, campaignId));
  return rows.map((row) => row.province);
}

import { sql, type SQL } from 'drizzle-orm';
import { currentEra } from '../units/vocabulary.ts';

/**
 * What counts toward a campaign — the one definition every campaign figure uses: its page's
 * totals, its donor wall, its recognition list and achievement reports, and its public ledger
 * and open data.
 *
 * A gift counts when both hold:
 * - **area**: its pledge's target lies in the campaign's area — the campaign's own fund, a
 *   commune of the area (a 2025 commune counts when one of the units it succeeded lies in a
 *   pre-2025 area), a home in such a commune, or a province only when the area is that very
 *   province. A nationwide campaign's area is every place;
 * - **period**: it arrived within the campaign's period, by the day in Vietnam's time — money
 *   on the day it was received, materials and workdays on the day they were delivered, a
 *   promise (for "pledged") on the day it was made.
 *
 * Both are read from the campaign's stored row by its id, so a query needs nothing else, e.g.
 * `where(and(pledgeInCampaignArea('bac-giang-2024'), dayInCampaignPeriod('bac-giang-2024', paymentDay)))`.
 * The SQL names `pledges` by its table name: the query must have the pledges table in its FROM.
 */

/** A current-era commune code (SQL) lies in the area of campaign `c` (the subquery's alias). */
const communeInAreaOfC = (commune: SQL) => sql`(
  exists (select 1 from admin_units u where u.era = c.area_era and u.code = ${commune}
    and c.area_code in (u.code, u.parent_code, u.province_code))
  or exists (select 1 from unit_successions s
    join admin_units old on old.era = c.area_era and old.code = s.old_code
    where s.new_commune_code = ${commune} and c.area_code in (old.code, old.parent_code, old.province_code))
)`;

/** The pledge (the `pledges` row of the query) is to a place in the campaign's area. */
export function pledgeInCampaignArea(campaignId: string): SQL {
  return sql`exists (select 1 from campaigns c where c.id = ${campaignId} and (
    c.area_code is null
    or (pledges.target_kind = 'campaign' and pledges.target_code = c.id)
    or (pledges.target_kind = 'province' and c.area_era = ${currentEra} and pledges.target_code = c.area_code)
    or (pledges.target_kind = 'commune' and ${communeInAreaOfC(sql`pledges.target_code`)})
    or (pledges.target_kind = 'household' and exists (select 1 from households h
      where h.public_code = pledges.target_code and ${communeInAreaOfC(sql`h.commune_code`)}))
  ))`;
}

/** A day (SQL, a date) falls within the campaign's period, both ends included. */
export function dayInCampaignPeriod(campaignId: string, day: SQL): SQL {
  return sql`exists (select 1 from campaigns c where c.id = ${campaignId}
    and ${day} between c.period_start and c.period_end)`;
}

/** The day a payment (the `payments` row of the query) was received, in Vietnam's time. */
export const paymentDay = sql`(payments.received_at at time zone 'Asia/Ho_Chi_Minh')::date`;
/** The day a pledge (the `pledges` row of the query) was made, in Vietnam's time. */
export const pledgeDay = sql`(pledges.created_at at time zone 'Asia/Ho_Chi_Minh')::date`;
/** The day a delivery (the `deliveries` row of the query) was made. */
export const deliveryDay = sql`deliveries.delivered_on`;

import { and, eq, like, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { refreshProgressFacts } from '../../src/lib/progress/store.ts';
import { currentEra, formerEra } from '../../src/lib/units/vocabulary.ts';
import { adminUnits, householdStageEvents, households, payments, pledges } from '../../db/schema/index.ts';

/**
 * Households of national size for the benchmark, spread over every 2025 commune, a third of
 * them recorded under a pre-2025 commune that the official succession maps to it. Generated in
 * the database (a few seconds for 350,000 rows), deterministic, and marked as demo.
 */
export async function generateNationalHouseholds(db: Database, count: number): Promise<void> {
  const stages = sql.raw(`array['identified','approved','started','completed','handed_over','validated']`);
  await db.execute(sql`
    with communes as (
      select code, row_number() over (order by code) - 1 as position, count(*) over () as total
      from admin_units where era = ${currentEra} and level = 'commune'
    ),
    predecessor as (
      select distinct on (s.new_commune_code) s.new_commune_code, s.old_code
      from unit_successions s
      join admin_units old on old.era = ${formerEra} and old.level = 'commune' and old.code = s.old_code
      order by s.new_commune_code, s.old_code
    ),
    generated as (
      select k, (k * 37) % 100 as stage_roll, (k * 7) % 10 as category_roll from generate_series(1, ${count}) k
    )
    insert into households (public_code, campaign_id, recorded_era, recorded_commune_code, commune_code, village,
      category, support_programme, support_type, display_name, stage, stage_date, withdrawn_reason, support_amount, is_demo)
    select
      'BENCH-' || lpad(k::text, 7, '0'),
      'national-2025',
      case when k % 3 = 0 and p.old_code is not null then ${formerEra} else ${currentEra} end,
      case when k % 3 = 0 and p.old_code is not null then p.old_code else c.code end,
      c.code,
      'Thôn ' || (1 + k % 12),
      (array['poor','poor','poor','poor','near_poor','near_poor','disaster_affected','meritorious_family',
        'martyr_relative','other_hardship'])[1 + category_roll],
      case when category_roll in (7, 8) then 'meritorious_housing'
        when category_roll in (0, 1) then 'national_target_programmes' else 'temporary_housing_elimination' end,
      case when k % 4 = 0 then 'repair' else 'new_build' end,
      (array['N','T','L','P','H','V'])[1 + k % 6] || '.' || (array['V','T','Đ','H'])[1 + k % 4] || '.' ||
        (array['A','B','C','D','H','K','L','M'])[1 + k % 8],
      case when stage_roll < 3 then 'withdrawn' when stage_roll < 10 then 'identified' when stage_roll < 20 then 'approved'
        when stage_roll < 35 then 'started' when stage_roll < 55 then 'completed' when stage_roll < 75 then 'handed_over'
        else 'validated' end,
      date '2024-10-01' + (k % 240)::int + 30 * (case when stage_roll < 3 then 1 when stage_roll < 10 then 0
        when stage_roll < 20 then 1 when stage_roll < 35 then 2 when stage_roll < 55 then 3 when stage_roll < 75 then 4
        else 5 end),
      case when stage_roll < 3 then 'Hộ đã có nhà ở kiên cố (dữ liệu thử tải)' end,
      case when k % 4 = 0 then 30000000 else 60000000 end,
      true
    from generated
    join communes c on c.position = generated.k % c.total
    left join predecessor p on p.new_commune_code = c.code
  `);
  // One event per stage reached, 30 days apart, ending on the household's stage date.
  await db.execute(sql`
    insert into household_stage_events (household_id, stage, occurred_on)
    select h.id,
      case when h.stage = 'withdrawn' and i = h.last_index then 'withdrawn' else (${stages})[i + 1] end,
      h.stage_date - 30 * (h.last_index - i)
    from (
      select id, stage, stage_date,
        case when stage = 'withdrawn' then 1 else array_position(${stages}, stage) - 1 end as last_index
      from households where public_code like 'BENCH-%'
    ) h
    cross join lateral generate_series(0, h.last_index) i
  `);
  await db.execute(sql`analyze`);
  await refreshProgressFacts(db);
}

/**
 * Pledges and payments of national size, `rows` in all: three pledges in five rows, a third of
 * them money, each money pledge paid in two halves. References start with CB (bench), so real
 * ones (CT) never clash; generated once per database, as payments cannot be deleted.
 */
export async function generatePledgesAndPayments(
  db: Database,
  rows: number,
): Promise<{ pledges: number; payments: number }> {
  const pledgeCount = Math.round((rows * 3) / 5);
  if ((await db.$count(pledges, like(pledges.reference, 'CB%'))) === 0) {
    await db.execute(sql`
      with donor as (
        insert into donors (type, name, display_choice, public_name)
        values ('organisation', 'Nhà hảo tâm thử tải', 'initials', 'N.H.T.T.T.') returning id
      ),
      communes as (
        select code, row_number() over (order by code) - 1 as position, count(*) over () as total
        from admin_units where era = ${currentEra} and level = 'commune'
      )
      insert into pledges (reference, private_token_hash, donor_id, target_kind, target_code, kind, amount, material,
        quantity, skill)
      select 'CB' || lpad(upper(to_hex(k)), 8, '0'), md5(k::text) || md5('bench' || k), donor.id, 'commune', c.code,
        (array['money', 'material', 'labour'])[1 + k % 3],
        case when k % 3 = 0 then 100000 * (1 + k % 50) end,
        case when k % 3 = 1 then 'cement' end,
        case when k % 3 <> 0 then 1 + k % 100 end,
        case when k % 3 = 2 then 'mason' end
      from generate_series(1, ${pledgeCount}) k
      cross join donor
      join communes c on c.position = k % c.total
    `);
    await db.execute(sql`
      insert into pledged_totals (area, amount)
      select 'commune:' || target_code, sum(amount) from pledges where reference like 'CB%' and kind = 'money' group by 1
      on conflict (area) do update set amount = pledged_totals.amount + excluded.amount
    `);
    await db.execute(sql`
      insert into payments (pledge_id, channel, amount, received_at)
      select p.id, 'bank_transfer', p.amount / 2, p.created_at
      from pledges p cross join generate_series(1, 2)
      where p.reference like 'CB%' and p.kind = 'money'
    `);
    await db.execute(sql`analyze pledges; analyze payments`);
  }
  return { pledges: await db.$count(pledges), payments: await db.$count(payments) };
}

/** What the generated data holds, for the bench's report. */
export async function countNationalData(
  db: Database,
): Promise<{ households: number; stageEvents: number; oldCommunes: number }> {
  return {
    households: await db.$count(households),
    stageEvents: await db.$count(householdStageEvents),
    oldCommunes: await db.$count(adminUnits, and(eq(adminUnits.era, formerEra), eq(adminUnits.level, 'commune'))),
  };
}

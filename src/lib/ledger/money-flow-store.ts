import { and, desc, eq, inArray, like, or, sql, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  account,
  accountPrefix,
  dong,
  fundKey,
  fundOfAccount,
  parseAccount,
  parseFundKey,
  type Fund,
} from './accounts.ts';
import type { Queryable } from '../../../db/client.ts';
import {
  adminUnits,
  allocationDecisions,
  allocationLines,
  campaigns,
  donors,
  ledgerBalances,
  ledgerEntries,
  ledgerTransactions,
  paymentRefunds,
  pledges,
  spentTotals,
} from '../../../db/schema/index.ts';
import { pledgesToFund, type LedgerArea } from './public-ledger-store.ts';
import { parseLedgerQuery, type LedgerQuery, type LedgerQueryProblem } from './ledger-query.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { moneyPerPayment } from '../payments/store.ts';
import { communeCodesOf, currentUnitIs } from '../units/store.ts';
import { currentEra } from '../units/vocabulary.ts';

/**
 * Following the money: what each fund received (from donors and from other funds), allocated
 * and holds, and where its allocations went, down to the homes — read from kept balances and
 * allocation decisions, never by summing the ledger per request.
 */

export interface FundSummary {
  fund: Fund;
  name: { vi: string; en: string };
  /** What donors gave for the fund, its homes' gifts included (a home's gifts go through its commune). */
  fromDonors: bigint;
  /** Of that, what donors gave for one home: booked straight to the home, never held by the fund. */
  straightToHomes: bigint;
  /** Everything that came in, from donors (for the fund or its homes) and allocated from other funds, less refunds. */
  received: bigint;
  /** Allocated to other funds or homes, money given straight to a home included, less refunds. */
  allocated: bigint;
  /** Received − allocated. */
  onHand: bigint;
}

/** Names of funds' holders: campaigns and 2025 units. */
export async function fundNames(db: Queryable, funds: Fund[]): Promise<Map<string, { vi: string; en: string }>> {
  const names = new Map<string, { vi: string; en: string }>();
  const campaignIds = funds.filter((f) => f.kind === 'campaign').map((f) => f.code);
  const unitCodes = funds.filter((f) => f.kind !== 'campaign').map((f) => f.code);
  if (campaignIds.length)
    for (const c of await db
      .select({ id: campaigns.id, vi: campaigns.nameVi, en: campaigns.nameEn })
      .from(campaigns)
      .where(inArray(campaigns.id, campaignIds)))
      names.set(`campaign:${c.id}`, { vi: c.vi, en: c.en });
  if (unitCodes.length)
    for (const u of await db
      .select({ code: adminUnits.code, level: adminUnits.level, vi: adminUnits.fullName, en: adminUnits.fullNameEn })
      .from(adminUnits)
      .where(and(eq(adminUnits.era, currentEra), inArray(adminUnits.code, unitCodes))))
      names.set(`${u.level}:${u.code}`, { vi: u.vi, en: u.en });
  return names;
}

/**
 * A public ledger address's query (parseLedgerQuery), its area checked against the places and
 * campaigns there are: `area=commune:99999` is no fund, answered 404 rather than a page of
 * nothing under a raw key. Gives the area's name with it.
 */
export async function readLedgerQuery(
  db: Queryable,
  fields: Record<string, unknown>,
): Promise<Result<LedgerQuery & { areaName?: { vi: string; en: string } }, LedgerQueryProblem | 'unknownArea'>> {
  const parsed = parseLedgerQuery(fields);
  if (!parsed.ok || parsed.value.area === 'country') return parsed;
  const key = fundKey(parsed.value.area);
  const areaName = (await fundNames(db, [parsed.value.area])).get(key);
  return areaName ? ok({ ...parsed.value, areaName }) : refused('unknownArea', { field: 'area', values: { key } });
}

/** Funds of the area with money booked: the area's own and, for a province, its communes'. */
export async function fundSummaries(db: Queryable, area: LedgerArea): Promise<FundSummary[]> {
  const accounts =
    area === 'country'
      ? like(ledgerBalances.account, `${accountPrefix('fund')}%`)
      : area.kind === 'province'
        ? or(
            eq(ledgerBalances.account, account.fund(area)),
            sql`${ledgerBalances.account} = any(${communeCodesOf(area.code, accountPrefix('fund', 'commune'))})`,
          )
        : eq(ledgerBalances.account, account.fund(area));
  const held = await db
    .select()
    .from(ledgerBalances)
    .where(and(eq(ledgerBalances.unit, dong), accounts));
  const funds = held.map((row) => fundOfAccount(row.account)!);
  const given = held.length
    ? await db
        .select()
        .from(ledgerBalances)
        .where(
          inArray(
            ledgerBalances.account,
            funds.map((fund) => account.donations(fund)),
          ),
        )
    : [];
  // Refunds credit a fund like an allocation does: found through their own records (rare), so
  // that what a fund received and allocated are both net of them.
  const refundRows = held.length
    ? await db
        .select({ account: ledgerEntries.account, amount: sql<string>`-sum(${ledgerEntries.amount})` })
        .from(paymentRefunds)
        .innerJoin(ledgerEntries, eq(ledgerEntries.transactionSequence, paymentRefunds.ledgerSequence))
        .where(
          inArray(
            ledgerEntries.account,
            held.map((row) => row.account),
          ),
        )
        .groupBy(ledgerEntries.account)
    : [];
  const refunded = new Map(refundRows.map((row) => [row.account, BigInt(row.amount)]));
  // Gifts for one home are booked from the commune's donations straight to the home's account,
  // bypassing the fund: found through their transactions (refunds of them net out the same way),
  // so that what a commune received counts them and adds up with what donors gave.
  const homeEntries = alias(ledgerEntries, 'home_entries');
  const straightRows = held.length
    ? await db
        .select({ account: ledgerEntries.account, amount: sql<string>`sum(${homeEntries.amount})` })
        .from(ledgerEntries)
        .innerJoin(homeEntries, eq(homeEntries.transactionSequence, ledgerEntries.transactionSequence))
        .where(
          and(
            inArray(
              ledgerEntries.account,
              funds.map((fund) => account.donations(fund)),
            ),
            like(homeEntries.account, `${accountPrefix('household')}%`),
            eq(homeEntries.unit, dong),
          ),
        )
        .groupBy(ledgerEntries.account)
    : [];
  const straight = new Map(straightRows.map((row) => [row.account, BigInt(row.amount)]));
  const names = await fundNames(db, funds);
  return held
    .map((row, i) => {
      const fund = funds[i]!;
      const donations = given.find((g) => g.account === account.donations(fund));
      const givenBack = refunded.get(row.account) ?? 0n;
      const toHomes = straight.get(account.donations(fund)) ?? 0n;
      return {
        fund,
        name: names.get(fundKey(fund)) ?? { vi: fundKey(fund), en: fundKey(fund) },
        fromDonors: donations ? donations.credits - donations.debits : 0n,
        straightToHomes: toHomes,
        received: row.debits - givenBack + toHomes,
        allocated: row.credits - givenBack + toHomes,
        onHand: row.debits - row.credits,
      };
    })
    .sort((a, b) => (a.received === b.received ? 0 : a.received > b.received ? -1 : 1));
}

export interface HomeMoney {
  household: string;
  /** Allocated to the home (or given straight to it), net of reversals. */
  allocated: bigint;
  /** Paid out to the home, net of reversals. */
  paid: bigint;
}

/** What each home of a commune was allocated and paid (homes with no money left out). */
export async function homesMoney(db: Queryable, commune: string): Promise<HomeMoney[]> {
  const rows = await db
    .select({ account: ledgerBalances.account, debits: ledgerBalances.debits, credits: ledgerBalances.credits })
    .from(ledgerBalances)
    .where(
      and(
        eq(ledgerBalances.unit, dong),
        sql`${ledgerBalances.account} = any(array(select kind || public_code from households, unnest(array[${accountPrefix('household')}::text, ${accountPrefix('paid')}::text]) as kind where commune_code = ${commune}))`,
      ),
    );
  const homes = new Map<string, HomeMoney>();
  for (const row of rows) {
    const { kind, holder: code } = parseAccount(row.account)!;
    const home = homes.get(code) ?? { household: code, allocated: 0n, paid: 0n };
    // What a home was given is what it still holds plus what was paid out to it.
    const balance = row.debits - row.credits;
    home.allocated += balance;
    if (kind === 'paid') home.paid = balance;
    homes.set(code, home);
  }
  return [...homes.values()].sort((a, b) => a.household.localeCompare(b.household));
}

/** Money paid out to homes in a commune, a province (its communes) or the whole country. */
export async function moneySpent(
  db: Queryable,
  area: { kind: 'commune' | 'province'; code: string } | 'country',
): Promise<bigint> {
  const [row] = await db
    .select({ total: sum(spentTotals.amount) })
    .from(spentTotals)
    .where(
      area === 'country'
        ? undefined
        : area.kind === 'commune'
          ? eq(spentTotals.communeCode, area.code)
          : sql`${spentTotals.communeCode} = any(${communeCodesOf(area.code)})`,
    );
  return BigInt(row?.total ?? 0);
}

/** Money paid out to homes per 2025 commune, or per province: for the open data files. */
export async function moneySpentByUnit(db: Queryable, level: 'commune' | 'province'): Promise<Map<string, bigint>> {
  const unit = level === 'commune' ? spentTotals.communeCode : adminUnits.provinceCode;
  const rows = await db
    .select({ code: unit, total: sum(spentTotals.amount) })
    .from(spentTotals)
    .innerJoin(adminUnits, currentUnitIs(spentTotals.communeCode))
    .groupBy(unit);
  return new Map(rows.map((row) => [row.code, BigInt(row.total ?? 0)]));
}

export interface DonorTotal {
  /** Null for the anonymous donors together. */
  donor: string | null;
  amount: bigint;
  gifts: number;
}

/** Who gave money to a fund, by public name, largest first, net of refunds; anonymous gifts as one line. */
export async function donorsOfFund(db: Queryable, fund: Fund, limit: number): Promise<DonorTotal[]> {
  const money = moneyPerPayment(db);
  const rows = await db
    .select({ donor: donors.publicName, amount: sum(money.amount), gifts: sql<number>`count(*)` })
    .from(money)
    .innerJoin(pledges, eq(pledges.id, money.pledgeId))
    .innerJoin(donors, eq(donors.id, pledges.donorId))
    .where(pledgesToFund(fund))
    .groupBy(donors.publicName)
    .orderBy(desc(sum(money.amount)))
    .limit(limit);
  return rows.map((row) => ({ donor: row.donor, amount: BigInt(row.amount ?? 0), gifts: Number(row.gifts) }));
}

export interface AllocationFlow {
  /** The other side: the recipient of money going out, or the fund money came from. */
  counterpart: string;
  amount: bigint;
  decisions: number;
}

/** Allocation decisions in force (not reversed), grouped by the other side of the fund. */
export async function allocationFlows(
  db: Queryable,
  fund: Fund,
): Promise<{ out: AllocationFlow[]; in: AllocationFlow[] }> {
  const inForce = sql`not exists (select 1 from ledger_transactions r where r.reverses_sequence = ledger_transactions.sequence)`;
  const base = () =>
    db
      .select({
        fund: allocationDecisions.fund,
        kind: allocationLines.recipientKind,
        code: allocationLines.recipientCode,
        amount: sum(allocationLines.amount),
        decisions: sql<number>`count(distinct ${allocationDecisions.id})`,
      })
      .from(allocationLines)
      .innerJoin(allocationDecisions, eq(allocationDecisions.id, allocationLines.decisionId))
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.allocationId, allocationDecisions.id))
      .groupBy(allocationDecisions.fund, allocationLines.recipientKind, allocationLines.recipientCode);
  const [out, into] = await Promise.all([
    base().where(and(eq(allocationDecisions.fund, fundKey(fund)), inForce)),
    fund.kind === 'commune'
      ? base().where(
          and(eq(allocationLines.recipientKind, 'commune'), eq(allocationLines.recipientCode, fund.code), inForce),
        )
      : Promise.resolve([]),
  ]);
  const flow = (counterpart: string, row: { amount: string | null; decisions: number }) => ({
    counterpart,
    amount: BigInt(row.amount ?? 0),
    decisions: Number(row.decisions),
  });
  return {
    out: out.map((row) => flow(`${row.kind}:${row.code}`, row)),
    in: into.map((row) => flow(row.fund, row)),
  };
}

/** Everything the page following one fund's money shows. */
export interface FundFlowView {
  /** Received − allocated = on hand; undefined when nothing has moved through the fund yet. */
  summary: FundSummary | undefined;
  /** Its donors, the largest first (21 at most: 20 shown, and whether there are more). */
  donors: DonorTotal[];
  flows: { in: AllocationFlow[]; out: AllocationFlow[] };
  /** For a commune's fund, each of its homes' money. */
  homes: HomeMoney[];
  /** The names of the fund and of each fund it exchanged money with, by fund key. */
  names: Map<string, { vi: string; en: string }>;
}

/** Donors → this fund → the funds and homes it allocated to, read at once. */
export async function fundFlowView(db: Queryable, fund: Fund): Promise<FundFlowView> {
  const [summaries, donors, flows, homes] = await Promise.all([
    fundSummaries(db, fund),
    donorsOfFund(db, fund, 21),
    allocationFlows(db, fund),
    fund.kind === 'commune' ? homesMoney(db, fund.code) : Promise.resolve([]),
  ]);
  const related = [fund, ...[...flows.in, ...flows.out].flatMap((flow) => parseFundKey(flow.counterpart) ?? [])];
  return {
    summary: summaries.find((summary) => fundKey(summary.fund) === fundKey(fund)),
    donors,
    flows,
    homes,
    names: await fundNames(db, related),
  };
}

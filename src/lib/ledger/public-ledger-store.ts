import { and, desc, eq, ilike, inArray, isNull, or, sql, sum, type SQL } from 'drizzle-orm';
import { account, accountPrefix, fundKey, fundKeyPrefix, type Fund } from './accounts.ts';
import type { MoneyInRow, MoneyOutRow } from './ledger-rows.ts';
import { parseWholeDong } from '../money/whole-dong.ts';
import { publicMemoOf } from '../privacy/public-memo.ts';
import type { Queryable } from '../../../db/client.ts';
import {
  donors,
  ledgerBalances,
  ledgerTransactions,
  paymentRefunds,
  payments,
  pledgeMoney,
  pledgedTotals,
  pledges,
  receipts,
  statementRows,
} from '../../../db/schema/index.ts';
import { entriesOfTransactions } from './store.ts';
import { containsPattern } from '../../../db/like-pattern.ts';
import { communeCodesOf } from '../units/store.ts';
import { readPublicReference } from '../references/public-reference.ts';
import { dayInCampaignPeriod, paymentDay, pledgeDay, pledgeInCampaignArea } from '../campaigns/campaign-reach-store.ts';

/** Where a public ledger page looks: the whole country, or one fund and what lies under it. */
export type LedgerArea = Fund | 'country';

/** Public codes of homes in a commune, or in a province's communes, as an SQL array. */
const homesOf = (area: Fund) =>
  area.kind === 'commune'
    ? sql`array(select public_code from households where commune_code = ${area.code})`
    : sql`array(select public_code from households where commune_code = any(${communeCodesOf(area.code)}))`;

/**
 * Pledges whose gifts arrive in the area: to its fund, and to the communes and homes under it;
 * for a campaign, those to a place in its area (campaign-reach-store.ts).
 */
export function pledgesInArea(area: LedgerArea): SQL | undefined {
  if (area === 'country') return undefined;
  if (area.kind === 'campaign') return pledgeInCampaignArea(area.code);
  const to = (kind: 'province' | 'commune' | 'household', code: SQL | string) =>
    typeof code === 'string'
      ? and(eq(pledges.targetKind, kind), eq(pledges.targetCode, code))
      : and(eq(pledges.targetKind, kind), sql`${pledges.targetCode} = any(${code})`);
  if (area.kind === 'commune') return or(to('commune', area.code), to('household', homesOf(area)));
  return or(to('province', area.code), to('commune', communeCodesOf(area.code)), to('household', homesOf(area)));
}

/** Pledges received by one fund itself: gifts to a home are received by its commune's fund. */
export function pledgesToFund(fund: Fund): SQL | undefined {
  const own = and(eq(pledges.targetKind, fund.kind), eq(pledges.targetCode, fund.code));
  return fund.kind === 'commune'
    ? or(own, and(eq(pledges.targetKind, 'household'), sql`${pledges.targetCode} = any(${homesOf(fund)})`))
    : own;
}

/** Ledger accounts of the area's funds and homes, as an SQL array. */
function accountsOf(area: Fund): SQL {
  if (area.kind === 'campaign') return sql`array[${account.fund(area)}]`;
  const homes = sql`array(select ${accountPrefix('household')}::text || code from unnest(${homesOf(area)}) as code)`;
  if (area.kind === 'commune') return sql`array[${account.fund(area)}] || ${homes}`;
  return sql`array[${account.fund(area)}] || ${communeCodesOf(area.code, accountPrefix('fund', 'commune'))} || ${homes}`;
}

export interface Page {
  offset: number;
  limit: number;
}

/** For a campaign, payments received within its period (a refund goes with its payment); elsewhere any. */
function paymentsInPeriod(area: LedgerArea): SQL | undefined {
  return area !== 'country' && area.kind === 'campaign' ? dayInCampaignPeriod(area.code, paymentDay) : undefined;
}

/**
 * Money received in the area, and given back by refunds, newest first: each as the ledger booked
 * it (a refund's amount below zero), each bank memo as the public may read it (publicMemoOf). A
 * search is a pledge reference, an amount (exactly, either way), or part of a donor's public name.
 */
export async function moneyIn(db: Queryable, area: LedgerArea, search: string, page: Page): Promise<MoneyInRow[]> {
  const query = search.trim();
  const amount = parseWholeDong(query);
  const reference = readPublicReference('pledge', query);
  const matches = !query
    ? undefined
    : reference
      ? eq(pledges.reference, reference)
      : amount !== undefined
        ? sql`abs(${pledgeMoney.amount}) = ${amount}`
        : ilike(donors.publicName, containsPattern(query));
  const at = sql<Date>`coalesce(${paymentRefunds.refundedAt}, ${payments.receivedAt})`.mapWith(payments.receivedAt);
  const rows = await db
    .select({
      kind: sql<'payment' | 'refund'>`case when ${pledgeMoney.refundId} is null then 'payment' else 'refund' end`,
      receivedAt: at,
      amount: pledgeMoney.amount,
      channel: payments.channel,
      donor: donors.publicName,
      displayChoice: donors.displayChoice,
      reference: pledges.reference,
      targetKind: pledges.targetKind,
      targetCode: pledges.targetCode,
      memo: statementRows.description,
      receipt: receipts.code,
    })
    .from(pledgeMoney)
    .innerJoin(payments, eq(payments.id, pledgeMoney.paymentId))
    .leftJoin(paymentRefunds, eq(paymentRefunds.id, pledgeMoney.refundId))
    .innerJoin(pledges, eq(pledges.id, pledgeMoney.pledgeId))
    .innerJoin(donors, eq(donors.id, pledges.donorId))
    .leftJoin(statementRows, eq(statementRows.id, payments.statementRowId))
    .leftJoin(receipts, eq(receipts.paymentId, payments.id))
    .where(and(pledgesInArea(area), paymentsInPeriod(area), matches))
    .orderBy(desc(at), desc(pledgeMoney.ledgerSequence))
    .offset(page.offset)
    .limit(page.limit);
  return rows.map(({ displayChoice, memo, ...row }) => ({ ...row, memo: publicMemoOf(memo, displayChoice) }));
}

/**
 * Money allocated, paid out to homes, or moved back by a reversal, touching the area's funds or
 * homes; newest first. A search is a document number (part of it) or an amount (exactly).
 * Its correlated subqueries name the outer table in full: Drizzle leaves a lone table's columns
 * unqualified, which inside a subquery would mean the inner table's.
 */
export async function moneyOut(db: Queryable, area: LedgerArea, search: string, page: Page): Promise<MoneyOutRow[]> {
  const query = search.trim();
  const amount = parseWholeDong(query);
  const touches =
    area === 'country'
      ? undefined
      : sql`exists (select 1 from ledger_entries e where e.transaction_sequence = ledger_transactions.sequence and e.account = any(${accountsOf(area)}))`;
  const matches = !query
    ? undefined
    : amount !== undefined
      ? sql`exists (select 1 from ledger_entries e where e.transaction_sequence = ledger_transactions.sequence and e.amount = ${amount})`
      : ilike(ledgerTransactions.documentNumber, containsPattern(query));
  const transactions = await db
    .select({
      sequence: ledgerTransactions.sequence,
      kind: ledgerTransactions.kind,
      occurredOn: ledgerTransactions.occurredOn,
      documentNumber: ledgerTransactions.documentNumber,
      description: ledgerTransactions.description,
      reversesSequence: ledgerTransactions.reversesSequence,
      reversedBy: sql<
        number | null
      >`(select r.sequence from ledger_transactions r where r.reverses_sequence = ledger_transactions.sequence)`,
    })
    .from(ledgerTransactions)
    .where(and(inArray(ledgerTransactions.kind, ['allocation', 'disbursement', 'reversal']), touches, matches))
    .orderBy(desc(ledgerTransactions.sequence))
    .offset(page.offset)
    .limit(page.limit);
  const entriesOf = await entriesOfTransactions(
    db,
    transactions.map((t) => t.sequence),
  );
  return transactions.map((transaction) => ({
    ...(transaction as Omit<MoneyOutRow, 'entries'>),
    reversedBy: transaction.reversedBy === null ? null : Number(transaction.reversedBy),
    entries: (entriesOf.get(transaction.sequence) ?? []).map(({ account, amount }) => ({ account, amount })),
  }));
}

/**
 * Money pledged (not cancelled) and received for a place: a commune with its homes, a province
 * with its communes and homes — read from kept totals (pledged totals and the ledger's
 * donations), a few rows per place, whatever the number of pledges — or a campaign, by what
 * counts toward it (campaign-reach-store.ts).
 */
export async function moneyForArea(db: Queryable, area: Fund): Promise<{ pledged: bigint; received: bigint }> {
  if (area.kind === 'campaign') return moneyForCampaign(db, area.code);
  const places =
    area.kind === 'province'
      ? sql`array[${fundKey(area)}] || ${communeCodesOf(area.code, fundKeyPrefix('commune'))}`
      : sql`array[${fundKey(area)}]`;
  const [[pledged], [received]] = await Promise.all([
    db
      .select({ total: sum(pledgedTotals.amount) })
      .from(pledgedTotals)
      .where(sql`${pledgedTotals.area} = any(${places})`),
    db
      .select({ total: sql<string | null>`sum(${ledgerBalances.credits} - ${ledgerBalances.debits})` })
      .from(ledgerBalances)
      .where(
        sql`${ledgerBalances.account} = any(array(select ${accountPrefix('donations')}::text || place from unnest(${places}) as place))`,
      ),
  ]);
  return { pledged: BigInt(pledged?.total ?? 0), received: BigInt(received?.total ?? 0) };
}

/**
 * Money pledged (not cancelled) and received that counts toward a campaign: to a place in its
 * area, promised and received within its period. Summed from the pledges and the ledger's
 * `pledge_money` (refunds subtract), as the campaign's donor wall and recognition are.
 */
async function moneyForCampaign(db: Queryable, campaignId: string): Promise<{ pledged: bigint; received: bigint }> {
  const inArea = pledgeInCampaignArea(campaignId);
  const [[pledged], [received]] = await Promise.all([
    db
      .select({ total: sum(pledges.amount) })
      .from(pledges)
      .where(
        and(inArea, eq(pledges.kind, 'money'), isNull(pledges.cancelledAt), dayInCampaignPeriod(campaignId, pledgeDay)),
      ),
    db
      .select({ total: sum(pledgeMoney.amount) })
      .from(pledgeMoney)
      .innerJoin(payments, eq(payments.id, pledgeMoney.paymentId))
      .innerJoin(pledges, eq(pledges.id, pledgeMoney.pledgeId))
      .where(and(inArea, dayInCampaignPeriod(campaignId, paymentDay))),
  ]);
  return { pledged: BigInt(pledged?.total ?? 0), received: BigInt(received?.total ?? 0) };
}

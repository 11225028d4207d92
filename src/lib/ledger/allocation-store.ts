import { and, eq, inArray, sql } from 'drizzle-orm';
import { fundKey, fundOfAccount, parseAccount } from './accounts.ts';
import {
  readAllocationForm,
  readDisbursementForm,
  readReversalForm,
  type AllocationDecision,
  type Disbursement,
  type OutgoingProblem,
  type OutgoingRefusal,
} from './allocation-form.ts';
import { recipientsOutsideFund } from './allocation-rules.ts';
import { allocationEntries, disbursementEntries, reversalEntries } from './postings.ts';
import { can, grantsAllowing, type Grant } from '../officials/roles.ts';
import type { Database, Transaction } from '../../../db/client.ts';
import { refusableTransaction } from '../../../db/refusable-transaction.ts';
import {
  adminUnits,
  allocationDecisions,
  allocationLines,
  households,
  ledgerEntries,
  ledgerTransactions,
  spentTotals,
} from '../../../db/schema/index.ts';
import { areaOfPlace, communeAreaOf } from '../officials/area-store.ts';
import { recordAuditEvent } from '../audit/store.ts';
import type { Actor } from '../households/stage-store.ts';
import { postLedgerTransaction } from './store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { currentEra } from '../units/vocabulary.ts';
import { currentUnitIs } from '../units/store.ts';
import { ok, refused, type Refused, type Result } from '../forms/result.ts';
import { listCampaigns } from '../campaigns/store.ts';

/** Recipients that do not exist, or lie outside a province's or commune's own fund. */
async function recipientProblem(
  tx: Transaction,
  decision: AllocationDecision,
): Promise<Refused<OutgoingRefusal> | undefined> {
  const communeCodes = decision.lines.flatMap((line) => ('commune' in line ? [line.commune] : []));
  const householdCodes = decision.lines.flatMap((line) => ('household' in line ? [line.household] : []));
  const communes = communeCodes.length
    ? await tx
        .select({ code: adminUnits.code, provinceCode: adminUnits.provinceCode })
        .from(adminUnits)
        .where(
          and(eq(adminUnits.era, currentEra), eq(adminUnits.level, 'commune'), inArray(adminUnits.code, communeCodes)),
        )
    : [];
  const homes = householdCodes.length
    ? await tx
        .select({ code: households.publicCode, commune: households.communeCode, provinceCode: adminUnits.provinceCode })
        .from(households)
        .innerJoin(adminUnits, currentUnitIs(households.communeCode))
        .where(inArray(households.publicCode, householdCodes))
    : [];
  const unknown = [
    ...communeCodes.filter((code) => !communes.some((c) => c.code === code)),
    ...householdCodes.filter((code) => !homes.some((h) => h.code === code)),
  ];
  if (unknown.length) return refused('recipientUnknown', { values: { detail: unknown.join(', ') } });
  const outside = recipientsOutsideFund(decision.fund, [
    ...communes.map((c) => ({
      kind: 'commune' as const,
      code: c.code,
      communeCode: c.code,
      provinceCode: c.provinceCode,
    })),
    ...homes.map((h) => ({
      kind: 'household' as const,
      code: h.code,
      communeCode: h.commune,
      provinceCode: h.provinceCode,
    })),
  ]);
  if (outside.length)
    return refused('recipientOutsideFund', { values: { detail: outside.map((r) => r.code).join(', ') } });
  return undefined;
}

/** Money paid out to homes in a commune goes up with a payment and down with its reversal. */
async function addToSpent(tx: Transaction, communeCode: string, amount: bigint) {
  await tx
    .insert(spentTotals)
    .values({ communeCode, amount })
    .onConflictDoUpdate({ target: spentTotals.communeCode, set: { amount: sql`${spentTotals.amount} + ${amount}` } });
}

/**
 * Records an allocation decision and books it: the fund's money to communes' funds or homes.
 * Refused, with nothing written, if the official is not the fund's treasurer, a recipient is
 * unknown or outside the fund's area, or the fund does not hold enough.
 */
export async function recordAllocation(
  db: Database,
  decision: AllocationDecision,
  actor: Actor,
): Promise<Result<{ sequence: number }, OutgoingRefusal>> {
  return refusableTransaction(db, async (tx) => {
    if (!can(actor.grants, 'manage_fund', await areaOfPlace(tx, decision.fund.kind, decision.fund.code)))
      return refused('notYourFund');
    const problem = await recipientProblem(tx, decision);
    if (problem) return problem;
    const [recorded] = await tx
      .insert(allocationDecisions)
      .values({
        number: decision.number,
        decidedOn: decision.decidedOn,
        fund: fundKey(decision.fund),
        recordedBy: actor.id,
      })
      .returning({ id: allocationDecisions.id });
    await tx.insert(allocationLines).values(
      decision.lines.map((line) => ({
        decisionId: recorded!.id,
        recipientKind: 'commune' in line ? ('commune' as const) : ('household' as const),
        recipientCode: 'commune' in line ? line.commune : line.household,
        amount: line.amount,
      })),
    );
    const posted = await postLedgerTransaction(tx, {
      kind: 'allocation',
      occurredOn: decision.decidedOn,
      description: `${decision.number} (${fundKey(decision.fund)})`,
      entries: allocationEntries(decision.fund, decision.lines),
      allocationId: recorded!.id,
      documentNumber: decision.number,
      recordedBy: actor.id,
    });
    if (!posted.ok) return posted;
    const { sequence } = posted.value;
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'allocation_recorded',
      subject: `ledger:${sequence}`,
      after: {
        number: decision.number,
        decidedOn: decision.decidedOn,
        fund: fundKey(decision.fund),
        lines: decision.lines.map((line) => ({ ...line, amount: String(line.amount) })),
      },
    });
    await markPublicDataChanged(tx);
    return ok({ sequence });
  });
}

/** Pays a home from what was allocated to it; refused beyond that, or outside the treasurer's area. */
export async function recordDisbursement(
  db: Database,
  disbursement: Disbursement,
  actor: Actor,
): Promise<Result<{ sequence: number }, OutgoingRefusal>> {
  return refusableTransaction(db, async (tx) => {
    const area = await communeAreaOf(tx, 'household', disbursement.household);
    if (!area) return refused('recipientUnknown', { values: { detail: disbursement.household } });
    if (!can(actor.grants, 'manage_fund', area)) return refused('notYourFund');
    await addToSpent(tx, area.communeCode, disbursement.amount);
    const posted = await postLedgerTransaction(tx, {
      kind: 'disbursement',
      occurredOn: disbursement.paidOn,
      description: `${disbursement.voucher} → ${disbursement.household}`,
      entries: disbursementEntries(disbursement.household, disbursement.amount),
      documentNumber: disbursement.voucher,
      recordedBy: actor.id,
    });
    if (!posted.ok) return posted;
    const { sequence } = posted.value;
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'disbursement_recorded',
      subject: `ledger:${sequence}`,
      after: { ...disbursement, amount: String(disbursement.amount) },
    });
    await markPublicDataChanged(tx);
    return ok({ sequence });
  });
}

/**
 * Undoes an allocation or a disbursement by a linked reversal with the same entries swapped; the
 * original stays. Refused if it was reversed already, or if its money has moved on since (a
 * commune or home already spent what the allocation gave).
 */
export async function reverseLedgerTransaction(
  db: Database,
  sequence: number,
  reason: string,
  today: string,
  actor: Actor,
): Promise<Result<{ sequence: number }, OutgoingRefusal>> {
  return refusableTransaction(db, async (tx) => {
    const [original] = await tx
      .select({ kind: ledgerTransactions.kind, allocationId: ledgerTransactions.allocationId })
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.sequence, sequence));
    if (!original || (original.kind !== 'allocation' && original.kind !== 'disbursement'))
      return refused('notReversible');
    const [reversed] = await tx
      .select({ sequence: ledgerTransactions.sequence })
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.reversesSequence, sequence));
    if (reversed) return refused('alreadyReversed', { values: { detail: String(reversed.sequence) } });
    const entries = await tx
      .select({ account: ledgerEntries.account, unit: ledgerEntries.unit, amount: ledgerEntries.amount })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.transactionSequence, sequence));
    const from = entries.find((entry) => entry.amount < 0n)!.account;
    // An allocation is undone by its fund's treasurer; a payment to a home by the home's area's.
    const homeCode = parseAccount(from)!.holder;
    const home = original.kind === 'disbursement' ? await communeAreaOf(tx, 'household', homeCode) : undefined;
    if (original.kind === 'disbursement' && !home) return refused('recipientUnknown', { values: { detail: homeCode } });
    const fund = fundOfAccount(from);
    const area = home ?? (await areaOfPlace(tx, fund!.kind, fund!.code));
    if (!can(actor.grants, 'manage_fund', area)) return refused('notYourFund');
    if (home) await addToSpent(tx, home.communeCode, -entries.find((entry) => entry.amount > 0n)!.amount);
    const posted = await postLedgerTransaction(tx, {
      kind: 'reversal',
      occurredOn: today,
      description: reason,
      entries: reversalEntries(entries),
      reversesSequence: sequence,
      recordedBy: actor.id,
    });
    if (!posted.ok) return posted;
    const reversal = posted.value.sequence;
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'ledger_reversed',
      subject: `ledger:${sequence}`,
      after: { reversal, reason },
    });
    await markPublicDataChanged(tx);
    return ok({ sequence: reversal });
  });
}

/** What the treasurer's forms for money going out may be refused for: the form, or the operation. */
export type OutgoingFormProblem = OutgoingProblem | OutgoingRefusal;

/** The allocation decision form submitted: read, then recorded as `recordAllocation` does. */
export async function submitAllocation(
  db: Database,
  fields: Record<string, unknown>,
  actor: Actor,
): Promise<Result<{ sequence: number }, OutgoingFormProblem>> {
  const read = readAllocationForm(fields);
  return read.ok ? recordAllocation(db, read.value, actor) : read;
}

/** The payment form submitted: read, then paid as `recordDisbursement` does. */
export async function submitDisbursement(
  db: Database,
  fields: Record<string, unknown>,
  actor: Actor,
): Promise<Result<{ sequence: number }, OutgoingFormProblem>> {
  const read = readDisbursementForm(fields);
  return read.ok ? recordDisbursement(db, read.value, actor) : read;
}

/** The reversal form submitted: read, then reversed on `today` as `reverseLedgerTransaction` does. */
export async function submitReversal(
  db: Database,
  fields: Record<string, unknown>,
  actor: Actor,
  today: string,
): Promise<Result<{ sequence: number }, OutgoingFormProblem>> {
  const read = readReversalForm(fields);
  return read.ok ? reverseLedgerTransaction(db, read.value.sequence, read.value.reason, today, actor) : read;
}

/**
 * The funds a treasurer keeps, as fund keys to offer in the allocation form: their provinces'
 * funds, and for a treasurer of the whole country the national campaigns' funds.
 */
export async function treasurerFunds(db: Database, grants: readonly Grant[]): Promise<string[]> {
  const treasurer = grantsAllowing(grants, 'manage_fund');
  const national = treasurer.some((grant) => grant.unitCode === null)
    ? (await listCampaigns(db)).filter((campaign) => campaign.areaCode === null)
    : [];
  return treasurer.flatMap((grant) =>
    grant.unitCode
      ? [fundKey({ kind: 'province', code: grant.unitCode })]
      : national.map((campaign) => fundKey({ kind: 'campaign', code: campaign.id })),
  );
}

import { and, eq, inArray, sql } from 'drizzle-orm';
import { fundKey, fundOfAccount, parseAccount } from './accounts.ts';
import type { AllocationDecision, Disbursement } from './allocation-form.ts';
import { recipientsOutsideFund } from './allocation-rules.ts';
import { allocationEntries, disbursementEntries, reversalEntries } from './postings.ts';
import { can } from '../officials/roles.ts';
import type { Database, Transaction } from '../../../db/client.ts';
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
import { postLedgerTransaction, type Overspent } from './store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { currentEra } from '../units/vocabulary.ts';
import { currentUnitIs } from '../units/store.ts';

export type OutgoingRefusal =
  | {
      problem: 'notYourFund' | 'recipientUnknown' | 'recipientOutsideFund' | 'notReversible' | 'alreadyReversed';
      detail?: string;
    }
  | Overspent;

/** Recipients that do not exist, or lie outside a province's or commune's own fund. */
async function recipientProblem(tx: Transaction, decision: AllocationDecision): Promise<OutgoingRefusal | undefined> {
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
  if (unknown.length) return { problem: 'recipientUnknown', detail: unknown.join(', ') };
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
  if (outside.length) return { problem: 'recipientOutsideFund', detail: outside.map((r) => r.code).join(', ') };
  return undefined;
}

/** A refusal found after writing began: thrown to roll everything back, then returned. */
class Refused extends Error {
  readonly refusal: OutgoingRefusal;
  constructor(refusal: OutgoingRefusal) {
    super('refused');
    this.refusal = refusal;
  }
}

async function refusable<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T | OutgoingRefusal> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

async function post(tx: Transaction, posting: Parameters<typeof postLedgerTransaction>[1]): Promise<number> {
  const posted = await postLedgerTransaction(tx, posting);
  if ('overspent' in posted) throw new Refused(posted);
  return posted.sequence;
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
): Promise<OutgoingRefusal | { sequence: number }> {
  return refusable(db, async (tx) => {
    if (!can(actor.grants, 'manage_fund', await areaOfPlace(tx, decision.fund.kind, decision.fund.code)))
      throw new Refused({ problem: 'notYourFund' });
    const problem = await recipientProblem(tx, decision);
    if (problem) throw new Refused(problem);
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
    const sequence = await post(tx, {
      kind: 'allocation',
      occurredOn: decision.decidedOn,
      description: `${decision.number} (${fundKey(decision.fund)})`,
      entries: allocationEntries(decision.fund, decision.lines),
      allocationId: recorded!.id,
      documentNumber: decision.number,
      recordedBy: actor.id,
    });
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
    return { sequence };
  });
}

/** Pays a home from what was allocated to it; refused beyond that, or outside the treasurer's area. */
export async function recordDisbursement(
  db: Database,
  disbursement: Disbursement,
  actor: Actor,
): Promise<OutgoingRefusal | { sequence: number }> {
  return refusable(db, async (tx) => {
    const area = await communeAreaOf(tx, 'household', disbursement.household);
    if (!area) throw new Refused({ problem: 'recipientUnknown', detail: disbursement.household });
    if (!can(actor.grants, 'manage_fund', area)) throw new Refused({ problem: 'notYourFund' });
    await addToSpent(tx, area.communeCode, disbursement.amount);
    const sequence = await post(tx, {
      kind: 'disbursement',
      occurredOn: disbursement.paidOn,
      description: `${disbursement.voucher} → ${disbursement.household}`,
      entries: disbursementEntries(disbursement.household, disbursement.amount),
      documentNumber: disbursement.voucher,
      recordedBy: actor.id,
    });
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'disbursement_recorded',
      subject: `ledger:${sequence}`,
      after: { ...disbursement, amount: String(disbursement.amount) },
    });
    await markPublicDataChanged(tx);
    return { sequence };
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
): Promise<OutgoingRefusal | { sequence: number }> {
  return refusable(db, async (tx) => {
    const [original] = await tx
      .select({ kind: ledgerTransactions.kind, allocationId: ledgerTransactions.allocationId })
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.sequence, sequence));
    if (!original || (original.kind !== 'allocation' && original.kind !== 'disbursement'))
      throw new Refused({ problem: 'notReversible' });
    const [reversed] = await tx
      .select({ sequence: ledgerTransactions.sequence })
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.reversesSequence, sequence));
    if (reversed) throw new Refused({ problem: 'alreadyReversed', detail: String(reversed.sequence) });
    const entries = await tx
      .select({ account: ledgerEntries.account, unit: ledgerEntries.unit, amount: ledgerEntries.amount })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.transactionSequence, sequence));
    const from = entries.find((entry) => entry.amount < 0n)!.account;
    // An allocation is undone by its fund's treasurer; a payment to a home by the home's area's.
    const homeCode = parseAccount(from)!.holder;
    const home = original.kind === 'disbursement' ? await communeAreaOf(tx, 'household', homeCode) : undefined;
    if (original.kind === 'disbursement' && !home) throw new Refused({ problem: 'recipientUnknown', detail: homeCode });
    const fund = fundOfAccount(from);
    const area = home ?? (await areaOfPlace(tx, fund!.kind, fund!.code));
    if (!can(actor.grants, 'manage_fund', area)) throw new Refused({ problem: 'notYourFund' });
    if (home) await addToSpent(tx, home.communeCode, -entries.find((entry) => entry.amount > 0n)!.amount);
    const reversal = await post(tx, {
      kind: 'reversal',
      occurredOn: today,
      description: reason,
      entries: reversalEntries(entries),
      reversesSequence: sequence,
      recordedBy: actor.id,
    });
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'ledger_reversed',
      subject: `ledger:${sequence}`,
      after: { reversal, reason },
    });
    await markPublicDataChanged(tx);
    return { sequence: reversal };
  });
}

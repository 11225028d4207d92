import { and, eq, isNull, sql } from 'drizzle-orm';
import { readPledgeForm, type PledgeForm, type PledgeProblem } from './pledge-form.ts';
import { homeTakesPledges } from './rules.ts';
import { fundKey } from '../ledger/accounts.ts';
import { receivingFund, type GiftTarget } from '../ledger/postings.ts';
import { publicNameOf } from '../privacy/display-name.ts';
import { pledgeTargetKinds, type PledgeTargetKind } from './vocabulary.ts';
import { findTargetsByName, type TargetChoice } from './target-search-store.ts';
import type { Locale } from '../i18n/locales.ts';
import { newPublicReference } from '../references/public-reference.ts';
import { hashSecretToken, newSecretToken } from '../security/secret-token.ts';
import type { Database, Queryable, Transaction } from '../../../db/client.ts';
import {
  adminUnits,
  campaigns,
  deliveries,
  donors,
  households,
  payments,
  pledgedTotals,
  pledges,
} from '../../../db/schema/index.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { currentEra } from '../units/vocabulary.ts';
import { currentUnitIs } from '../units/store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { uncountSubmission, withinRateLimit } from '../security/rate-limit-store.ts';

export interface PledgeTarget {
  /** The campaign the pledge expires with, if the target is a campaign's fund. */
  campaignId: string | null;
  expiresOn: string | null;
  name: { vi: string; en: string };
}

/**
 * Finds a pledge's target and checks that it still takes pledges on `today` (YYYY-MM-DD);
 * with `today` null it only looks the target up, e.g. to name it on an existing pledge.
 */
export async function resolvePledgeTarget(
  db: Queryable,
  form: Pick<PledgeForm, 'targetKind' | 'targetCode'>,
  today: string | null,
): Promise<Result<PledgeTarget, PledgeProblem>> {
  const problem = (code: PledgeProblem) => refused(code, { field: 'targetCode' });
  switch (form.targetKind) {
    case 'campaign': {
      const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, form.targetCode));
      if (!campaign) return problem('targetUnknown');
      if (today !== null && campaign.periodEnd < today) return problem('campaignEnded');
      return ok({
        campaignId: campaign.id,
        expiresOn: campaign.periodEnd,
        name: { vi: campaign.nameVi, en: campaign.nameEn },
      });
    }
    case 'province':
    case 'commune': {
      const [unit] = await db
        .select()
        .from(adminUnits)
        .where(
          and(
            eq(adminUnits.era, currentEra),
            eq(adminUnits.level, form.targetKind),
            eq(adminUnits.code, form.targetCode),
          ),
        );
      if (!unit) return problem('targetUnknown');
      return ok({ campaignId: null, expiresOn: null, name: { vi: unit.fullName, en: unit.fullNameEn } });
    }
    case 'household': {
      const [household] = await db
        .select({ publicCode: households.publicCode, stage: households.stage, commune: adminUnits.fullName })
        .from(households)
        .innerJoin(adminUnits, currentUnitIs(households.communeCode))
        .where(eq(households.publicCode, form.targetCode.toUpperCase()));
      if (!household) return problem('targetUnknown');
      if (today !== null && !homeTakesPledges(household.stage)) return problem('householdNotOpen');
      const name = `${household.publicCode}, ${household.commune}`;
      return ok({ campaignId: null, expiresOn: null, name: { vi: name, en: name } });
    }
  }
}

/** Records a pledge and its donor; returns the reference and the private link's token (shown once). */
export async function createPledge(
  db: Database,
  form: PledgeForm,
  target: PledgeTarget,
): Promise<{ reference: string; token: string }> {
  const token = newSecretToken();
  const targetCode = form.targetKind === 'household' ? form.targetCode.toUpperCase() : form.targetCode;
  return db.transaction(async (tx) => {
    const [donor] = await tx
      .insert(donors)
      .values({
        type: form.donorType,
        name: form.donorName,
        taxCode: form.taxCode || null,
        displayChoice: form.displayChoice,
        publicName: publicNameOf(form.donorName, form.displayChoice),
        email: form.email || null,
      })
      .returning({ id: donors.id });
    // A clash of two random references is rare; try again rather than fail the donor.
    for (let attempt = 0; ; attempt++) {
      const reference = newPublicReference('pledge');
      const inserted = await tx
        .insert(pledges)
        .values({
          reference,
          privateTokenHash: hashSecretToken(token),
          donorId: donor!.id,
          targetKind: form.targetKind,
          targetCode,
          campaignId: target.campaignId,
          kind: form.kind,
          amount: form.kind === 'money' ? form.amount : null,
          material: form.kind === 'material' ? form.material : null,
          materialDescription: form.kind === 'material' && form.materialDescription ? form.materialDescription : null,
          quantity:
            form.kind === 'material'
              ? form.quantity
              : form.kind === 'labour'
                ? form.workdays
                : form.kind === 'machinery'
                  ? form.shifts
                  : null,
          skill: form.kind === 'labour' ? form.skill : null,
          machine: form.kind === 'machinery' ? form.machine : null,
          machineDescription: form.kind === 'machinery' && form.machineDescription ? form.machineDescription : null,
          expiresOn: target.expiresOn,
        })
        .onConflictDoNothing({ target: pledges.reference })
        .returning({ reference: pledges.reference });
      if (inserted.length === 0) {
        if (attempt >= 5) throw new Error('could not find a free pledge reference');
        continue;
      }
      // Pledged totals on public pages follow within their freshness time: a pledge does not empty the page cache.
      if (form.kind === 'money') await addToPledgedTotal(tx, form.targetKind, targetCode, form.amount);
      return { reference, token };
    }
  });
}

/** Where a pledge's gift goes: a fund, or a home with its commune (looked up). */
export async function giftTargetOf(
  db: Queryable,
  targetKind: PledgeTargetKind,
  targetCode: string,
): Promise<GiftTarget> {
  if (targetKind !== 'household') return { fund: { kind: targetKind, code: targetCode } };
  const [home] = await db
    .select({ commune: households.communeCode })
    .from(households)
    .where(eq(households.publicCode, targetCode));
  return { household: targetCode, commune: home!.commune };
}

/** Who submits a pledge, for the rate limit: their address, and how many pledges one address may submit a minute. */
export interface PledgeClient {
  address: string;
  perMinute: number;
  /** The largest gift of money one pledge may promise (PLEDGE_MAXIMUM_DONG); the default one when absent. */
  maximumMoneyPledge?: bigint;
}

/** A refused pledge may offer the places its typed name could mean. */
export type PledgeSubmission = Result<{ reference: string; token: string }, PledgeProblem> & {
  choices?: TargetChoice[];
};

/**
 * The public pledge form submitted: refused like a typo, without a hint, when a bot filled in
 * the field people do not see (`website`) or the address submitted too many this minute; then
 * its target found by the name typed (`targetName`) unless a code was chosen (`targetCode`),
 * the form read in the page's language, its target checked on `today` (YYYY-MM-DD in Vietnam)
 * and recorded. Gives the reference and the private link's token. Only pledges recorded count
 * toward the limit, not those sent back to be put right.
 */
export async function submitPledge(
  db: Database,
  fields: Record<string, unknown>,
  client: PledgeClient,
  today: string,
  locale: Locale = 'vi',
): Promise<PledgeSubmission> {
  const human = !fields.website;
  const limitKey = `pledge:${client.address}`;
  if (!human || !(await withinRateLimit(db, limitKey, client.perMinute, 60))) return refused('tooMany');
  const submitted = await recordSubmittedPledge(db, fields, today, locale, client.maximumMoneyPledge);
  if (!submitted.ok) await uncountSubmission(db, limitKey);
  return submitted;
}

/** The pledge form read, its target found and checked, and recorded: submitPledge past its limit. */
async function recordSubmittedPledge(
  db: Database,
  fields: Record<string, unknown>,
  today: string,
  locale: Locale,
  maximumMoneyPledge: bigint | undefined,
): Promise<PledgeSubmission> {
  const typedName = typeof fields.targetName === 'string' ? fields.targetName : '';
  // A name typed over the one a code was chosen (or pre-filled) for means another place.
  const chosenName = typeof fields.targetChosenName === 'string' ? fields.targetChosenName : undefined;
  if (chosenName !== undefined && typedName.trim() && typedName.trim() !== chosenName.trim())
    fields = { ...fields, targetCode: '' };
  if (!fields.targetCode && typedName.trim() && typeof fields.targetKind === 'string') {
    const kind = pledgeTargetKinds.find((k) => k === fields.targetKind);
    const found = kind ? await findTargetsByName(db, kind, typedName) : { choices: [] };
    if (!found.chosen) {
      const problem = found.choices.length > 0 ? 'targetAmbiguous' : 'targetNameUnknown';
      // The rest of the form is read too, so that every field to put right is shown at once.
      const rest = readPledgeForm({ ...fields, targetCode: 'XX' }, locale, maximumMoneyPledge);
      const others = rest.ok ? [] : rest.problems.filter((p) => p.field !== 'targetCode');
      return { ok: false, problems: [{ code: problem, field: 'targetName' }, ...others], choices: found.choices };
    }
    fields = { ...fields, targetCode: found.chosen.code };
  }
  const read = readPledgeForm(fields, locale, maximumMoneyPledge);
  if (!read.ok) return read;
  const target = await resolvePledgeTarget(db, read.value, today);
  if (!target.ok) return target;
  return ok(await createPledge(db, read.value, target.value));
}

/** Adds to (or, for a cancellation, takes from) the pledged total of the fund a money pledge is for. */
async function addToPledgedTotal(tx: Transaction, targetKind: PledgeTargetKind, targetCode: string, amount: bigint) {
  const area = fundKey(receivingFund(await giftTargetOf(tx, targetKind, targetCode)));
  await tx
    .insert(pledgedTotals)
    .values({ area, amount })
    .onConflictDoUpdate({ target: pledgedTotals.area, set: { amount: sql`${pledgedTotals.amount} + ${amount}` } });
}

export type PrivatePledge = typeof pledges.$inferSelect & {
  donor: Pick<typeof donors.$inferSelect, 'type' | 'name' | 'displayChoice' | 'publicName'>;
  /** The organisation's tax code, printed on its confirmation. */
  taxCode: string | null;
};

/** The pledge a private link opens, or undefined for an unknown token. */
export function findPledgeByToken(db: Database, token: string): Promise<PrivatePledge | undefined> {
  return findPledgeByTokenHash(db, hashSecretToken(token));
}

/** The pledge whose private link's token hashes to this. */
export async function findPledgeByTokenHash(db: Database, tokenHash: string): Promise<PrivatePledge | undefined> {
  const [row] = await db
    .select({
      pledge: pledges,
      donor: {
        type: donors.type,
        name: donors.name,
        displayChoice: donors.displayChoice,
        publicName: donors.publicName,
      },
      taxCode: donors.taxCode,
    })
    .from(pledges)
    .innerJoin(donors, eq(donors.id, pledges.donorId))
    .where(eq(pledges.privateTokenHash, tokenHash));
  return row ? { ...row.pledge, donor: row.donor, taxCode: row.taxCode } : undefined;
}

/**
 * The donor withdraws a pledge through its private link, while nothing of it has arrived (money
 * or deliveries); what arrived can only be given back through the fund, never by erasing it.
 */
export async function cancelPledge(db: Database, token: string): Promise<Result<void, 'pledgeNotOpen'>> {
  return db.transaction(async (tx) => {
    const [cancelled] = await tx
      .update(pledges)
      .set({ cancelledAt: sql`now()` })
      .where(
        and(
          eq(pledges.privateTokenHash, hashSecretToken(token)),
          isNull(pledges.cancelledAt),
          sql`not exists (select 1 from ${payments} where ${payments.pledgeId} = ${pledges.id})`,
          sql`not exists (select 1 from ${deliveries} where ${deliveries.pledgeId} = ${pledges.id})`,
        ),
      )
      .returning({
        kind: pledges.kind,
        amount: pledges.amount,
        targetKind: pledges.targetKind,
        targetCode: pledges.targetCode,
      });
    if (!cancelled) return refused('pledgeNotOpen');
    if (cancelled.kind === 'money')
      await addToPledgedTotal(tx, cancelled.targetKind, cancelled.targetCode, -cancelled.amount!);
    // Pledged totals on public pages drop at once.
    await markPublicDataChanged(tx);
    return ok();
  });
}

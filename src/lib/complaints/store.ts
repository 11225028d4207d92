import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  canMoveTo,
  dueDate,
  readComplaintForm,
  readComplaintReply,
  type ComplaintForm,
  type ComplaintProblem,
  type ComplaintReply,
} from './complaint-form.ts';
import { newPublicReference } from '../references/public-reference.ts';
import { can, grantsAllowing, type Grant } from '../officials/roles.ts';
import type { Database } from '../../../db/client.ts';
import { adminUnits, complaints, households } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import type { Actor } from '../households/stage-store.ts';
import { markPublicDataChanged } from '../http/public-data-version-store.ts';
import { currentEra } from '../units/vocabulary.ts';
import { currentUnitIs } from '../units/store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { uncountSubmission, withinRateLimit } from '../security/rate-limit-store.ts';

/** What anyone may see of a complaint. */
export const publicComplaintColumns = {
  reference: complaints.reference,
  subject: complaints.subject,
  communeCode: complaints.communeCode,
  householdCode: complaints.householdCode,
  status: complaints.status,
  receivedAt: complaints.receivedAt,
  dueOn: complaints.dueOn,
  answer: complaints.answer,
  answeredAt: complaints.answeredAt,
};
export type PublicComplaint = { [K in keyof typeof publicComplaintColumns]: (typeof complaints.$inferSelect)[K] };

/**
 * Files a complaint for the commune's officers, if the commune (and household, for an entry)
 * exists. `today` is the date in Vietnam; the answer is due `responseDays` later.
 */
export async function createComplaint(
  db: Database,
  form: ComplaintForm,
  today: string,
  responseDays: number,
): Promise<Result<{ reference: string }, ComplaintProblem>> {
  const [commune] = await db
    .select({ code: adminUnits.code })
    .from(adminUnits)
    .where(and(eq(adminUnits.era, currentEra), eq(adminUnits.code, form.communeCode), eq(adminUnits.level, 'commune')));
  if (!commune) return refused('subjectUnknown', { field: 'subject' });
  if (form.subject === 'household_entry' && !(await isHouseholdOfCommune(db, form.householdCode, form.communeCode)))
    return refused('subjectUnknown', { field: 'subject' });
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(complaints)
      .values({
        reference: newPublicReference('complaint'),
        subject: form.subject,
        communeCode: form.communeCode,
        householdCode: form.subject === 'household_entry' ? form.householdCode : null,
        message: form.message,
        contact: form.contact || null,
        dueOn: dueDate(today, responseDays),
      })
      .returning({ reference: complaints.reference });
    await markPublicDataChanged(tx);
    return ok(created!);
  });
}

/** Whether the household of public code `householdCode` is on the list of commune `communeCode`. */
export async function isHouseholdOfCommune(db: Database, householdCode: string, communeCode: string): Promise<boolean> {
  const [household] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.publicCode, householdCode), eq(households.communeCode, communeCode)));
  return household !== undefined;
}

/** Who sends a complaint, and how many one address may file in ten minutes. */
export interface ComplaintClient {
  address: string;
  perTenMinutes: number;
}

/**
 * The public complaint form submitted about a commune, or one household of it (named by the
 * page's address, not by the form): refused like a typo when a bot filled in the hidden field
 * (`website`) or the address filed too many, then read and filed. Only complaints filed count
 * toward the limit, not those sent back to be put right.
 */
export async function submitComplaint(
  db: Database,
  fields: Record<string, unknown>,
  about: { communeCode: string; householdCode: string },
  client: ComplaintClient,
  today: string,
  responseDays: number,
): Promise<Result<{ reference: string }, ComplaintProblem>> {
  const human = !fields.website;
  const limitKey = `complaint:${client.address}`;
  if (!human || !(await withinRateLimit(db, limitKey, client.perTenMinutes, 600))) return refused('tooMany');
  const read = readComplaintForm({
    ...fields,
    subject: about.householdCode ? 'household_entry' : 'commune_figures',
    communeCode: about.communeCode,
    householdCode: about.householdCode,
  });
  const filed = read.ok ? await createComplaint(db, read.value, today, responseDays) : read;
  if (!filed.ok) await uncountSubmission(db, limitKey);
  return filed;
}

export async function findPublicComplaint(db: Database, reference: string): Promise<PublicComplaint | undefined> {
  const [complaint] = await db
    .select(publicComplaintColumns)
    .from(complaints)
    .where(eq(complaints.reference, reference));
  return complaint;
}

/** A commune's complaints for its public page, newest first. */
export async function listPublicComplaintsOfCommune(db: Database, communeCode: string): Promise<PublicComplaint[]> {
  return db
    .select(publicComplaintColumns)
    .from(complaints)
    .where(eq(complaints.communeCode, communeCode))
    .orderBy(desc(complaints.receivedAt));
}

export interface OfficialComplaint extends PublicComplaint {
  message: string;
  contact: string | null;
  provinceCode: string;
}

const officialColumns = {
  ...publicComplaintColumns,
  message: complaints.message,
  contact: complaints.contact,
  provinceCode: adminUnits.provinceCode,
};

/** The areas where these grants may answer complaints, as a condition; undefined: everywhere. */
function answerableArea(grants: readonly Grant[]): SQL | undefined {
  const answering = grantsAllowing(grants, 'answer_complaint');
  if (answering.some((grant) => grant.unitCode === null)) return undefined;
  // Commune codes have five digits and province codes two: each list matches only its own kind.
  const codes = answering.map((grant) => grant.unitCode!);
  if (codes.length === 0) return sql`false`;
  return or(inArray(complaints.communeCode, codes), inArray(adminUnits.provinceCode, codes));
}

/** The complaints an official may answer (their communes, or their provinces'), soonest due first. */
export async function listComplaintsForOfficial(db: Database, grants: readonly Grant[]): Promise<OfficialComplaint[]> {
  return db
    .select(officialColumns)
    .from(complaints)
    .innerJoin(adminUnits, currentUnitIs(complaints.communeCode))
    .where(answerableArea(grants))
    .orderBy(asc(complaints.dueOn), asc(complaints.receivedAt));
}

/** A complaint with its message and contact, for an official who may answer it (its commune's or province's). */
export async function findComplaintForOfficial(
  db: Database,
  reference: string,
  viewer: readonly Grant[],
): Promise<Result<OfficialComplaint, 'subjectUnknown' | 'notYourCommune'>> {
  const [complaint] = await db
    .select(officialColumns)
    .from(complaints)
    .innerJoin(adminUnits, currentUnitIs(complaints.communeCode))
    .where(eq(complaints.reference, reference));
  if (!complaint) return refused('subjectUnknown');
  const area = { communeCode: complaint.communeCode, provinceCode: complaint.provinceCode };
  return can(viewer, 'answer_complaint', area) ? ok(complaint) : refused('notYourCommune');
}

/** An officer takes a complaint up or answers it publicly; audited, and shown on public pages at once. */
export async function replyToComplaint(
  db: Database,
  reference: string,
  reply: ComplaintReply,
  actor: Actor,
): Promise<Result<{ status: ComplaintReply['status'] }, ComplaintProblem>> {
  const problem = (code: ComplaintProblem) => refused(code, { field: 'status' });
  return db.transaction(async (tx) => {
    const [complaint] = await tx
      .select({
        id: complaints.id,
        status: complaints.status,
        communeCode: complaints.communeCode,
        provinceCode: adminUnits.provinceCode,
      })
      .from(complaints)
      .innerJoin(adminUnits, currentUnitIs(complaints.communeCode))
      .where(eq(complaints.reference, reference))
      .for('update', { of: complaints });
    if (!complaint) return problem('subjectUnknown');
    if (
      !can(actor.grants, 'answer_complaint', {
        communeCode: complaint.communeCode,
        provinceCode: complaint.provinceCode,
      })
    )
      return problem('notYourCommune');
    if (!canMoveTo(complaint.status, reply.status)) return problem('statusNotAllowed');
    const answered = reply.status === 'answered';
    await tx
      .update(complaints)
      .set({ status: reply.status, answer: answered ? reply.answer : null, answeredAt: answered ? sql`now()` : null })
      .where(eq(complaints.id, complaint.id));
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'complaint_status_changed',
      subject: `complaint:${reference}`,
      before: { status: complaint.status },
      after: answered ? { status: reply.status, answer: reply.answer } : { status: reply.status },
    });
    await markPublicDataChanged(tx);
    return ok({ status: reply.status });
  });
}

/** An officer's reply form submitted: read, then recorded as `replyToComplaint` does. */
export async function answerComplaint(
  db: Database,
  reference: string,
  fields: Record<string, unknown>,
  actor: Actor,
): Promise<Result<{ status: ComplaintReply['status'] }, ComplaintProblem>> {
  const read = readComplaintReply(fields);
  return read.ok ? replyToComplaint(db, reference, read.value, actor) : read;
}

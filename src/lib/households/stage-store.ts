import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { can, type Grant } from '../officials/roles.ts';
import {
  permissionForStage,
  readStageChangeForm,
  stageChangeProblem,
  stageChangeProblemField,
  type StageChange,
  type StageChangeProblem,
} from './stage-change.ts';
import { readHouseholdEditForm, type HouseholdEdit, type HouseholdEditProblem } from './household-edit.ts';
import type { HouseholdStage } from './vocabulary.ts';
import type { Database, Queryable } from '../../../db/client.ts';
import { adminUnits, householdStageEvents, households, officials } from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { recheckHouseholds } from '../criteria/finding-store.ts';
import { refreshProgressFacts } from '../progress/store.ts';
import { currentUnitIs, findCurrentUnit, type AdminUnit } from '../units/store.ts';
import { listPublicHouseholdsOfCommune, type PublicHousehold } from './store.ts';
import { prepareUploadedPhoto, type EvidenceStore } from '../evidence/evidence-store.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { findingsOfHousehold } from '../criteria/finding-store.ts';
import type { HouseholdFinding } from '../criteria/household-check.ts';

export interface WorkspaceHousehold {
  id: number;
  publicCode: string;
  communeCode: string;
  provinceCode: string;
  village: string;
  displayName: string;
  category: typeof households.$inferSelect.category;
  supportType: typeof households.$inferSelect.supportType;
  supportProgramme: typeof households.$inferSelect.supportProgramme;
  supportAmount: bigint;
  stage: HouseholdStage;
  stageDate: string;
  withdrawnReason: string | null;
  /** Where the record does not fit its campaign's published criteria: shown to officials only. */
  findings: HouseholdFinding[];
  history: {
    stage: HouseholdStage;
    occurredOn: string;
    recordedAt: Date;
    recordedBy: string | null;
    photoKey: string | null;
  }[];
}

const householdColumns = {
  id: households.id,
  publicCode: households.publicCode,
  communeCode: households.communeCode,
  provinceCode: adminUnits.provinceCode,
  village: households.village,
  displayName: households.displayName,
  category: households.category,
  supportType: households.supportType,
  supportProgramme: households.supportProgramme,
  supportAmount: households.supportAmount,
  stage: households.stage,
  stageDate: households.stageDate,
  withdrawnReason: households.withdrawnReason,
  findings: findingsOfHousehold,
};

/**
 * A household as officials see it, with every stage it passed, who recorded each and its photos:
 * for an official who may read records in its commune (`viewer`'s grants), refused otherwise.
 */
export async function findWorkspaceHousehold(
  db: Queryable,
  publicCode: string,
  viewer: readonly Grant[],
): Promise<Result<WorkspaceHousehold, 'householdUnknown' | 'notYourCommune'>> {
  const [household] = await db
    .select(householdColumns)
    .from(households)
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .where(eq(households.publicCode, publicCode));
  if (!household) return refused('householdUnknown');
  const area = { communeCode: household.communeCode, provinceCode: household.provinceCode };
  if (!can(viewer, 'read_records', area)) return refused('notYourCommune');
  const history = await db
    .select({
      stage: householdStageEvents.stage,
      occurredOn: householdStageEvents.occurredOn,
      recordedAt: householdStageEvents.recordedAt,
      recordedBy: officials.name,
      photoKey: householdStageEvents.photoKey,
    })
    .from(householdStageEvents)
    .leftJoin(officials, eq(officials.id, householdStageEvents.recordedBy))
    .where(eq(householdStageEvents.householdId, household.id))
    .orderBy(asc(householdStageEvents.occurredOn), asc(householdStageEvents.id));
  return ok({ ...household, history });
}

/**
 * A 2025 commune's list of homes as the workspace shows it, for an official who may read records
 * there; refused for a code that is no 2025 commune, or a commune outside the viewer's grants.
 */
export async function findWorkspaceCommune(
  db: Database,
  code: string,
  viewer: readonly Grant[],
): Promise<Result<{ commune: AdminUnit; households: PublicHousehold[] }, 'communeUnknown' | 'notYourCommune'>> {
  const commune = await findCurrentUnit(db, code);
  if (commune?.level !== 'commune') return refused('communeUnknown');
  if (!can(viewer, 'read_records', { communeCode: commune.code, provinceCode: commune.provinceCode }))
    return refused('notYourCommune');
  return ok({ commune, households: await listPublicHouseholdsOfCommune(db, commune.code) });
}

export interface Actor {
  id: number;
  grants: readonly Grant[];
}

/**
 * Moves a home to a stage, if this official may do it there and the change fits the home's
 * history (src/lib/households/stage-change.ts). In one transaction: the stage event, the
 * household's current stage, its criteria findings, the commune's progress figures and the
 * audit log; a refused change writes nothing, not even its photo: `keepPhoto` (which writes the
 * file `photoKey` names) runs only once the change is allowed.
 */
export async function recordHouseholdStage(
  db: Database,
  publicCode: string,
  change: StageChange & { photoKey: string | null },
  actor: Actor,
  today: string,
  keepPhoto: () => Promise<void> = async () => {},
): Promise<Result<{ stage: HouseholdStage }, StageChangeProblem>> {
  const problem = (code: StageChangeProblem) => refused(code, { field: stageChangeProblemField[code] });
  return db.transaction(async (tx) => {
    // Locks the row: two officials moving one home at once are serialised, not interleaved.
    const [household] = await tx
      .select(householdColumns)
      .from(households)
      .innerJoin(adminUnits, currentUnitIs(households.communeCode))
      .where(eq(households.publicCode, publicCode))
      .for('update', { of: households });
    if (!household) return problem('householdUnknown');
    const permission = permissionForStage(change.stage);
    const area = { communeCode: household.communeCode, provinceCode: household.provinceCode };
    if (!can(actor.grants, permission, area)) return problem('notYourCommune');

    const [completion] = await tx
      .select({ recordedBy: householdStageEvents.recordedBy })
      .from(householdStageEvents)
      .where(and(eq(householdStageEvents.householdId, household.id), eq(householdStageEvents.stage, 'completed')))
      .orderBy(desc(householdStageEvents.id))
      .limit(1);
    const refusal = stageChangeProblem(
      { stage: household.stage, stageDate: household.stageDate, completedBy: completion?.recordedBy ?? null },
      change,
      actor.id,
      today,
    );
    if (refusal) return problem(refusal);

    await keepPhoto();
    await tx.insert(householdStageEvents).values({
      householdId: household.id,
      stage: change.stage,
      occurredOn: change.occurredOn,
      recordedBy: actor.id,
      photoKey: change.photoKey,
    });
    await tx
      .update(households)
      .set({
        stage: change.stage,
        stageDate: change.occurredOn,
        withdrawnReason: change.stage === 'withdrawn' ? change.reason : sql`${households.withdrawnReason}`,
      })
      .where(eq(households.id, household.id));
    await recheckHouseholds(tx, [household.id]);
    await refreshProgressFacts(tx, [household.communeCode]);
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'household_stage_recorded',
      subject: `household:${publicCode}`,
      before: { stage: household.stage, stageDate: household.stageDate },
      after: {
        stage: change.stage,
        stageDate: change.occurredOn,
        ...(change.stage === 'withdrawn' ? { reason: change.reason } : {}),
        ...(change.photoKey ? { photo: change.photoKey } : {}),
      },
    });
    return ok({ stage: change.stage });
  });
}

/**
 * The stage form submitted for a home: read, its photo (if any) prepared, then recorded as
 * `recordHouseholdStage` does, which keeps the photo in the evidence store if the change is
 * allowed. `today` is the date in Vietnam.
 */
export async function submitStageChange(
  db: Database,
  publicCode: string,
  fields: Record<string, unknown>,
  actor: Actor,
  today: string,
  evidence: EvidenceStore,
): Promise<Result<{ stage: HouseholdStage }, StageChangeProblem>> {
  const read = readStageChangeForm(fields);
  if (!read.ok) return read;
  const photo = await prepareUploadedPhoto(evidence, fields.photo);
  if (!photo.ok) return photo;
  const change = { ...read.value, photoKey: photo.value?.key ?? null };
  return recordHouseholdStage(db, publicCode, change, actor, today, photo.value?.keep);
}

/**
 * Corrects a household's record in the official's area: findings, progress figures and the
 * audit log (before and after) in the same transaction.
 */
export async function editHousehold(
  db: Database,
  publicCode: string,
  edit: HouseholdEdit,
  actor: Actor,
): Promise<Result<void, HouseholdEditProblem>> {
  return db.transaction(async (tx) => {
    const [household] = await tx
      .select({
        id: households.id,
        communeCode: households.communeCode,
        provinceCode: adminUnits.provinceCode,
        village: households.village,
        category: households.category,
        supportType: households.supportType,
        supportProgramme: households.supportProgramme,
        supportAmount: households.supportAmount,
      })
      .from(households)
      .innerJoin(adminUnits, currentUnitIs(households.communeCode))
      .where(eq(households.publicCode, publicCode))
      .for('update', { of: households });
    if (!household) return refused('householdUnknown', { field: 'village' });
    const { id, communeCode, provinceCode, ...before } = household;
    if (!can(actor.grants, 'record_household_stage', { communeCode, provinceCode }))
      return refused('notYourCommune', { field: 'village' });
    await tx.update(households).set(edit).where(eq(households.id, id));
    await recheckHouseholds(tx, [id]);
    await refreshProgressFacts(tx, [communeCode]);
    const asJson = (record: typeof before) => ({ ...record, supportAmount: String(record.supportAmount) });
    await recordAuditEvent(tx, {
      officialId: actor.id,
      action: 'household_edited',
      subject: `household:${publicCode}`,
      before: asJson(before),
      after: asJson(edit),
    });
    return ok();
  });
}

/** The form correcting a household's record submitted: read, then saved as `editHousehold` does. */
export async function submitHouseholdEdit(
  db: Database,
  publicCode: string,
  fields: unknown,
  actor: Actor,
): Promise<Result<void, HouseholdEditProblem>> {
  const read = readHouseholdEditForm(fields);
  return read.ok ? editHousehold(db, publicCode, read.value, actor) : read;
}

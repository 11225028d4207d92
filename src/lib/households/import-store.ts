import { and, eq, inArray, isNull, lt, TransactionRollbackError } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { HouseholdFinding } from '../criteria/household-check.ts';
import {
  maximumSheetBytes,
  readHouseholdSheet,
  type Cell,
  type SheetChoiceWords,
  type SheetProblem,
  type SheetRow,
  unsavedSheetDays,
} from './household-sheet.ts';
import { readSheetFile } from './household-sheet-file.ts';
import { can } from '../officials/roles.ts';
import type { Database, Transaction } from '../../../db/client.ts';
import {
  adminUnits,
  householdFindings,
  householdImports,
  households,
  householdStageEvents,
} from '../../../db/schema/index.ts';
import { recordAuditEvent } from '../audit/store.ts';
import { recheckHouseholds } from '../criteria/finding-store.ts';
import type { Actor } from './stage-store.ts';
import { refreshProgressFacts } from '../progress/store.ts';
import { inBatches } from '../../../db/upsert.ts';
import { currentEra } from '../units/vocabulary.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { listCampaigns } from '../campaigns/store.ts';

export type HouseholdImport = typeof householdImports.$inferSelect;

/**
 * Keeps an uploaded sheet as read (`storableCells`: the householders' names already reduced to
 * initials); nothing is added to any list yet.
 */
export async function keepHouseholdSheet(
  db: Database,
  upload: { officialId: number; campaignId: string; fileName: string; bytes: Uint8Array; cells: Cell[][] },
): Promise<number> {
  const [kept] = await db
    .insert(householdImports)
    .values({
      officialId: upload.officialId,
      campaignId: upload.campaignId,
      fileName: upload.fileName.slice(0, 200),
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      cells: upload.cells,
    })
    .returning({ id: householdImports.id });
  return kept!.id;
}

/**
 * The import form submitted (`campaign`, `file`): the campaign checked, the spreadsheet read and
 * kept as read, for its preview; gives the upload's id. Problems belong to the field they name.
 */
export async function uploadHouseholdSheet(
  db: Database,
  fields: Record<string, unknown>,
  officialId: number,
): Promise<Result<number, SheetProblem>> {
  const campaignId = String(fields.campaign ?? '');
  const file = fields.file;
  if (!(await listCampaigns(db)).some((campaign) => campaign.id === campaignId))
    return refused('campaignUnknown', { field: 'campaign' });
  if (!(file instanceof File)) return refused('empty', { field: 'file' });
  if (file.size > maximumSheetBytes) return refused('tooLarge', { field: 'file' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const cells = await readSheetFile(bytes);
  if (!cells) return refused('notASpreadsheet', { field: 'file' });
  return ok(await keepHouseholdSheet(db, { officialId, campaignId, fileName: file.name, bytes, cells }));
}

/**
 * Deletes the uploads never saved that are older than `unsavedSheetDays`; gives how many. A saved
 * upload stays: the audit log's entry for its households points at it.
 */
export async function forgetUnsavedHouseholdSheets(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - unsavedSheetDays * 24 * 60 * 60 * 1000);
  const deleted = await db
    .delete(householdImports)
    .where(and(isNull(householdImports.savedAt), lt(householdImports.uploadedAt, before)))
    .returning({ id: householdImports.id });
  return deleted.length;
}

/**
 * An uploaded list, for the official who uploaded it only: it is their work in progress.
 * Undefined for anyone else, as for an id that names no upload.
 */
export async function findHouseholdImport(
  db: Database,
  id: number,
  viewerId: number,
): Promise<HouseholdImport | undefined> {
  const [found] = await db
    .select()
    .from(householdImports)
    .where(and(eq(householdImports.id, id), eq(householdImports.officialId, viewerId)));
  return found;
}

export interface ImportRow extends SheetRow {
  /** How the household would not fit its campaign's published criteria: shown, not refused. */
  findings: HouseholdFinding[];
}

/** A list checked: every row with its problems and findings, and whether all of it can be saved. */
export type ImportCheck = Result<{ rows: ImportRow[]; valid: boolean }, SheetProblem>;

/**
 * Checks an uploaded list the way saving it would: every row in the sheet, then against the
 * database (commune, the official's area, codes already used), then adds the households, reads
 * the criteria findings and rolls it all back. Nothing is kept. Choice cells may be written in
 * any of `languages` (the portal's catalogues).
 */
export async function previewHouseholdImport(
  db: Database,
  sheet: HouseholdImport,
  actor: Actor,
  today: string,
  languages: readonly SheetChoiceWords[],
): Promise<ImportCheck> {
  let check: ImportCheck = refused('empty');
  await undone(
    db.transaction(async (tx) => {
      check = await addHouseholds(tx, sheet, actor, today, languages);
      tx.rollback();
    }),
  );
  return check;
}

/** Adds every household of the list, or none if any row has a problem; audited. */
export async function saveHouseholdImport(
  db: Database,
  sheet: HouseholdImport,
  actor: Actor,
  today: string,
  languages: readonly SheetChoiceWords[],
): Promise<ImportCheck> {
  let check: ImportCheck = refused('alreadySaved');
  await undone(
    db.transaction(async (tx) => {
      // Locks the import: saving it twice at once adds its households once.
      const [current] = await tx
        .select({ savedAt: householdImports.savedAt })
        .from(householdImports)
        .where(eq(householdImports.id, sheet.id))
        .for('update');
      if (current?.savedAt) tx.rollback();
      check = await addHouseholds(tx, sheet, actor, today, languages);
      if (!check.ok || !check.value.valid) tx.rollback();
      const added = check.ok ? check.value.rows.map((row) => row.household!) : [];
      await refreshProgressFacts(tx, [...new Set(added.map((household) => household.communeCode))]);
      await tx
        .update(householdImports)
        .set({ savedAt: new Date(), savedCount: added.length })
        .where(eq(householdImports.id, sheet.id));
      await recordAuditEvent(tx, {
        officialId: actor.id,
        action: 'households_imported',
        subject: `household_import:${sheet.id}`,
        after: {
          campaign: sheet.campaignId,
          file: sheet.fileName,
          sha256: sheet.sha256,
          households: added.map((household) => household.publicCode),
        },
      });
    }),
  );
  return check;
}

/** A transaction that may roll itself back on purpose: only other errors go on. */
async function undone(transaction: Promise<unknown>): Promise<void> {
  try {
    await transaction;
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}

async function addHouseholds(
  tx: Transaction,
  sheet: HouseholdImport,
  actor: Actor,
  today: string,
  languages: readonly SheetChoiceWords[],
): Promise<ImportCheck> {
  const read = readHouseholdSheet(sheet.cells, today, languages);
  if (!read.ok) return read;
  const rows: ImportRow[] = read.value.map((row) => ({ ...row, findings: [] }));
  const parsed = rows.filter((row) => row.household);

  // Checked on every row whose commune or code is well formed, so that all problems show at once.
  const communeOf = (row: ImportRow) => (row.problems.includes('communeInvalid') ? undefined : row.cells.commune!);
  const codeOf = (row: ImportRow) => (row.problems.includes('codeInvalid') ? undefined : row.cells.code!.toUpperCase());
  const communeCodes = [...new Set(rows.flatMap((row) => communeOf(row) ?? []))];
  const communes = new Map(
    (
      await tx
        .select({ code: adminUnits.code, provinceCode: adminUnits.provinceCode })
        .from(adminUnits)
        .where(
          and(eq(adminUnits.era, currentEra), eq(adminUnits.level, 'commune'), inArray(adminUnits.code, communeCodes)),
        )
    ).map((unit) => [unit.code, unit]),
  );
  const taken = new Set<string>();
  for (const batch of inBatches(rows.flatMap((row) => codeOf(row) ?? [])))
    for (const { publicCode } of await tx
      .select({ publicCode: households.publicCode })
      .from(households)
      .where(inArray(households.publicCode, batch)))
      taken.add(publicCode);
  for (const row of rows) {
    const communeCode = communeOf(row);
    const commune = communeCode ? communes.get(communeCode) : undefined;
    if (communeCode && !commune) row.problems.push('communeUnknown');
    if (
      communeCode &&
      commune &&
      !can(actor.grants, 'record_household_stage', { communeCode, provinceCode: commune.provinceCode })
    )
      row.problems.push('notYourCommune');
    if (taken.has(codeOf(row) ?? '')) row.problems.push('codeTaken');
  }
  const valid = rows.every((row) => row.problems.length === 0);
  if (!valid) return ok({ rows, valid });

  const idOf = new Map<string, number>();
  for (const batch of inBatches(parsed, 500)) {
    const inserted = await tx
      .insert(households)
      .values(
        batch.map(({ household: h }) => ({
          publicCode: h!.publicCode,
          campaignId: sheet.campaignId,
          recordedEra: currentEra,
          recordedCommuneCode: h!.communeCode,
          communeCode: h!.communeCode,
          village: h!.village,
          category: h!.category,
          supportProgramme: h!.supportProgramme,
          supportType: h!.supportType,
          displayName: h!.displayName,
          stage: h!.approvedOn ? ('approved' as const) : ('identified' as const),
          stageDate: h!.approvedOn ?? h!.identifiedOn,
          supportAmount: h!.supportAmount,
        })),
      )
      .returning({ id: households.id, publicCode: households.publicCode });
    for (const row of inserted) idOf.set(row.publicCode, row.id);
  }
  const events = parsed.flatMap(({ household: h }) => [
    {
      householdId: idOf.get(h!.publicCode)!,
      stage: 'identified' as const,
      occurredOn: h!.identifiedOn,
      recordedBy: actor.id,
    },
    ...(h!.approvedOn
      ? [
          {
            householdId: idOf.get(h!.publicCode)!,
            stage: 'approved' as const,
            occurredOn: h!.approvedOn,
            recordedBy: actor.id,
          },
        ]
      : []),
  ]);
  for (const batch of inBatches(events)) await tx.insert(householdStageEvents).values(batch);
  const ids = [...idOf.values()];
  await recheckHouseholds(tx, ids);
  const findings = new Map<number, HouseholdFinding[]>();
  for (const batch of inBatches(ids, 1000))
    for (const found of await tx.select().from(householdFindings).where(inArray(householdFindings.householdId, batch)))
      findings.set(found.householdId, [...(findings.get(found.householdId) ?? []), found.finding]);
  for (const row of parsed) row.findings = findings.get(idOf.get(row.household!.publicCode)!) ?? [];
  return ok({ rows, valid });
}

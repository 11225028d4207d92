import { createHash } from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { ok, refused, type Result } from '../forms/result.ts';
import { readStatementFile, statementBanks, type StatementProblem } from './bank-statement.ts';
import { importStatement, type StatementImportResult } from './store.ts';

/** Why an uploaded statement is not imported: no bank or file chosen, or a file that cannot be read. */
export type StatementUploadProblem = 'fileMissing' | StatementProblem;

/** Larger statement files are refused before they are read. */
export const maximumStatementBytes = 10 * 1024 * 1024;

/**
 * The treasurer's statement form submitted (`bank`, `file`): the file read as its bank exports it,
 * then imported as `importStatement` does. Problems belong to the field `file`.
 */
export async function uploadStatement(
  db: Database,
  fields: Record<string, unknown>,
  importedBy: number,
): Promise<Result<StatementImportResult, StatementUploadProblem>> {
  const bank = statementBanks.find((name) => name === fields.bank);
  const file = fields.file;
  if (!bank || !(file instanceof File)) return refused('fileMissing', { field: 'file' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readStatementFile(bank, bytes);
  if (!read.ok) return { ok: false, problems: read.problems.map((problem) => ({ ...problem, field: 'file' })) };
  return ok(
    await importStatement(db, {
      bank,
      fileName: file.name.slice(0, 200),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      credits: read.value.credits,
      importedBy,
    }),
  );
}

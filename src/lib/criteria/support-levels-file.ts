import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { supportTypes } from '../households/vocabulary.ts';
import { supportProgrammes, type SupportLevel } from './national-support.ts';

const rowSchema = z.object({
  programme: z.enum(supportProgrammes),
  support_type: z.enum(supportTypes),
  amount_dong: z.string().regex(/^[1-9]\d{0,12}$/),
  legal_basis: z.string().min(1),
  basis_date: z.union([z.literal(''), z.iso.date()]),
  period: z.string(),
  source: z.url(),
  note: z.string(),
});

/** Reads support-levels.csv (../shared/official): every row checked, a bad one named by its line. */
export function readSupportLevels(file: string): SupportLevel[] {
  const rows: unknown[] = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
  return rows.map((raw, index) => {
    const row = rowSchema.safeParse(raw);
    if (!row.success)
      throw new Error(
        `${file}, line ${index + 2}: ${row.error.issues[0]?.path.join('.')} ${row.error.issues[0]?.message}`,
      );
    const r = row.data;
    return {
      programme: r.programme,
      supportType: r.support_type,
      amount: r.amount_dong,
      legalBasis: r.legal_basis,
      basisDate: r.basis_date || null,
      period: r.period,
      source: r.source,
      note: r.note || null,
    };
  });
}

/** The support-levels file beside the plans: ../shared/official/support-levels.csv by default. */
export function supportLevelsFile(plansDir: string): string {
  return path.resolve(plansDir, '..', 'official', 'support-levels.csv');
}

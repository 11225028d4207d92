import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { supportTypes, type SupportProgramme, type SupportType } from '../households/vocabulary.ts';
import { portalProgrammeOf, supportLevelProgrammes, type SupportLevelProgramme } from './vocabulary.ts';

/** The national support level per house for a programme and a kind of help, as its source states it. */
export interface SupportLevel {
  programme: SupportLevelProgramme;
  supportType: SupportType;
  amount: bigint;
  legalBasis: string;
  /** Null where the source gives no date. */
  basisDate: string | null;
  period: string;
  source: string;
  note: string | null;
}

const rowSchema = z.object({
  programme: z.enum(supportLevelProgrammes),
  support_type: z.enum(supportTypes),
  amount_dong: z
    .string()
    .regex(/^[1-9]\d{0,11}$/)
    .transform(BigInt),
  legal_basis: z.string().trim().min(1),
  basis_date: z.union([z.literal(''), z.iso.date()]),
  period: z.string().trim().min(1),
  source: z.string().trim().min(1),
  note: z.string().trim(),
});

/** ../shared/official/support-levels.csv read and checked; a wrong row throws, naming it. */
export function readSupportLevels(csv: string): SupportLevel[] {
  const records: Record<string, string>[] = parse(csv, { columns: true, bom: true, skip_empty_lines: true });
  const levels = records.map((record, index) => {
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success)
      throw new Error(
        `support-levels.csv row ${index + 2}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    const row = parsed.data;
    return {
      programme: row.programme,
      supportType: row.support_type,
      amount: row.amount_dong,
      legalBasis: row.legal_basis,
      basisDate: row.basis_date || null,
      period: row.period,
      source: row.source,
      note: row.note || null,
    };
  });
  const keys = new Set(levels.map((level) => `${level.programme}/${level.supportType}`));
  if (keys.size !== levels.length) throw new Error('support-levels.csv: two rows for one programme and support type');
  return levels;
}

/** The level that applies to a household of this programme and kind of help, if the file sets one. */
export function supportLevelFor(
  levels: readonly SupportLevel[],
  programme: SupportProgramme,
  supportType: SupportType,
): SupportLevel | undefined {
  return levels.find((level) => portalProgrammeOf[level.programme] === programme && level.supportType === supportType);
}

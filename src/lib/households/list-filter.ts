import { z } from 'zod';
import { parseForm } from '../forms/field-problems.ts';
import { ok, type Result } from '../forms/result.ts';
import { beneficiaryCategories, householdStages, type BeneficiaryCategory, type HouseholdStage } from './vocabulary.ts';

/** What a citizen may narrow a commune's public list to; every field optional. */
export interface HouseholdListFilter {
  village?: string;
  category?: BeneficiaryCategory;
  stage?: HouseholdStage;
  /** Part of a household code or display name. */
  text?: string;
}

export type HouseholdListFilterProblem = 'village' | 'category' | 'stage' | 'text';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional();

const filterSchema = z.object({
  village: optionalText(100),
  category: z.union([z.enum(beneficiaryCategories), z.literal('')]).optional(),
  stage: z.union([z.enum(householdStages), z.literal('')]).optional(),
  q: optionalText(50),
});

/**
 * Reads the list filter from a page's query (src/lib/forms/read-form.ts). Empty fields mean
 * "any"; a value outside the vocabulary is a problem (its field's own code: `q` is `text`) the
 * page reports and answers with 400.
 */
export function readHouseholdListFilter(fields: unknown): Result<HouseholdListFilter, HouseholdListFilterProblem> {
  const read = parseForm(filterSchema, fields, {
    known: [],
    fallback: (field) => (field === 'q' ? 'text' : (field as HouseholdListFilterProblem)),
  });
  if (!read.ok) return read;
  const { village, category, stage, q } = read.value;
  return ok({
    ...(village && { village }),
    ...(category && { category }),
    ...(stage && { stage }),
    ...(q && { text: q }),
  });
}

export function isFiltered(filter: HouseholdListFilter): boolean {
  return Object.keys(filter).length > 0;
}

/**
 * The filter as the query of an address, in the page's own parameter names, so that a download
 * link carries what the list shows: `?village=Th%C3%B4n+1&stage=completed`, or '' for none.
 */
export function filterQuery(filter: HouseholdListFilter): string {
  const params = new URLSearchParams();
  if (filter.village) params.set('village', filter.village);
  if (filter.category) params.set('category', filter.category);
  if (filter.stage) params.set('stage', filter.stage);
  if (filter.text) params.set('q', filter.text);
  const query = params.toString();
  return query ? `?${query}` : '';
}

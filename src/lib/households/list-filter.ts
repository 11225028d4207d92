import { z } from 'zod';
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
 * Reads the list filter from a page's query string. Empty fields mean "any"; a value outside
 * the vocabulary is a problem the page reports (and answers with 400).
 */
export function parseHouseholdListFilter(
  params: URLSearchParams,
): { filter: HouseholdListFilter } | { problem: HouseholdListFilterProblem } {
  const result = filterSchema.safeParse({
    village: params.get('village') ?? undefined,
    category: params.get('category') ?? undefined,
    stage: params.get('stage') ?? undefined,
    q: params.get('q') ?? undefined,
  });
  if (!result.success) {
    const field = String(result.error.issues[0]?.path[0]);
    return { problem: field === 'q' ? 'text' : (field as HouseholdListFilterProblem) };
  }
  const { village, category, stage, q } = result.data;
  return {
    filter: {
      ...(village && { village }),
      ...(category && { category }),
      ...(stage && { stage }),
      ...(q && { text: q }),
    },
  };
}

export function isFiltered(filter: HouseholdListFilter): boolean {
  return Object.keys(filter).length > 0;
}

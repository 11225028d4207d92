import type { SupportLevel } from '../official/support-levels.ts';

/**
 * The published column dictionary: every column of every open data file. The CSV headers, the
 * JSON keys and the dictionary page come from here; what each column means, in each language, is
 * in the catalogues (`t.openData.columns`), under the column's key.
 */
export interface Column<Row, Key extends string = string> {
  key: Key;
  type: 'text' | 'integer' | 'number' | 'date' | 'dong';
  value(row: Row): string | number | null;
}

export interface ProgressRow {
  code: string;
  name: string;
  nameEn: string;
  provinceCode: string;
  inScope: number;
  withdrawn: number;
  identified: number;
  approved: number;
  started: number;
  completed: number;
  handedOver: number;
  validated: number;
  delivered: number;
  newBuild: number;
  repair: number;
  progressPercent: number | null;
  supportAmount: bigint;
  /** Paid out to homes, from the ledger; null where not kept (pre-2025 units, one campaign). */
  moneySpent: bigint | null;
}

export const progressColumns = [
  {
    key: 'code',
    type: 'text',
    value: (r) => r.code,
  },
  {
    key: 'name',
    type: 'text',
    value: (r) => r.name,
  },
  {
    key: 'name_en',
    type: 'text',
    value: (r) => r.nameEn,
  },
  {
    key: 'province_code',
    type: 'text',
    value: (r) => r.provinceCode,
  },
  {
    key: 'households_in_scope',
    type: 'integer',
    value: (r) => r.inScope,
  },
  {
    key: 'withdrawn',
    type: 'integer',
    value: (r) => r.withdrawn,
  },
  {
    key: 'identified',
    type: 'integer',
    value: (r) => r.identified,
  },
  {
    key: 'approved',
    type: 'integer',
    value: (r) => r.approved,
  },
  {
    key: 'started',
    type: 'integer',
    value: (r) => r.started,
  },
  {
    key: 'completed',
    type: 'integer',
    value: (r) => r.completed,
  },
  {
    key: 'handed_over',
    type: 'integer',
    value: (r) => r.handedOver,
  },
  {
    key: 'validated',
    type: 'integer',
    value: (r) => r.validated,
  },
  {
    key: 'delivered',
    type: 'integer',
    value: (r) => r.delivered,
  },
  {
    key: 'new_build',
    type: 'integer',
    value: (r) => r.newBuild,
  },
  {
    key: 'repair',
    type: 'integer',
    value: (r) => r.repair,
  },
  {
    key: 'progress_percent',
    type: 'number',
    value: (r) => r.progressPercent,
  },
  {
    key: 'support_amount_dong',
    type: 'dong',
    value: (r) => r.supportAmount.toString(),
  },
  {
    key: 'money_spent_dong',
    type: 'dong',
    value: (r) => r.moneySpent?.toString() ?? null,
  },
] as const satisfies readonly Column<ProgressRow>[];

/**
 * A household as the bulk download gives it: no initials (with commune and village they single
 * out a family in a file anyone can copy), and no criteria findings, which the public sees only
 * as a count (Law 91/2025/QH15's proportion; see the privacy notice).
 */
export interface HouseholdRow {
  publicCode: string;
  communeCode: string;
  village: string;
  category: string;
  supportProgramme: string;
  supportType: string;
  stage: string;
  stageDate: string;
  supportAmount: bigint;
  campaignId: string;
  recordedEra: string;
  recordedCommuneCode: string;
  isDemo: boolean;
  /** Every stage the home passed, oldest first, not only the current one. */
  stageHistory: { stage: string; occurredOn: string }[];
  /** The national level of the home's programme and kind of help (../shared/official), if one is published. */
  nationalLevel: Pick<SupportLevel, 'amount' | 'legalBasis' | 'basisDate' | 'source'> | undefined;
}

export const householdColumns = [
  {
    key: 'household_code',
    type: 'text',
    value: (r) => r.publicCode,
  },
  {
    key: 'commune_code',
    type: 'text',
    value: (r) => r.communeCode,
  },
  {
    key: 'village',
    type: 'text',
    value: (r) => r.village,
  },
  {
    key: 'category',
    type: 'text',
    value: (r) => r.category,
  },
  {
    key: 'support_type',
    type: 'text',
    value: (r) => r.supportType,
  },
  {
    key: 'support_programme',
    type: 'text',
    value: (r) => r.supportProgramme,
  },
  {
    key: 'stage',
    type: 'text',
    value: (r) => r.stage,
  },
  {
    key: 'stage_date',
    type: 'date',
    value: (r) => r.stageDate,
  },
  {
    key: 'stage_history',
    type: 'text',
    value: (r) => r.stageHistory.map((event) => `${event.stage}:${event.occurredOn}`).join(' ') || null,
  },
  {
    key: 'support_amount_dong',
    type: 'dong',
    value: (r) => r.supportAmount.toString(),
  },
  {
    key: 'national_support_level_dong',
    type: 'dong',
    value: (r) => r.nationalLevel?.amount.toString() ?? null,
  },
  {
    key: 'national_support_level_basis',
    type: 'text',
    value: (r) =>
      r.nationalLevel
        ? [r.nationalLevel.legalBasis, r.nationalLevel.basisDate].filter((part) => part !== null).join(', ')
        : null,
  },
  {
    key: 'national_support_level_source',
    type: 'text',
    value: (r) => r.nationalLevel?.source ?? null,
  },
  {
    key: 'campaign',
    type: 'text',
    value: (r) => r.campaignId,
  },
  {
    key: 'recorded_era',
    type: 'text',
    value: (r) => r.recordedEra,
  },
  {
    key: 'recorded_commune_code',
    type: 'text',
    value: (r) => r.recordedCommuneCode,
  },
  {
    key: 'is_demo',
    type: 'text',
    value: (r) => String(r.isDemo),
  },
] as const satisfies readonly Column<HouseholdRow>[];

import type { Locale } from '../i18n/locales.ts';

/**
 * The published column dictionary: every column of every open data file, described in
 * Vietnamese and English. The CSV headers, the JSON keys and the dictionary page come from here.
 */
export interface Column<Row> {
  key: string;
  type: 'text' | 'integer' | 'number' | 'date' | 'dong';
  description: Record<Locale, string>;
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

export const progressColumns: Column<ProgressRow>[] = [
  {
    key: 'code',
    type: 'text',
    description: { vi: 'Mã đơn vị hành chính (giữ số 0 ở đầu)', en: 'Official unit code (keep the leading zeros)' },
    value: (r) => r.code,
  },
  {
    key: 'name',
    type: 'text',
    description: { vi: 'Tên đơn vị (tiếng Việt)', en: 'Unit name (Vietnamese)' },
    value: (r) => r.name,
  },
  {
    key: 'name_en',
    type: 'text',
    description: { vi: 'Tên đơn vị không dấu', en: 'Unit name without diacritics' },
    value: (r) => r.nameEn,
  },
  {
    key: 'province_code',
    type: 'text',
    description: { vi: 'Mã tỉnh, thành phố', en: 'Province code' },
    value: (r) => r.provinceCode,
  },
  {
    key: 'households_in_scope',
    type: 'integer',
    description: {
      vi: 'Số hộ trong danh sách hỗ trợ, không tính hộ đã rút',
      en: 'Households on the list, withdrawn ones excluded',
    },
    value: (r) => r.inScope,
  },
  {
    key: 'withdrawn',
    type: 'integer',
    description: { vi: 'Số hộ đã rút khỏi danh sách', en: 'Households withdrawn from the list' },
    value: (r) => r.withdrawn,
  },
  {
    key: 'identified',
    type: 'integer',
    description: { vi: 'Số hộ đã rà soát, chưa phê duyệt', en: 'Households identified, not yet approved' },
    value: (r) => r.identified,
  },
  {
    key: 'approved',
    type: 'integer',
    description: { vi: 'Số hộ đã phê duyệt, chưa khởi công', en: 'Households approved, works not started' },
    value: (r) => r.approved,
  },
  {
    key: 'started',
    type: 'integer',
    description: { vi: 'Số nhà đang thi công', en: 'Homes under construction' },
    value: (r) => r.started,
  },
  {
    key: 'completed',
    type: 'integer',
    description: { vi: 'Số nhà đã hoàn thành, chưa bàn giao', en: 'Homes completed, not yet handed over' },
    value: (r) => r.completed,
  },
  {
    key: 'handed_over',
    type: 'integer',
    description: { vi: 'Số nhà đã bàn giao, chưa được xác nhận', en: 'Homes handed over, not yet validated' },
    value: (r) => r.handedOver,
  },
  {
    key: 'validated',
    type: 'integer',
    description: { vi: 'Số nhà đã được cấp trên xác nhận', en: 'Homes validated by a second official' },
    value: (r) => r.validated,
  },
  {
    key: 'delivered',
    type: 'integer',
    description: {
      vi: 'Số nhà đã hoàn thành (hoàn thành + bàn giao + xác nhận)',
      en: 'Homes delivered (completed + handed over + validated)',
    },
    value: (r) => r.delivered,
  },
  {
    key: 'new_build',
    type: 'integer',
    description: { vi: 'Số hộ được hỗ trợ xây mới', en: 'Households supported with a new build' },
    value: (r) => r.newBuild,
  },
  {
    key: 'repair',
    type: 'integer',
    description: { vi: 'Số hộ được hỗ trợ sửa chữa', en: 'Households supported with a repair' },
    value: (r) => r.repair,
  },
  {
    key: 'progress_percent',
    type: 'number',
    description: {
      vi: 'Tiến độ (%) = delivered ÷ households_in_scope, làm tròn xuống 0,1; trống khi không có hộ',
      en: 'Progress (%) = delivered ÷ households_in_scope, rounded down to 0.1; empty when there are no households',
    },
    value: (r) => r.progressPercent,
  },
  {
    key: 'support_amount_dong',
    type: 'dong',
    description: {
      vi: 'Tổng kinh phí hỗ trợ các hộ trong danh sách (đồng)',
      en: 'Total support for the households on the list (whole đồng)',
    },
    value: (r) => r.supportAmount.toString(),
  },
  {
    key: 'money_spent_dong',
    type: 'dong',
    description: {
      vi: 'Tiền đóng góp đã chi cho các nhà (đồng), theo sổ cái công khai; trống khi lọc theo kế hoạch hoặc với đơn vị trước 01/7/2025',
      en: 'Donated money paid out to homes (whole đồng), from the public ledger; empty for one campaign or for units before 1 July 2025',
    },
    value: (r) => r.moneySpent?.toString() ?? null,
  },
];

export interface HouseholdRow {
  publicCode: string;
  communeCode: string;
  village: string;
  category: string;
  supportProgramme: string;
  supportType: string;
  displayName: string;
  stage: string;
  stageDate: string;
  supportAmount: bigint;
  campaignId: string;
  recordedEra: string;
  recordedCommuneCode: string;
  isDemo: boolean;
  findings: { rule: string }[];
}

export const householdColumns: Column<HouseholdRow>[] = [
  {
    key: 'household_code',
    type: 'text',
    description: { vi: 'Mã hộ công khai', en: 'Public household code' },
    value: (r) => r.publicCode,
  },
  {
    key: 'commune_code',
    type: 'text',
    description: { vi: 'Mã xã, phường, đặc khu hiện nay', en: 'Code of today’s commune' },
    value: (r) => r.communeCode,
  },
  {
    key: 'village',
    type: 'text',
    description: { vi: 'Thôn, bản, tổ dân phố', en: 'Village or residential group' },
    value: (r) => r.village,
  },
  {
    key: 'display_name',
    type: 'text',
    description: { vi: 'Tên công khai (mặc định viết tắt)', en: 'Published name (initials by default)' },
    value: (r) => r.displayName,
  },
  {
    key: 'category',
    type: 'text',
    description: {
      vi: 'Diện hỗ trợ: poor, near_poor, disaster_affected, meritorious_family, martyr_relative, other_hardship',
      en: 'Category: poor, near_poor, disaster_affected, meritorious_family, martyr_relative, other_hardship',
    },
    value: (r) => r.category,
  },
  {
    key: 'support_type',
    type: 'text',
    description: { vi: 'Hình thức: new_build (xây mới), repair (sửa chữa)', en: 'Type: new_build or repair' },
    value: (r) => r.supportType,
  },
  {
    key: 'support_programme',
    type: 'text',
    description: {
      vi: 'Chương trình: meritorious_housing, national_target_programmes, temporary_housing_elimination',
      en: 'Programme: meritorious_housing, national_target_programmes, temporary_housing_elimination',
    },
    value: (r) => r.supportProgramme,
  },
  {
    key: 'stage',
    type: 'text',
    description: {
      vi: 'Tình trạng: identified, approved, started, completed, handed_over, validated, withdrawn',
      en: 'Stage: identified, approved, started, completed, handed_over, validated, withdrawn',
    },
    value: (r) => r.stage,
  },
  {
    key: 'stage_date',
    type: 'date',
    description: {
      vi: 'Ngày đạt tình trạng hiện tại (YYYY-MM-DD)',
      en: 'Date the current stage was reached (YYYY-MM-DD)',
    },
    value: (r) => r.stageDate,
  },
  {
    key: 'support_amount_dong',
    type: 'dong',
    description: { vi: 'Kinh phí hỗ trợ (đồng)', en: 'Support amount (whole đồng)' },
    value: (r) => r.supportAmount.toString(),
  },
  {
    key: 'campaign',
    type: 'text',
    description: { vi: 'Mã kế hoạch triển khai', en: 'Campaign identifier' },
    value: (r) => r.campaignId,
  },
  {
    key: 'recorded_era',
    type: 'text',
    description: {
      vi: 'Thời kỳ đơn vị hành chính khi ghi nhận: pre2025 (trước 01/7/2025) hoặc 2025',
      en: 'Era of the unit the record was made in: pre2025 (before 1 July 2025) or 2025',
    },
    value: (r) => r.recordedEra,
  },
  {
    key: 'recorded_commune_code',
    type: 'text',
    description: { vi: 'Mã xã nơi ghi nhận, theo thời kỳ đó', en: 'Code of the commune of record, in that era' },
    value: (r) => r.recordedCommuneCode,
  },
  {
    key: 'is_demo',
    type: 'text',
    description: { vi: 'true nếu là dữ liệu minh họa', en: 'true for demo data' },
    value: (r) => String(r.isDemo),
  },
  {
    key: 'criteria_findings',
    type: 'text',
    description: {
      vi: 'Các điểm hồ sơ chưa khớp tiêu chí đã công bố của kế hoạch, cách nhau bởi dấu cách (beneficiary-group, support-type, support-amount, campaign-area, campaign-period); trống khi khớp',
      en: 'Where the record does not fit the plan’s published criteria, separated by spaces (beneficiary-group, support-type, support-amount, campaign-area, campaign-period); empty when it fits',
    },
    value: (r) => r.findings.map((f) => f.rule).join(' ') || null,
  },
];

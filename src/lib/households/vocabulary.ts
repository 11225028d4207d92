/**
 * Closed vocabularies for supported households (the campaign's beneficiaries).
 * Vietnamese and English labels live in the translations (src/lib/i18n).
 */

export const beneficiaryCategories = [
  'poor', // hộ nghèo
  'near_poor', // hộ cận nghèo
  'disaster_affected', // người dân bị ảnh hưởng bởi thiên tai, biến đổi khí hậu
  'meritorious_family', // gia đình người có công với cách mạng
  'martyr_relative', // thân nhân liệt sĩ
  'other_hardship', // hộ có hoàn cảnh khó khăn khác
] as const;
export type BeneficiaryCategory = (typeof beneficiaryCategories)[number];

export const supportTypes = [
  'new_build', // xây mới
  'repair', // sửa chữa
] as const;
export type SupportType = (typeof supportTypes)[number];

/** The national programme a home is funded under; official reports break figures down by these. */
export const supportProgrammes = [
  'meritorious_housing', // hỗ trợ nhà ở cho người có công với cách mạng
  'national_target_programmes', // hai Chương trình MTQG: giảm nghèo bền vững; vùng đồng bào DTTS và miền núi
  'temporary_housing_elimination', // Chương trình xóa nhà tạm, nhà dột nát
] as const;
export type SupportProgramme = (typeof supportProgrammes)[number];

/** A home's stages, in order; `withdrawn` leaves the count altogether. */
export const householdStages = [
  'identified', // rà soát, xác định
  'approved', // được phê duyệt hỗ trợ
  'started', // khởi công
  'completed', // hoàn thành
  'handed_over', // bàn giao
  'validated', // được cấp trên xác nhận (by someone other than the reporter)
  'withdrawn', // rút khỏi danh sách (with a reason); excluded from the denominator
] as const;
export type HouseholdStage = (typeof householdStages)[number];

/** Stages that count as a home delivered in progress figures. */
export const doneStages: readonly HouseholdStage[] = ['completed', 'handed_over', 'validated'];

/**
 * What a pledge may be and who may make it: "ai có gì góp nấy, ai có công góp công, ai có của
 * góp của". Labels in both languages live in src/lib/i18n.
 */

export const pledgeKinds = [
  'money', // tiền: whole đồng
  'material', // vật liệu: units of a building material
  'labour', // ngày công: workdays
  'machinery', // máy móc: machine shifts (ca máy), as the Văn Quan plan names machinery among contributions
] as const;
export type PledgeKind = (typeof pledgeKinds)[number];

export const pledgeTargetKinds = ['campaign', 'province', 'commune', 'household'] as const;
export type PledgeTargetKind = (typeof pledgeTargetKinds)[number];

export const donorTypes = ['person', 'organisation'] as const;
export type DonorType = (typeof donorTypes)[number];

/** How a donor is shown in public: by name, by initials, or not at all (still counted in totals). */
export const displayChoices = ['full_name', 'initials', 'anonymous'] as const;
export type DisplayChoice = (typeof displayChoices)[number];

/** Building materials pledged most often, each in the unit it is delivered in. */
export const materials = {
  cement: 'bag', // xi măng, bao 50 kg
  steel: 'kg', // thép
  roofing: 'm2', // tôn lợp
  bricks: 'piece', // gạch
  sand: 'm3', // cát
  gravel: 'm3', // đá
  timber: 'm3', // gỗ
  other: 'piece',
} as const;
export type Material = keyof typeof materials;
export const materialNames = Object.keys(materials) as [Material, ...Material[]];
export type MaterialUnit = (typeof materials)[Material];

export const labourSkills = ['general', 'mason', 'carpenter', 'electrician', 'plumber'] as const;
export type LabourSkill = (typeof labourSkills)[number];

/**
 * Machines lent with their operator, counted in shifts (ca máy, a working shift of a machine and
 * its driver, the unit Vietnamese construction estimates price machines in).
 */
export const machines = [
  'excavator', // máy xúc, máy đào
  'truck', // xe tải chở vật liệu
  'crane', // cần cẩu
  'concrete_mixer', // máy trộn bê tông
  'roller', // máy lu
  'other', // another machine, described by the donor
] as const;
export type Machine = (typeof machines)[number];

export const pledgeStatuses = ['pledged', 'partly_fulfilled', 'fulfilled', 'cancelled', 'expired'] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

/**
 * Where machinery as a kind of gift comes from: the Văn Quan plan's call to organisations and
 * households (checked against the plan's text by tests/unit/pledge-units.test.ts).
 */
export const machineryCitation = {
  file: '2025-van-quan-district-lang-son.txt',
  section: 'III.1.d',
  quote:
    'ủng hộ, hỗ trợ bằng tiền, vật liệu, máy móc hoặc đóng góp ngày công lao động, phù hợp điều kiện thực tế của các tổ chức, doanh nghiệp, hộ gia đình',
  en: 'support in money, materials, machinery or workdays, as suits the real conditions of organisations, businesses and households',
} as const;

/**
 * What a pledge may be and who may make it: "ai có gì góp nấy, ai có công góp công, ai có của
 * góp của". Labels in both languages live in src/lib/i18n.
 */

export const pledgeKinds = ['money', 'material', 'labour'] as const;
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

export const pledgeStatuses = ['pledged', 'partly_fulfilled', 'fulfilled', 'cancelled', 'expired'] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

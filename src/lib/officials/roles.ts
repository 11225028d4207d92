/**
 * Officials' roles and what each may do where. A grant gives one role over one area: the whole
 * country, a province or a commune (2025 codes). An official acts only inside their grants.
 */

export const officialRoles = [
  'commune_officer', // cán bộ xã: keeps the commune's household list, stages and complaints
  'province_officer', // cán bộ tỉnh: oversees the province's communes, validates completed homes
  'fund_treasurer', // thủ quỹ MTTQ: bank statements, matching, receipts, allocations
  'auditor', // kiểm toán, thanh tra: reads everything in the area, changes nothing
  'admin', // quản trị: manages officials' accounts and grants; nationwide only
] as const;
export type OfficialRole = (typeof officialRoles)[number];

/** What an official can be allowed to do. */
export const permissions = [
  'record_household_stage', // move a home to its next stage (except validation)
  'validate_household', // confirm a home another official reported complete
  'record_delivery', // record materials delivered and workdays performed against pledges
  'manage_fund', // import bank statements and match their credits to pledges
  'answer_complaint', // take up and answer citizens' complaints
  'read_audit_log', // read who changed what
  'read_records', // see the area's records in the workspace: homes with their stages and photos, pledges and their deliveries
  'read_reports', // download progress reports for an area
  'manage_officials', // create accounts, give and take grants
  'import_official_reports', // add figures published by others (press, government news) for the area, with their source
] as const;
export type Permission = (typeof permissions)[number];

const rolesAllowed: Record<Permission, readonly OfficialRole[]> = {
  record_household_stage: ['commune_officer', 'province_officer'],
  validate_household: ['province_officer'],
  record_delivery: ['commune_officer', 'province_officer', 'fund_treasurer'],
  manage_fund: ['fund_treasurer'],
  answer_complaint: ['commune_officer', 'province_officer'],
  read_audit_log: ['auditor', 'province_officer', 'admin'],
  read_records: ['commune_officer', 'province_officer', 'fund_treasurer', 'auditor', 'admin'],
  read_reports: ['commune_officer', 'province_officer', 'fund_treasurer', 'auditor', 'admin'],
  manage_officials: ['admin'],
  import_official_reports: ['province_officer', 'admin'],
};

/** The level of unit a role is granted over; `null` scope means the whole country. */
export const scopeLevelOf: Record<OfficialRole, 'commune' | 'province' | 'country'> = {
  commune_officer: 'commune',
  province_officer: 'province',
  fund_treasurer: 'province',
  auditor: 'province',
  admin: 'country',
};

export interface Grant {
  role: OfficialRole;
  /** A 2025 province or commune code; null for the whole country (province-level roles and admins). */
  unitCode: string | null;
}

/** A place an action touches: a 2025 commune (with its province), a province, or the country. */
export type Area = { communeCode: string; provinceCode: string } | { provinceCode: string } | 'country';

function covers(grant: Grant, area: Area): boolean {
  if (grant.unitCode === null) return true;
  if (area === 'country') return false;
  if ('communeCode' in area && grant.unitCode === area.communeCode) return true;
  return scopeLevelOf[grant.role] !== 'commune' && grant.unitCode === area.provinceCode;
}

/**
 * Whether an official with these grants may do this here.
 *
 * @example can([{ role: 'commune_officer', unitCode: '26734' }], 'record_household_stage',
 *   { communeCode: '26737', provinceCode: '79' }) // false: another commune
 */
export function can(grants: readonly Grant[], permission: Permission, area: Area): boolean {
  return grants.some((grant) => rolesAllowed[permission].includes(grant.role) && covers(grant, area));
}

/** The grants that allow a permission, to narrow a list to the areas where it applies. */
export function grantsAllowing(grants: readonly Grant[], permission: Permission): Grant[] {
  return grants.filter((grant) => rolesAllowed[permission].includes(grant.role));
}

/** Whether any grant allows this somewhere, to decide which links a workspace shows. */
export function canSomewhere(grants: readonly Grant[], permission: Permission): boolean {
  return grantsAllowing(grants, permission).length > 0;
}

/** Whether a grant's scope fits its role: communes for commune officers, nothing narrower than the country for admins. */
export function isGrantShapeValid(grant: Grant, unitLevel: 'province' | 'commune' | null): boolean {
  const level = scopeLevelOf[grant.role];
  if (level === 'country') return grant.unitCode === null;
  if (level === 'commune') return grant.unitCode !== null && unitLevel === 'commune';
  return grant.unitCode === null || unitLevel === 'province';
}

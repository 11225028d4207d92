import { describe, expect, it } from 'vitest';
import { can, canSomewhere, isGrantShapeValid, type Grant } from '../../src/lib/officials/roles.ts';

// Real 2025 units: Hà Tĩnh (42) with Đức Thọ (18229), Hà Nội (01) with Ba Đình (00004).
const ducTho = { communeCode: '18229', provinceCode: '42' };
const baDinh = { communeCode: '00004', provinceCode: '01' };

describe('what an official may do where', () => {
  const communeOfficer: Grant[] = [{ role: 'commune_officer', unitCode: '18229' }];
  const provinceOfficer: Grant[] = [{ role: 'province_officer', unitCode: '42' }];

  it('lets a commune officer record stages in their own commune only', () => {
    expect(can(communeOfficer, 'record_household_stage', ducTho)).toBe(true);
    expect(can(communeOfficer, 'record_household_stage', baDinh)).toBe(false);
  });

  it('does not let a commune officer validate a home, even in their commune', () => {
    expect(can(communeOfficer, 'validate_household', ducTho)).toBe(false);
  });

  it('lets a province officer act in every commune of their province and nowhere else', () => {
    expect(can(provinceOfficer, 'validate_household', ducTho)).toBe(true);
    expect(can(provinceOfficer, 'record_household_stage', ducTho)).toBe(true);
    expect(can(provinceOfficer, 'validate_household', baDinh)).toBe(false);
  });

  it('gives an auditor reading and nothing else', () => {
    const auditor: Grant[] = [{ role: 'auditor', unitCode: null }];
    expect(can(auditor, 'read_audit_log', 'country')).toBe(true);
    expect(can(auditor, 'record_household_stage', ducTho)).toBe(false);
    expect(canSomewhere(auditor, 'manage_officials')).toBe(false);
  });

  it('gives a province-wide grant no rights over the whole country', () => {
    expect(can([{ role: 'auditor', unitCode: '42' }], 'read_audit_log', 'country')).toBe(false);
  });

  it('accepts grants only over areas that fit the role', () => {
    expect(isGrantShapeValid({ role: 'commune_officer', unitCode: '18229' }, 'commune')).toBe(true);
    expect(isGrantShapeValid({ role: 'commune_officer', unitCode: '42' }, 'province')).toBe(false);
    expect(isGrantShapeValid({ role: 'commune_officer', unitCode: null }, null)).toBe(false);
    expect(isGrantShapeValid({ role: 'province_officer', unitCode: '42' }, 'province')).toBe(true);
    expect(isGrantShapeValid({ role: 'province_officer', unitCode: '18229' }, 'commune')).toBe(false);
    expect(isGrantShapeValid({ role: 'admin', unitCode: null }, null)).toBe(true);
    expect(isGrantShapeValid({ role: 'admin', unitCode: '42' }, 'province')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Grant } from '../../src/lib/officials/roles.ts';
import { openWorkspacePage } from '../../src/lib/officials/workspace-page.ts';

// A province officer of Hà Tĩnh (42) may import published figures; a commune officer of Đức Thọ (18229) may not.
const provinceOfficer = { grants: [{ role: 'province_officer', unitCode: '42' }] as Grant[] };
const communeOfficer = { grants: [{ role: 'commune_officer', unitCode: '18229' }] as Grant[] };

function page(locale: string | undefined, method: string, session?: { grants: Grant[] }) {
  return { params: { locale }, request: { method }, locals: { session }, response: { status: 200 } };
}

describe('how a workspace page begins', () => {
  it('opens in Vietnamese at the plain address and in English under /en, leaving the status alone', () => {
    const vietnamese = page(undefined, 'GET', provinceOfficer);
    expect(openWorkspacePage(vietnamese, 'import_official_reports')).toEqual({
      locale: 'vi',
      session: provinceOfficer,
      allowed: true,
      posted: false,
    });
    expect(vietnamese.response.status).toBe(200);
    expect(openWorkspacePage(page('en', 'GET', provinceOfficer), 'import_official_reports').locale).toBe('en');
  });

  it('answers 403 to an official without the permission, and takes no form from them', () => {
    const refused = page(undefined, 'POST', communeOfficer);
    const opened = openWorkspacePage(refused, 'import_official_reports');
    expect(opened).toMatchObject({ allowed: false, posted: false });
    expect(refused.response.status).toBe(403);
  });

  it('answers 404 at an address in no language of the portal, even to an official who may use the page', () => {
    const unknown = page('fr', 'POST', provinceOfficer);
    expect(openWorkspacePage(unknown, 'import_official_reports')).toMatchObject({ locale: null, posted: false });
    expect(unknown.response.status).toBe(404);
  });

  it('takes a form sent by an official who may use the page', () => {
    expect(openWorkspacePage(page('en', 'POST', provinceOfficer), 'import_official_reports').posted).toBe(true);
  });

  it('refuses to open without a session, which the middleware never lets through', () => {
    expect(() => openWorkspacePage(page(undefined, 'GET'), 'import_official_reports')).toThrow(/without a session/);
  });
});

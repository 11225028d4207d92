import { can, type Grant } from '../officials/roles.ts';

/**
 * Who may read a campaign's recognition list (donors' real names and tax codes): officials who
 * read reports for the whole country, or for a province where the campaign has homes.
 */
export function mayReadRecognition(
  grants: readonly Grant[],
  campaign: { national: boolean; provinces: string[] },
): boolean {
  if (can(grants, 'read_reports', 'country')) return true;
  return !campaign.national && campaign.provinces.some((provinceCode) => can(grants, 'read_reports', { provinceCode }));
}

/** A donor's key in an address: base64url, since keys hold e-mail addresses and names. */
export const donorKeyToPath = (key: string) => Buffer.from(key).toString('base64url');
export const donorKeyFromPath = (segment: string) =>
  /^[A-Za-z0-9_-]{1,400}$/.test(segment) ? Buffer.from(segment, 'base64url').toString('utf8') : undefined;

import { readEnvironment } from './environment.ts';

/**
 * The absolute address of a portal path, for links that leave the site (embed codes, QR codes,
 * oEmbed): PUBLIC_BASE_URL when set, else the address the request came to.
 */
export function publicUrl(path: string, requestUrl: URL): string {
  return new URL(path, readEnvironment().PUBLIC_BASE_URL ?? requestUrl.origin).href;
}

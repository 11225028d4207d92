import type { Locale } from '../i18n/locales.ts';

/**
 * The HTML a journalist pastes to embed a map: a responsive iframe, and a small listener that
 * lets the iframe set its own height (it posts `chung-tay:resize` messages). Only messages
 * from the portal's origin, and only for its own iframes, are acted on.
 */
export function embedCode(embedUrl: string, title: string, height = 560): string {
  const origin = new URL(embedUrl).origin;
  const iframe = `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const listener = `<script>window.addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="chung-tay:resize")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.height=e.data.height})});</script>`;
  return `${iframe}\n${listener}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The path of the embedded map of the nation, a province or a commune. Embeds have one address
 * for both languages; English is `?lang=en`.
 *
 * @example embedPath('en', { level: 'province', code: '42' }) // '/embed/map/province/42?lang=en'
 */
export function embedPath(locale: Locale, unit?: { level: 'province' | 'commune'; code: string }): string {
  const path = unit ? `/embed/map/${unit.level}/${unit.code}` : '/embed/map';
  return locale === 'en' ? `${path}?lang=en` : path;
}

export interface EmbeddableTarget {
  /** The embed page's path, e.g. `/embed/map/province/42?lang=en`. */
  embedPath: string;
  /** The unit shown, when it is not the nation. */
  unit?: { level: 'province' | 'commune'; code: string };
}

/**
 * The embed that stands for a portal page, for oEmbed: the national page → the national map,
 * a province or commune page → its map, an embed page → itself.
 *
 * @example embeddableTarget(new URL('https://x/en/province/42')) // { embedPath: '/embed/map/province/42?lang=en', unit: … }
 */
export function embeddableTarget(page: URL): EmbeddableTarget | undefined {
  const match = /^(\/en)?(\/embed\/map)?(?:\/(province|commune)\/(\d{2}|\d{5}))?\/?$/.exec(page.pathname);
  if (!match) return undefined;
  const [, prefix, embed, level, code] = match;
  if (prefix && embed) return undefined;
  const locale: Locale = prefix || (embed && page.searchParams.get('lang') === 'en') ? 'en' : 'vi';
  if (!level || !code) return { embedPath: embedPath(locale) };
  if ((level === 'province') !== (code.length === 2)) return undefined;
  const unit = { level: level as 'province' | 'commune', code };
  return { embedPath: embedPath(locale, unit), unit };
}

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
 * What an embedded map shows besides the nation: today's province or commune, a pre-2025 unit
 * (`old`, drawn through its successor communes) or a campaign (`code` is its id).
 */
export interface EmbedSubject {
  level: 'province' | 'commune' | 'old' | 'campaign';
  code: string;
}

/**
 * The path of an embedded map. Embeds have one address for both languages; English is `?lang=en`.
 *
 * @example embedPath('en', { level: 'province', code: '42' }) // '/embed/map/province/42?lang=en'
 */
export function embedPath(locale: Locale, unit?: EmbedSubject): string {
  const path = unit ? `/embed/map/${unit.level}/${unit.code}` : '/embed/map';
  return locale === 'en' ? `${path}?lang=en` : path;
}

export interface EmbeddableTarget {
  /** The embed page's path, e.g. `/embed/map/province/42?lang=en`. */
  embedPath: string;
  /** What is shown, when it is not the nation. */
  unit?: EmbedSubject;
}

const codeShapes: Record<EmbedSubject['level'], RegExp> = {
  province: /^\d{2}$/,
  commune: /^\d{5}$/,
  old: /^(\d{2}|\d{3}|\d{5})$/,
  campaign: /^[a-z0-9]+(-[a-z0-9]+)*$/,
};

/**
 * The embed that stands for a portal page, for oEmbed: the national page → the national map, a
 * province, commune, former unit (`/old/…`) or campaign page → its map, an embed page → itself.
 *
 * @example embeddableTarget(new URL('https://x/en/province/42')) // { embedPath: '/embed/map/province/42?lang=en', unit: … }
 */
export function embeddableTarget(page: URL): EmbeddableTarget | undefined {
  const path = page.pathname.replace(/(.)\/$/, '$1');
  const embed = /^\/embed\/map(?:\/(province|commune|old|campaign)\/([^/]+))?$/.exec(path);
  const ordinary = embed ? undefined : /^(\/en)?(?:\/(province|commune|old|campaigns)\/([^/]+))?\/?$/.exec(path);
  if (!embed && !ordinary) return undefined;
  const locale: Locale = (embed ? page.searchParams.get('lang') === 'en' : Boolean(ordinary?.[1])) ? 'en' : 'vi';
  const named = embed ? embed[1] : ordinary?.[2];
  const code = embed ? embed[2] : ordinary?.[3];
  if (!named || !code) return { embedPath: embedPath(locale) };
  const level = (named === 'campaigns' ? 'campaign' : named) as EmbedSubject['level'];
  if (!codeShapes[level].test(code)) return undefined;
  const unit = { level, code };
  return { embedPath: embedPath(locale, unit), unit };
}

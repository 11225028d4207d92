/**
 * A report's source is a link (a well-formed http(s) address) or a citation in words, such as
 * "m.tapchilaodongxahoi.vn article 1334445". Anything written like an address — a scheme and a
 * colon at the start — must be a link the portal can show, or it is refused.
 */
const looksLikeAddress = /^[a-z][a-z0-9+.-]*:(?:\/\/|[^\s])/i;

/** The source as a link, or null when it is a citation in words (or not a usable link). */
export function sourceLink(source: string): URL | null {
  if (!/^https?:\/\/\S+$/i.test(source.trim())) return null;
  try {
    const url = new URL(source.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** Whether a source may be kept: a usable link, or words that do not pretend to be one. */
export function isAcceptableSource(source: string): boolean {
  return sourceLink(source) !== null || !looksLikeAddress.test(source.trim());
}

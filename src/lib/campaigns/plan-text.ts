import type { Citation } from './campaign-definition.ts';

/** The name a plan's text is published under: its file name without `.txt`. */
export function planSlug(file: string): string {
  return file.replace(/\.txt$/, '');
}

/**
 * A link to a plan's text that scrolls to and highlights the quoted words where the browser
 * supports text fragments (its first and last words, which survive the text's line breaks).
 */
export function planTextHref(plansPath: string, citation: Citation): string {
  const words = citation.quote.split(/\s+/);
  const fragment =
    words.length > 8
      ? `${encodeURIComponent(words.slice(0, 4).join(' '))},${encodeURIComponent(words.slice(-3).join(' '))}`
      : encodeURIComponent(citation.quote);
  return `${plansPath}/${planSlug(citation.file)}#:~:text=${fragment}`;
}

/** Characters of a value a refusal shows: enough to find it in the file. */
const shownLength = 40;

/**
 * Text someone else wrote (a cell of a file, a number typed in) as a message may show it: cut to 40 characters (marked `…`), control
 * characters as their visible pictures (`␀`, `␊`) and invisible formatting (bidirectional
 * overrides, zero-width spaces) as `U+202E`, so that what is shown is what was sent, and cannot turn the message around.
 *
 * @example shownSafely('1.234\u0000') // '1.234␀'
 */
export function shownSafely(text: string): string {
  const characters = Array.from(text);
  const visible = characters.slice(0, shownLength).map((character) => {
    const code = character.codePointAt(0)!;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '␡';
    if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(character)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return character;
  });
  return visible.join('') + (characters.length > shownLength ? '…' : '');
}

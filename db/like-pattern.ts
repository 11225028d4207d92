/**
 * A LIKE pattern matching the text anywhere, with the user's own `%`, `_` and `\` matched
 * literally rather than as wildcards.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

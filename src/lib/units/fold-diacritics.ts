/**
 * Lowercases Vietnamese text and removes its diacritics, so that a search for
 * "duc tho", "Đức Thọ" or "đức thọ" finds the same unit.
 *
 * @example foldDiacritics('Phường Ba Đình') // 'phuong ba dinh'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

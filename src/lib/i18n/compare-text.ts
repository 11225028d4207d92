/**
 * Orders Vietnamese text as a reader expects: by the Vietnamese alphabet (Đ after D, Ư after U),
 * not by byte value as the database's default collation does, and with numbers by value
 * ("Thôn 2" before "Thôn 10").
 *
 * @example ['Huế', 'Hà Nội'].sort(compareVietnamese) // ['Hà Nội', 'Huế']
 */
export const compareVietnamese: (a: string, b: string) => number = new Intl.Collator('vi', { numeric: true }).compare;

import { template } from '../template.ts';

/** Finding a province or commune by name. */
export const search = {
  search: 'Tìm kiếm',
  label: 'Tìm tỉnh, thành phố, xã, phường (gõ có dấu hoặc không dấu)',
  button: 'Tìm',
  placeholder: 'Ví dụ: Đức Thọ hoặc duc tho',
  resultsFor: (query: string, count: number) => `${count} kết quả cho “${query}”`,
  firstResultsFor: (query: string, count: number) =>
    `${count} kết quả đầu tiên cho “${query}” (còn nữa): hãy gõ cụ thể hơn, ví dụ thêm tên tỉnh.`,
  noResults: (query: string) =>
    `Không tìm thấy đơn vị hành chính nào có tên “${query}”. Hãy thử tên ngắn hơn hoặc kiểm tra chính tả.`,
  nowPartOf: (names: string) => `nay thuộc ${names}`,
  receivesFor: (former: string) => `nhận thay cho ${former}`,
  suggestions: 'Gợi ý',
  suggestionsCount: template<'count'>('{count} gợi ý. Dùng phím mũi tên lên, xuống để chọn.'),
  nameLabel: 'Tên tỉnh, thành phố, xã, phường',
  tooShort: 'Hãy nhập ít nhất 2 chữ cái hoặc chữ số.',
  tooLong: 'Từ khóa quá dài: tối đa 100 ký tự.',
};

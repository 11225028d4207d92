import type { Messages } from '../vi.ts';

export const search = {
  search: 'Search',
  label: 'Find a province, city, commune or ward (with or without Vietnamese accents)',
  button: 'Search',
  placeholder: 'For example: Đức Thọ or duc tho',
  resultsFor: (query, count) => `${count} result${count === 1 ? '' : 's'} for “${query}”`,
  firstResultsFor: (query, count) =>
    `The first ${count} results for “${query}” (there are more): type more of the name, for example with its province.`,
  noResults: (query) => `No administrative unit is named “${query}”. Try a shorter name or check the spelling.`,
  nowPartOf: (names) => `now part of ${names}`,
  receivesFor: (former) => `receives for ${former}`,
  suggestions: 'Suggestions',
  suggestionsCount: '{count} suggestions. Use the up and down arrow keys to choose.',
  nameLabel: 'Name of a province, city, commune or ward',
  tooShort: 'Type at least 2 letters or digits.',
  tooLong: 'The search is too long: 100 characters at most.',
} satisfies Messages['search'];

import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/lib/units/search-query.ts';

describe('parseSearchQuery', () => {
  it('is no search when the parameter is absent', () => {
    expect(parseSearchQuery(null)).toBeUndefined();
  });

  it('trims a usable query', () => {
    expect(parseSearchQuery('  Đức Thọ ')).toEqual({ query: 'Đức Thọ' });
  });

  it('asks for at least two letters or digits', () => {
    expect(parseSearchQuery('a')).toMatchObject({ problem: 'tooShort' });
    expect(parseSearchQuery('%%')).toMatchObject({ problem: 'tooShort' });
    expect(parseSearchQuery('   ')).toMatchObject({ problem: 'tooShort' });
  });

  it('refuses queries over 100 characters', () => {
    expect(parseSearchQuery('x'.repeat(101))).toMatchObject({ problem: 'tooLong' });
  });
});

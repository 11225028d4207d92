import { describe, expect, it } from 'vitest';
import { isFiltered, parseHouseholdListFilter } from '../../src/lib/households/list-filter.ts';

const parse = (query: string) => parseHouseholdListFilter(new URLSearchParams(query));

describe('the household list filter', () => {
  it('treats empty fields as “any”', () => {
    const result = parse('village=&category=&stage=&q=');
    expect(result).toEqual({ filter: {} });
    expect('filter' in result && isFiltered(result.filter)).toBe(false);
  });

  it('keeps the fields a citizen chose, trimmed', () => {
    expect(parse('village=Th%C3%B4n+2&category=poor&stage=handed_over&q=+DT25+')).toEqual({
      filter: { village: 'Thôn 2', category: 'poor', stage: 'handed_over', text: 'DT25' },
    });
  });

  it('names the field that holds an impossible value', () => {
    expect(parse('stage=bulldozed')).toEqual({ problem: 'stage' });
    expect(parse('category=rich')).toEqual({ problem: 'category' });
    expect(parse(`q=${'x'.repeat(51)}`)).toEqual({ problem: 'text' });
  });
});

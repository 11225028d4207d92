import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/lib/units/search-query.ts';

describe('parseSearchQuery', () => {
  it('is no search when the parameter is absent', () => {
    expect(parseSearchQuery(undefined)).toBeUndefined();
  });

  it('trims a usable query', () => {
    expect(parseSearchQuery('  Đức Thọ ')).toEqual({ ok: true, value: 'Đức Thọ' });
  });

  it('asks for at least two letters or digits', () => {
    expect(parseSearchQuery('a')).toMatchObject({ ok: false, problems: [{ code: 'tooShort' }] });
    expect(parseSearchQuery('%%')).toMatchObject({ ok: false, problems: [{ code: 'tooShort' }] });
    expect(parseSearchQuery('   ')).toMatchObject({ ok: false, problems: [{ code: 'tooShort' }] });
  });

  it('refuses queries over 100 characters', () => {
    expect(parseSearchQuery('x'.repeat(101))).toMatchObject({
      ok: false,
      problems: [{ code: 'tooLong', values: { query: 'x'.repeat(100) } }],
    });
  });
});

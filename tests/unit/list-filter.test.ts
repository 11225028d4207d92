import { describe, expect, it } from 'vitest';
import { formFields } from '../../src/lib/forms/read-form.ts';
import { isFiltered, readHouseholdListFilter } from '../../src/lib/households/list-filter.ts';

const parse = (query: string) => readHouseholdListFilter(formFields(new URLSearchParams(query)));

describe('the household list filter', () => {
  it('treats empty fields as “any”', () => {
    const result = parse('village=&category=&stage=&q=');
    expect(result).toEqual({ ok: true, value: {} });
    expect(result.ok && isFiltered(result.value)).toBe(false);
  });

  it('keeps the fields a citizen chose, trimmed', () => {
    expect(parse('village=Th%C3%B4n+2&category=poor&stage=handed_over&q=+DT25+')).toEqual({
      ok: true,
      value: { village: 'Thôn 2', category: 'poor', stage: 'handed_over', text: 'DT25' },
    });
  });

  it('names the field that holds an impossible value', () => {
    expect(parse('stage=bulldozed')).toEqual({ ok: false, problems: [{ code: 'stage', field: 'stage' }] });
    expect(parse('category=rich')).toEqual({ ok: false, problems: [{ code: 'category', field: 'category' }] });
    expect(parse(`q=${'x'.repeat(51)}`)).toEqual({ ok: false, problems: [{ code: 'text', field: 'q' }] });
  });
});

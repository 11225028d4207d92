import { describe, expect, it } from 'vitest';
import { isRefusedWith, ok, problemOf, refused, type Result } from '../../src/lib/forms/result.ts';

describe('results', () => {
  it('carry the value of what was done', () => {
    expect(ok({ sequence: 12 })).toEqual({ ok: true, value: { sequence: 12 } });
    expect(ok()).toEqual({ ok: true, value: undefined });
  });

  it('carry why it was refused: a code, the field it belongs to, the values its message is made with', () => {
    expect(refused('amountTooSmall', { field: 'amount' })).toEqual({
      ok: false,
      problems: [{ code: 'amountTooSmall', field: 'amount' }],
    });
    expect(refused('overspent', { values: { available: 0n, needed: 5_000_000n } })).toEqual({
      ok: false,
      problems: [{ code: 'overspent', values: { available: 0n, needed: 5_000_000n } }],
    });
    expect(refused('tooMany').problems[0]).not.toHaveProperty('field');
  });

  it('narrow to the value or the problems by `ok`', () => {
    const results: Result<number, 'notFound'>[] = [ok(3), refused('notFound')];
    expect(results.map((result) => (result.ok ? result.value : result.problems[0]!.code))).toEqual([3, 'notFound']);
  });

  it('find the problem to show next to a field, and tell one refusal from another', () => {
    const result: Result<never, 'nameMissing' | 'tooMany'> = {
      ok: false,
      problems: [{ code: 'tooMany' }, { code: 'nameMissing', field: 'name' }],
    };
    expect(problemOf(result.ok ? [] : result.problems, 'name')).toBe('nameMissing');
    expect(problemOf(result.ok ? [] : result.problems, 'email')).toBeUndefined();
    expect(isRefusedWith(result, 'tooMany')).toBe(true);
    expect(isRefusedWith(ok(1) as Result<number, 'tooMany'>, 'tooMany')).toBe(false);
    expect(isRefusedWith(undefined, 'tooMany')).toBe(false);
  });
});

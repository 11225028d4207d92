/**
 * What an operation returns when it can be refused for a reason the portal expects: a form filled
 * in wrongly, more money than a fund holds, an official outside their area, something already
 * done or not found. Either the value, or the problems that stopped it. Only failures nobody
 * should meet (a broken database, a bug) are thrown.
 *
 * A problem is a code from its concept's closed list (`PledgeProblem`, `OutgoingProblem`…), which
 * the page words through the message catalogue; it may name the form field it belongs to, and
 * carry values its message is made with (amounts, codes).
 *
 * @example
 * async function cancelPledge(db: Database, token: string): Promise<Result<void, 'pledgeNotOpen'>> {
 *   const cancelled = await markCancelled(db, token);
 *   return cancelled ? ok() : refused('pledgeNotOpen');
 * }
 *
 * const result = await cancelPledge(db, token);
 * if (!result.ok) problems = result.problems.map((problem) => t.pledgeProblem[problem.code]);
 */

/** Values a problem's message is made with, e.g. `{ available: 5_000_000n, needed: 8_000_000n }`. */
export type ProblemValues = Readonly<Record<string, string | number | bigint>>;

export interface Problem<P extends string> {
  code: P;
  /** The form field to show it next to; absent for a problem with the whole form or operation. */
  field?: string;
  values?: ProblemValues;
}

export interface Ok<T> {
  ok: true;
  value: T;
}

export interface Refused<P extends string> {
  ok: false;
  /** At least one; at most one per field when they come from a form. */
  problems: Problem<P>[];
}

export type Result<T, P extends string> = Ok<T> | Refused<P>;

export function ok(): Ok<undefined>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

/**
 * Refused for one reason.
 *
 * @example refused('amountTooSmall', { field: 'amount' })
 * @example refused('overspent', { values: { available: 0n, needed: 5_000_000n } })
 */
export function refused<P extends string>(code: P, details: Omit<Problem<P>, 'code'> = {}): Refused<P> {
  return { ok: false, problems: [{ code, ...details }] };
}

/** The code of the first problem with a field, to show next to it. */
export function problemOf<P extends string>(problems: readonly Problem<P>[], field: string): P | undefined {
  return problems.find((problem) => problem.field === field)?.code;
}

/** Whether a result was refused with this code (e.g. to answer 429 rather than 400). */
export function isRefusedWith<P extends string>(result: Result<unknown, P> | undefined, code: P): boolean {
  return result !== undefined && !result.ok && result.problems.some((problem) => problem.code === code);
}

import { z } from 'zod';
import type { Problem, Result } from './result.ts';

/**
 * Every form of the portal, posted or sent as a query, is read into a plain object for its zod
 * schema by the same rule:
 *
 * - Text arrives as typed: nothing is trimmed here. The schema trims what it reads
 *   (`z.string().trim()`), so that passwords stay exact and a refused form shows back what was typed.
 * - A field sent empty is `''`; a field not sent at all is absent.
 * - A field is its value. Sent several times, the last value counts, as it always did here — except
 *   the portal's list fields (`listFieldNames`, checkboxes such as the self-check's `group`), which
 *   are the array of their values in order, read by a schema with `formList`.
 * - Text longer than `maximumValueLength` is cut to it. Every field's own limit, in its schema, is
 *   lower, so a cut value is still refused as too long, never saved cut; a huge value just costs
 *   nothing further.
 * - A file is a `File`. A file field left empty (browsers send an empty, unnamed file) is absent,
 *   as is an empty file.
 * - A body that is not a form at all reads as no fields: the schema says what is missing.
 *
 * @example
 * formFields(new URLSearchParams('name=+An+&group=poor&group=near_poor&email='))
 * // { name: ' An ', group: ['poor', 'near_poor'], email: '' }
 */
export type FormValue = string | File;
export type FormFields = Record<string, FormValue | FormValue[]>;

/** Characters kept of one text value: more than any field accepts. */
export const maximumValueLength = 10_000;

/** Fields that hold several values (checkboxes), in every form of the portal. */
export const listFieldNames: ReadonlySet<string> = new Set(['group']);

export function formFields(entries: FormData | URLSearchParams): FormFields {
  const fields: FormFields = {};
  for (const [name, entry] of entries) {
    const value = typeof entry === 'string' ? entry.slice(0, maximumValueLength) : entry;
    if (typeof value !== 'string' && value.size === 0) continue;
    const earlier = fields[name];
    if (!listFieldNames.has(name)) fields[name] = value;
    else fields[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return fields;
}

/** A bound on a form's body (a form with an upload): larger bodies are refused unread, with `tooLarge`. */
export interface BodyLimit<P extends string> {
  maximumBytes: number;
  tooLarge: Problem<P>;
}

/**
 * Reads a request's form body by the rule above. With a limit, a body that says it is larger is
 * refused before it is read.
 */
export async function readForm(request: Request): Promise<FormFields>;
export async function readForm<P extends string>(request: Request, limit: BodyLimit<P>): Promise<Result<FormFields, P>>;
export async function readForm<P extends string>(
  request: Request,
  limit?: BodyLimit<P>,
): Promise<FormFields | Result<FormFields, P>> {
  if (limit && Number(request.headers.get('content-length') ?? 0) > limit.maximumBytes)
    return { ok: false, problems: [limit.tooLarge] };
  const data = await request.formData().catch(() => undefined);
  const fields = data ? formFields(data) : {};
  return limit ? { ok: true, value: fields } : fields;
}

/**
 * A list field for a schema: none, one or several values become an array for `list` to check.
 *
 * @example formList(z.array(z.enum(['poor', 'near_poor'])).min(1, 'noGroup'))
 */
export function formList<T extends z.ZodType>(list: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), list);
}

/** A form's single text values, to show them back in the form it came from (files and lists left out). */
export function textFields(fields: FormFields): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
  );
}

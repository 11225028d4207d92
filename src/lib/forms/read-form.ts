import { once } from 'node:events';
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished as streamFinished } from 'node:stream/promises';
import { Busboy } from '@fastify/busboy';
import { declaresMoreThan, formBytes, isAcceptedText, readChunks, RequestRefusal } from '../http/request-body.ts';
import type { Problem, Refused } from './result.ts';

/**
 * Server only (it reads requests): what the browser's islands share with the server's forms is in
 * field-problems.ts.
 *
 * Every form of the portal, posted or sent as a query, is read into a plain object for its zod
 * schema by the same rule:
 *
 * - Text arrives as typed: nothing is trimmed here. The schema trims what it reads
 *   (`z.string().trim()`), so that passwords stay exact and a refused form shows back what was typed.
 * - A field sent empty is `''`; a field not sent at all is absent.
 * - A field is its value. Sent several times, the first value counts, as `URLSearchParams.get`
 *   reads it, so that pages reading their query either way agree on `?ref=A&ref=B` — except the
 *   portal's list fields (`listFieldNames`, checkboxes such as the self-check's `group`), which
 *   are the array of their values in order, read by a schema with `formList` (field-problems.ts).
 * - Text longer than `maximumValueLength` is cut to it. Every field's own limit, in its schema, is
 *   lower, so a cut value is still refused as too long, never saved cut; a huge value just costs
 *   nothing further.
 * - A file is a `File`. A file field left empty (browsers send an empty, unnamed file) is absent,
 *   as is an empty file.
 * - A body that is not a form at all reads as no fields: the schema says what is missing.
 * - A form holds at most `formBytes` of text, and no NUL (src/lib/http/request-body.ts): a body
 *   past that is refused whole, a file past its own limit alone (`readForm`).
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

export function formFields(entries: Iterable<[string, FormValue]>): FormFields {
  const fields: FormFields = {};
  for (const [name, entry] of entries) {
    const value = typeof entry === 'string' ? entry.slice(0, maximumValueLength) : entry;
    if (typeof value !== 'string' && value.size === 0) continue;
    const earlier = fields[name];
    if (!listFieldNames.has(name)) fields[name] = earlier ?? value;
    else fields[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return fields;
}

/** The one file a form takes (a photo, a spreadsheet), with its own limit beside the form's text. */
export interface FileLimit<P extends string> {
  field: string;
  maximumBytes: number;
  /**
   * Write the file to a temporary folder as it arrives, rather than hold it in memory: for files
   * of tens of megabytes (a bank statement). The caller removes it with the form's `discard`.
   */
  onDisk?: true;
  /** The concept's problem for a larger file, e.g. `{ code: 'photoTooLarge', field: 'photo' }`. */
  tooLarge: Problem<P>;
}

/** A form with a file, read: everything it holds, or all but a file too large (then refused). */
export interface UploadForm<P extends string> {
  fields: FormFields;
  refused?: Refused<P>;
  /** Removes a file written to the disk (`onDisk`); nothing to do otherwise. */
  discard(): Promise<void>;
}

/**
 * Reads a request's form body by the rule above, while it streams in: its text is held to
 * `formBytes`, and the file a form takes (`file`) to that file's own limit. A larger file is left
 * out and refused with its problem, the rest of the form kept, to show back what was typed.
 * Anything else the portal will not read (more text than any form holds, a NUL anywhere) throws
 * `RequestRefusal`, answered by src/middleware.ts.
 */
export async function readForm(request: Request): Promise<FormFields>;
export async function readForm<P extends string>(request: Request, file: FileLimit<P>): Promise<UploadForm<P>>;
export async function readForm<P extends string>(
  request: Request,
  file?: FileLimit<P>,
): Promise<FormFields | UploadForm<P>> {
  const type = request.headers.get('content-type') ?? '';
  const multipart = /^multipart\/form-data\s*;/i.test(type);
  if (!file && declaresMoreThan(request, formBytes)) throw new RequestRefusal(413);
  let body: ReadBody;
  const folder = multipart && file?.onDisk ? await mkdtemp(path.join(tmpdir(), 'chung-tay-upload-')) : undefined;
  const discard = async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  };
  try {
    body = multipart ? await readMultipart(request, type, file, folder) : await readOther(request, type);
  } catch (error) {
    await discard();
    throw error;
  }
  const accepted = body.entries.every(([name, value]) => isAcceptedText(name) && isAcceptedText(valueText(value)));
  if (!accepted || body.textBytes > formBytes || !body.complete) {
    await discard();
    throw new RequestRefusal(accepted ? 413 : 400);
  }
  const fields = formFields(body.entries);
  if (!file) return fields;
  return body.fileTooLarge
    ? { fields, refused: { ok: false, problems: [file.tooLarge] }, discard }
    : { fields, discard };
}

async function readOther(request: Request, type: string): Promise<ReadBody> {
  if (/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) return readUrlEncoded(request);
  return { entries: [], textBytes: 0, complete: true, fileTooLarge: false };
}

interface ReadBody {
  entries: [string, FormValue][];
  /** Bytes of names and text, and of files the form does not take. */
  textBytes: number;
  /** Whether the whole body was read (not cut at the limit). */
  complete: boolean;
  fileTooLarge: boolean;
}

const valueText = (value: FormValue) => (typeof value === 'string' ? value : value.name);

async function readUrlEncoded(request: Request): Promise<ReadBody> {
  const chunks: Uint8Array[] = [];
  const complete = await readChunks(request, formBytes, (chunk) => void chunks.push(chunk));
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  return { entries: [...new URLSearchParams(text)], textBytes: 0, complete, fileTooLarge: false };
}

/** Parts of one form at most: more than any form of the portal has. */
const maximumParts = 1000;

/**
 * Multipart, parsed by busboy as it arrives. The file the form takes is kept up to its limit,
 * then dropped as it streams on, the parts after it still read (what was typed after the file is
 * kept too). The rest of the body is held to the form's text and that file's limit, and to
 * `maximumParts`. A body that is no form reads as no fields.
 */
async function readMultipart<P extends string>(
  request: Request,
  type: string,
  file?: FileLimit<P>,
  folder?: string,
): Promise<ReadBody> {
  const body: ReadBody = { entries: [], textBytes: 0, complete: false, fileTooLarge: false };
  let parser;
  try {
    parser = Busboy({
      headers: { 'content-type': type },
      limits: { parts: maximumParts, fieldSize: formBytes + 1, ...(file && { fileSize: file.maximumBytes }) },
    });
  } catch {
    return { ...body, complete: true };
  }
  let failed = false;
  // Bytes of the body but those of a file too large, which busboy drops as they come.
  let dropping = false;
  let counted = 0;
  const finished = new Promise<boolean>((resolve) => {
    parser.on('finish', () => resolve(true));
    parser.on('error', () => {
      failed = true;
      resolve(false);
    });
  });
  parser.on('partsLimit', () => (body.textBytes = Infinity));
  parser.on('field', (name, value) => {
    body.textBytes += Buffer.byteLength(name) + Buffer.byteLength(value);
    body.entries.push([name, value]);
  });
  // Files written to the disk, each complete once its write has finished.
  const written: Promise<void>[] = [];
  parser.on('file', (name, stream, fileName, _encoding, mimeType) => {
    const taken = name === file?.field;
    body.textBytes += Buffer.byteLength(name) + Buffer.byteLength(fileName);
    if (taken && folder) {
      const where = path.join(folder, `file-${written.length}`);
      const out = createWriteStream(where);
      stream.pipe(out);
      stream.on('limit', () => {
        body.fileTooLarge = true;
        dropping = true;
      });
      written.push(
        streamFinished(out).then(async () => {
          dropping = false;
          if (!stream.truncated)
            body.entries.push([name, new File([await openAsBlob(where)], fileName, { type: mimeType })]);
        }),
      );
      return;
    }
    const chunks: Buffer<ArrayBuffer>[] = [];
    stream.on('data', (chunk: Buffer<ArrayBuffer>) => {
      if (!taken) body.textBytes += chunk.byteLength;
      if (taken || body.textBytes <= formBytes) chunks.push(chunk);
    });
    stream.on('limit', () => {
      body.fileTooLarge = true;
      dropping = taken;
    });
    stream.on('end', () => {
      dropping = false;
      if (!stream.truncated) body.entries.push([name, new File(chunks, fileName, { type: mimeType })]);
    });
  });
  // Written in pieces of `formBytes`, each counted unless dropped: one piece may be counted in part wrongly.
  const limit = 2 * formBytes + (file?.maximumBytes ?? 0);
  const complete = await readChunks(request, Infinity, async (chunk) => {
    for (let start = 0; start < chunk.byteLength; start += formBytes) {
      const piece = chunk.subarray(start, start + formBytes);
      if (!dropping) counted += piece.byteLength;
      // A malformed body is still read to its limit, unparsed, before it is answered.
      if (!failed && !parser.write(piece)) await Promise.race([once(parser, 'drain'), finished]);
      if (body.textBytes > formBytes || counted > limit) return 'stop';
    }
  });
  if (!complete) return body;
  parser.end();
  // A malformed body reads as no fields; its files, half written, are discarded with the folder.
  if (!(await finished)) return { ...body, entries: [], complete: true };
  await Promise.all(written);
  return { ...body, complete: true };
}

/** A form's single text values, to show them back in the form it came from (files and lists left out). */
export function textFields(fields: FormFields): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
  );
}

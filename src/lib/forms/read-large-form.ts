import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formFields, readForm, type BodyLimit, type FormFields } from './read-form.ts';
import type { Result } from './result.ts';

/**
 * A form whose file may be tens of megabytes (a bank statement), read by the same rule as
 * `readForm`, but as it streams: each file is written to a temporary folder as it arrives and
 * given to `use` as a `File` read from the disk, so that the upload is never held in memory
 * (`request.formData()` held it three times over: 100 MB for a 25 MB file). A body larger than
 * the limit is refused as soon as it is, whatever it said its length was. The files are removed
 * when `use` is done.
 */
export async function readLargeForm<P extends string, T>(
  request: Request,
  limit: BodyLimit<P>,
  use: (form: Result<FormFields, P>) => Promise<T>,
): Promise<T> {
  const boundary = /^multipart\/form-data;.*\bboundary="?([^";]+)"?/i.exec(request.headers.get('content-type') ?? '');
  if (!boundary || !request.body) return use(await readForm(request, limit));
  if (Number(request.headers.get('content-length') ?? 0) > limit.maximumBytes)
    return use({ ok: false, problems: [limit.tooLarge] });
  const folder = await mkdtemp(path.join(tmpdir(), 'chung-tay-upload-'));
  try {
    const form = await spool(request.body, boundary[1]!, limit.maximumBytes, folder);
    if (form === 'tooLarge') return await use({ ok: false, problems: [limit.tooLarge] });
    return await use({ ok: true, value: formFields(form) });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

type Part = { name: string; text: Buffer[] } | { name: string; file: FileHandle; path: string; fileName: string };

/**
 * Parses multipart/form-data (RFC 7578) from a stream: text fields kept, files written to
 * `folder`. A body that is not well-formed reads as the fields found before the fault, as
 * `readForm` reads a body that is no form as none.
 */
async function spool(
  body: ReadableStream<Uint8Array>,
  boundary: string,
  maximumBytes: number,
  folder: string,
): Promise<FormData | 'tooLarge'> {
  // Every delimiter, the first one too once a line break is put before the body, is CRLF--boundary.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const data = new FormData();
  let buffer: Buffer = Buffer.from('\r\n');
  // Changed by `step`, which TypeScript's narrowing does not follow: hence the cast.
  let state = 'preamble' as 'preamble' | 'delimited' | 'headers' | 'body' | 'done';
  let part: Part | undefined;
  let received = 0;
  let files = 0;

  const write = async (bytes: Buffer) => {
    if (!part || bytes.length === 0) return;
    if ('file' in part) await part.file.write(bytes);
    else part.text.push(bytes);
  };
  const finish = async () => {
    if (!part) return;
    if ('file' in part) {
      await part.file.close();
      data.append(part.name, new File([await openAsBlob(part.path)], part.fileName));
    } else data.append(part.name, Buffer.concat(part.text).toString('utf8'));
    part = undefined;
  };
  /** Consumes what it can of the buffer; false when it needs more bytes, or the form is over. */
  const step = async (): Promise<boolean> => {
    if (state === 'preamble' || state === 'body') {
      const at = buffer.indexOf(delimiter);
      if (at < 0) {
        const safe = buffer.length - delimiter.length + 1;
        if (safe > 0 && state === 'body') await write(buffer.subarray(0, safe));
        if (safe > 0) buffer = buffer.subarray(safe);
        return false;
      }
      if (state === 'body') await write(buffer.subarray(0, at));
      await finish();
      buffer = buffer.subarray(at + delimiter.length);
      state = 'delimited';
      return true;
    }
    if (state === 'delimited') {
      if (buffer.length < 2) return false;
      const next = buffer.subarray(0, 2).toString('latin1');
      state = next === '\r\n' ? 'headers' : 'done';
      buffer = buffer.subarray(2);
      return state === 'headers';
    }
    if (state === 'headers') {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) {
        if (buffer.length > 16 * 1024) state = 'done';
        return false;
      }
      const headers = buffer.subarray(0, end).toString('utf8');
      buffer = buffer.subarray(end + 4);
      const name = /\bname="([^"]*)"/i.exec(headers)?.[1];
      const fileName = /\bfilename="([^"]*)"/i.exec(headers)?.[1];
      if (name === undefined) {
        state = 'done';
        return false;
      }
      if (fileName === undefined) part = { name, text: [] };
      else {
        const partPath = path.join(folder, `file-${files++}`);
        part = { name, file: await open(partPath, 'w'), path: partPath, fileName };
      }
      state = 'body';
      return true;
    }
    return false;
  };

  const reader = body.getReader();
  try {
    while (state !== 'done') {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received > maximumBytes) {
        await reader.cancel();
        return 'tooLarge';
      }
      buffer = buffer.length === 0 ? Buffer.from(value) : Buffer.concat([buffer, value]);
      while (await step());
    }
  } finally {
    if (part && 'file' in part) await part.file.close();
    reader.releaseLock();
  }
  return data;
}

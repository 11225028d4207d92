import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formList, parseForm, problemsFromIssues } from '../../src/lib/forms/field-problems.ts';
import { formFields, maximumValueLength, readForm, textFields } from '../../src/lib/forms/read-form.ts';
import { formBytes, RequestRefusal } from '../../src/lib/http/request-body.ts';

const post = (body: FormData | URLSearchParams | string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/form', { method: 'POST', body, headers });

/** One part of a multipart body with the boundary B, as a browser writes it. */
const part = (disposition: string, content: string, type?: string) =>
  `--B\r\nContent-Disposition: form-data; ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n${content}\r\n`;
const multipart = (body: string) => post(body, { 'content-type': 'multipart/form-data; boundary=B' });

const chunkBytes = 16 * 1024;
/** A body as a hostile client streams it (chunked, no length): its start, then megabytes of x, counted as pulled. */
function huge(start: string) {
  const counter = { bytes: 0, stream: undefined as unknown as ReadableStream<Uint8Array> };
  counter.stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.bytes >= 4 * 1024 * 1024) return controller.close();
      const text = counter.bytes === 0 ? start + 'x'.repeat(chunkBytes - start.length) : 'x'.repeat(chunkBytes);
      counter.bytes += text.length;
      controller.enqueue(new TextEncoder().encode(text));
    },
  });
  return counter;
}
const streamed = (body: { stream: ReadableStream<Uint8Array> }, headers: Record<string, string> = {}) =>
  new Request('http://localhost/form', {
    method: 'POST',
    body: body.stream,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    duplex: 'half',
  } as RequestInit);

describe('reading a form', () => {
  it('keeps text as typed: nothing trimmed, an empty field as an empty string', () => {
    expect(formFields(new URLSearchParams('name=++Nguy%E1%BB%85n+An+&email=&password=+secret+'))).toEqual({
      name: '  Nguyễn An ',
      email: '',
      password: ' secret ',
    });
  });

  it('leaves out a field that was not sent', () => {
    expect(formFields(new URLSearchParams('a=1'))).not.toHaveProperty('b');
  });

  it('gives a list field sent several times as the list of its values, in order', () => {
    expect(formFields(new URLSearchParams('group=poor&house=temporary&group=near_poor&group=poor'))).toEqual({
      group: ['poor', 'near_poor', 'poor'],
      house: 'temporary',
    });
  });

  it('takes the first value of any other field sent several times, as URLSearchParams.get does', () => {
    const sent = new URLSearchParams('amount=1.000&q=a&amount=2.000&q=b&q=');
    expect(formFields(sent)).toEqual({ amount: sent.get('amount'), q: sent.get('q') });
    expect(formFields(sent)).toEqual({ amount: '1.000', q: 'a' });
  });

  it('cuts a huge value to more than any field accepts, so its schema still refuses it as too long', () => {
    const fields = formFields(new URLSearchParams({ message: 'x'.repeat(1_000_000) }));
    expect(fields.message).toHaveLength(maximumValueLength);
    expect(z.string().max(2000).safeParse(fields.message).success).toBe(false);
  });

  it('keeps a chosen file as a File, and leaves out a file field left empty', async () => {
    // As a browser sends it: a file field left empty is a part with an empty file name and no content.
    const body = [
      part('name="photo"; filename="nha.jpg"', 'JPEG', 'image/jpeg'),
      part('name="statement"; filename=""', '', 'application/octet-stream'),
      part('name="note"', 'Đã giao'),
      '--B--\r\n',
    ].join('');
    const fields = await readForm(multipart(body));
    expect(fields.photo).toBeInstanceOf(File);
    expect((fields.photo as File).name).toBe('nha.jpg');
    expect(fields).not.toHaveProperty('statement');
    expect(fields.note).toBe('Đã giao');
  });

  it('reads a body that is not a form as no fields', async () => {
    expect(await readForm(post('{"not":"a form"}', { 'content-type': 'application/json' }))).toEqual({});
  });

  it('refuses unread a form that says it is larger than a form’s text may be', async () => {
    const pulled = huge('x');
    const refusal = await readForm(streamed(pulled, { 'content-length': String(formBytes + 1) })).catch((e) => e);
    expect(refusal).toBeInstanceOf(RequestRefusal);
    expect(refusal.status).toBe(413);
    // A stream fills its queue with one chunk of its own accord: nothing more was asked of it.
    expect(pulled.bytes).toBeLessThanOrEqual(chunkBytes);
  });

  it('refuses a form whose body streams on past a form’s text, having read little more than that', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=B']) {
      const pulled = huge(type.startsWith('multipart') ? part('name="message"', '') : 'message=');
      const refusal = await readForm(streamed(pulled, { 'content-type': type })).catch((e) => e);
      expect(refusal).toMatchObject({ status: 413 });
      // Twice a form's text at most (multipart is counted in pieces), the chunk that passed that
      // and the one the stream queued beside it.
      expect(pulled.bytes).toBeLessThanOrEqual(2 * formBytes + 2 * chunkBytes);
    }
  });

  it('refuses a file larger than its own limit with the concept’s problem, keeping what was typed around it', async () => {
    const limit = { field: 'photo', maximumBytes: 1000, tooLarge: { code: 'photoTooLarge' as const, field: 'photo' } };
    const body = (bytes: number) =>
      [
        part('name="occurredOn"', '2026-11-20'),
        part('name="photo"; filename="nha.jpg"', 'x'.repeat(bytes), 'image/jpeg'),
        part('name="stage"', 'completed'),
        '--B--\r\n',
      ].join('');
    // However far over its limit: busboy drops it as it comes.
    expect(await readForm(multipart(body(3 * formBytes)), limit)).toEqual({
      fields: { occurredOn: '2026-11-20', stage: 'completed' },
      refused: { ok: false, problems: [{ code: 'photoTooLarge', field: 'photo' }] },
      discard: expect.any(Function),
    });
    const within = await readForm(multipart(body(1000)), limit);
    expect(within.refused).toBeUndefined();
    expect((within.fields.photo as File).size).toBe(1000);
  });

  it('writes a large file to the disk as it arrives, when asked, by the same limits, and removes it when discarded', async () => {
    const limit = {
      field: 'file',
      maximumBytes: 200_000,
      tooLarge: { code: 'fileTooLarge' as const, field: 'file' },
      onDisk: true as const,
    };
    const body = (bytes: number) =>
      [
        part('name="bank"', 'bidv'),
        part('name="file"; filename="sao-ke.csv"', 'y'.repeat(bytes), 'text/csv'),
        '--B--\r\n',
      ].join('');
    const within = await readForm(multipart(body(150_000)), limit);
    const file = within.fields.file as File;
    expect([within.fields.bank, file.name, file.size, (await file.text()).slice(0, 3)]).toEqual([
      'bidv',
      'sao-ke.csv',
      150_000,
      'yyy',
    ]);
    await within.discard();
    await expect(file.text()).rejects.toThrow();
    const over = await readForm(multipart(body(300_000)), limit);
    expect(over).toMatchObject({ fields: { bank: 'bidv' }, refused: { problems: [{ code: 'fileTooLarge' }] } });
    await over.discard();
  });

  it('keeps the text of an upload form to a form’s text, however large its file may be', async () => {
    const limit = { field: 'file', maximumBytes: 10 * formBytes, tooLarge: { code: 'tooLarge' as const } };
    const body = [part('name="note"', 'x'.repeat(formBytes + 1)), '--B--\r\n'].join('');
    expect(await readForm(multipart(body), limit).catch((e) => e)).toMatchObject({ status: 413 });
  });

  it('refuses a form holding a NUL anywhere, which no form of the portal holds and the database cannot store', async () => {
    const bodies = [
      post(new URLSearchParams({ name: 'An\0' })),
      multipart([part('name="message"', 'a\0b'), '--B--\r\n'].join('')),
      multipart([part('name="file"; filename="a\0.csv"', 'x', 'text/csv'), '--B--\r\n'].join('')),
    ];
    for (const request of bodies) expect(await readForm(request).catch((e) => e)).toMatchObject({ status: 400 });
  });

  it('reads a GET form’s query by the same rule', () => {
    expect(formFields(new URL('http://localhost/reports?area=+18229&date=').searchParams)).toEqual({
      area: ' 18229',
      date: '',
    });
  });

  it('gives a form’s single text values back to show them again', () => {
    const file = new File(['x'], 'a.csv');
    expect(textFields({ bank: 'bidv', file, group: ['a', 'b'] })).toEqual({ bank: 'bidv' });
  });
});

describe('list fields', () => {
  const groups = formList(z.array(z.enum(['poor', 'near_poor'])).min(1, 'noGroup'));

  it('take none, one or several values', () => {
    expect(groups.safeParse(undefined).success).toBe(false);
    expect(groups.parse('poor')).toEqual(['poor']);
    expect(groups.parse(['poor', 'near_poor'])).toEqual(['poor', 'near_poor']);
  });

  it('are the only fields that take several values', () => {
    expect(z.object({ name: z.string() }).parse(formFields(new URLSearchParams('name=a&name=b')))).toEqual({
      name: 'a',
    });
  });
});

describe('problems per field', () => {
  const problems = ['nameMissing', 'amountInvalid', 'kindMissing'] as const;
  const schema = z.object({
    name: z.string().trim().min(1, 'nameMissing').max(5, 'nameMissing'),
    amount: z.string().regex(/^\d+$/, 'amountInvalid'),
  });
  const codes = { known: problems, fallback: () => 'kindMissing' as const };

  it('reads fields into the schema’s value', () => {
    expect(parseForm(schema, { name: ' An ', amount: '5' }, codes)).toEqual({
      ok: true,
      value: { name: 'An', amount: '5' },
    });
  });

  it('gives each field its first problem, with the schema’s message as its code', () => {
    expect(parseForm(schema, { name: '', amount: 'x' }, codes)).toEqual({
      ok: false,
      problems: [
        { code: 'nameMissing', field: 'name' },
        { code: 'amountInvalid', field: 'amount' },
      ],
    });
  });

  it('gives an issue whose message is not a code the fallback, and a whole-form issue its field', () => {
    expect(parseForm(schema, { name: 'An' }, codes)).toEqual({
      ok: false,
      problems: [{ code: 'kindMissing', field: 'amount' }],
    });
    const either = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })], { message: 'kindMissing' });
    const issues = either.safeParse({}).error!.issues;
    expect(problemsFromIssues(issues, codes)).toEqual([{ code: 'kindMissing' }]);
    expect(problemsFromIssues(issues, { ...codes, wholeForm: 'kind' })).toEqual([
      { code: 'kindMissing', field: 'kind' },
    ]);
  });
});

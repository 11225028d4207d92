import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readForm } from '../../src/lib/forms/read-form.ts';
import { readLargeForm } from '../../src/lib/forms/read-large-form.ts';

const tooLarge = { code: 'tooLarge' as const, field: 'file' };

/** A form as a browser posts it, its body cut into chunks of the given sizes. */
async function posted(form: FormData, chunks: number[] = [64 * 1024], withLength = true): Promise<Request> {
  const encoded = new Request('http://localhost/', { method: 'POST', body: form });
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const headers = new Headers({ 'content-type': encoded.headers.get('content-type')! });
  if (withLength) headers.set('content-length', String(bytes.length));
  let offset = 0;
  let turn = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const size = Math.max(1, chunks[turn++ % chunks.length]!);
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
  return new Request('http://localhost/', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

const statementForm = (contents: BlobPart) => {
  const form = new FormData();
  form.append('action', 'upload');
  form.append('bank', 'vietinbank');
  form.append('file', new File([contents], 'sao kê tháng 9.csv', { type: 'text/csv' }));
  return form;
};

describe('reading a form with a large file as it streams', () => {
  it('reads what readForm reads, the file kept on the disk until it is used', async () => {
    const csv = 'Ngày hạch toán,Mã giao dịch\r\n--not a boundary\r\n';
    const fields = await readLargeForm(
      await posted(statementForm(csv), [7, 1, 300]),
      { maximumBytes: 1e6, tooLarge },
      async (form) => {
        if (!form.ok) throw new Error('refused');
        const file = form.value.file as File;
        return { action: form.value.action, bank: form.value.bank, name: file.name, text: await file.text() };
      },
    );
    expect(fields).toEqual({ action: 'upload', bank: 'vietinbank', name: 'sao kê tháng 9.csv', text: csv });
    const same = await readForm(await posted(statementForm(csv)));
    expect(await (same.file as File).text()).toBe(csv);
  });

  it('reads any bytes back exactly, however the body is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 3000 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 8 }),
        async (bytes, chunks) => {
          const read = await readLargeForm(
            await posted(statementForm(bytes), chunks),
            { maximumBytes: 1e6, tooLarge },
            async (form) => (form.ok ? new Uint8Array(await (form.value.file as File).arrayBuffer()) : undefined),
          );
          expect(read).toEqual(bytes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a body larger than the limit as it arrives, whatever its length said', async () => {
    const big = statementForm('x'.repeat(50_000));
    for (const withLength of [true, false])
      expect(
        await readLargeForm(
          await posted(big, [1000], withLength),
          { maximumBytes: 10_000, tooLarge },
          async (form) => form,
        ),
      ).toEqual({ ok: false, problems: [tooLarge] });
  });

  it('removes the files once they are used, and leaves out a file field sent empty', async () => {
    const fields = await readLargeForm(
      await posted(statementForm('')),
      { maximumBytes: 1e6, tooLarge },
      async (form) => (form.ok ? form.value : undefined),
    );
    expect(fields).toEqual({ action: 'upload', bank: 'vietinbank' });
    const uploads = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('chung-tay-upload-'));
    const before = await uploads();
    const during = await readLargeForm(await posted(statementForm('abc')), { maximumBytes: 1e6, tooLarge }, async () =>
      (await uploads()).filter((name) => !before.includes(name)),
    );
    expect(during).toHaveLength(1);
    expect(existsSync(path.join(tmpdir(), during[0]!))).toBe(false);
  });
});

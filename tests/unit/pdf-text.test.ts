import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { withNotoSans } from '../../src/lib/pdf/noto-sans.ts';
import { pdftotext } from '../support/pdf-text.ts';

async function pdfOf(lines: string[]): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4' });
  const done = withNotoSans(document);
  document.font('regular');
  for (const line of lines) document.text(line);
  document.end();
  return done;
}

describe('the text of the portal’s PDFs (Noto Sans, embedded by PDFKit)', () => {
  it('keeps Vietnamese letters, their tone marks and đ', async () => {
    const text = 'Tỉnh Hà Tĩnh, Xã Đức Đồng: Bằng khen, ngày công, xi măng, thép, 50.000.000 ₫';
    expect((await pdftotext(await pdfOf([text]))).trim()).toBe(text);
  });

  // Noto Sans has ẹ ị ọ ụ whole; fontkit's ccmp would split them, and PDFKit would then give the plain
  // glyph the text of whichever letter used it first (“Đơn vị” read “Đơn vi”): withNotoSans turns it off.
  it('keeps the dot below of ẹ ị ọ ụ next to the plain letters', async () => {
    const text = 'Thôn Mới, xóm Tre; Xã Đức Thọ, Đơn vị nhận, sửa chữa, hẹn, Hụi';
    expect((await pdftotext(await pdfOf([text]))).trim()).toBe(text);
  });
});

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

  // Known defect, which the PDF tests work around with foldDotBelow (tests/support/pdf-text.ts):
  // Noto Sans draws ẹ ị ọ ụ as the glyph of e i o u plus a dot below, and PDFKit gives that glyph
  // the text of whichever letter used it first, and the dot none. Here “Mới” comes first, so a
  // reader who copies or searches “Đơn vị nhận” gets “Đơn vi nhận” (and “hẹn” reads “hen”); had
  // “vị” come first, every plain “i” after it would read “ị”. Screen readers read the same text.
  // When this test starts failing, the defect is fixed: make it an ordinary `it` and drop foldDotBelow.
  it.fails('keeps the dot below of ẹ ị ọ ụ next to the plain letters', async () => {
    const text = 'Thôn Mới, xóm Tre; Xã Đức Thọ, Đơn vị nhận, sửa chữa, hẹn, Hụi';
    expect((await pdftotext(await pdfOf([text]))).trim()).toBe(text);
  });
});

import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Locale } from '../i18n/locales.ts';
import { withNotoSans } from '../pdf/noto-sans.ts';
import type { SignedReceipt } from './receipt.ts';
import { receiptFacts, type ReceiptWords } from './receipt-view.ts';

/**
 * Receipts as files: the signed JSON itself, or an A5 PDF per receipt (labels in Vietnamese and
 * English, from `words`: the catalogues of both) that also carries the signed JSON in its document information, so that the PDF a
 * donor keeps can be checked offline like the JSON.
 */

// The key under which a PDF's document information holds its receipts, as base64url JSON.
const pdfInfoKey = 'ChungTayReceipts';

/** The words a receipt's PDF is printed in, for each language: a receipt's, its title and its signature's. */
export type ReceiptPdfWords = Record<
  Locale,
  ReceiptWords & { receipts: Record<'title' | 'verifyHint' | 'signature', string> }
>;

export async function receiptsPdf(
  receipts: SignedReceipt[],
  verifyUrl: (code: string) => string,
  words: ReceiptPdfWords,
): Promise<Buffer> {
  const signed = Buffer.from(JSON.stringify(receipts)).toString('base64url');
  const document = new PDFDocument({
    size: 'A5',
    margin: 36,
    autoFirstPage: false,
    // PDFKit writes any key of the information dictionary, though its types name only the standard ones.
    info: {
      Title: receipts.length === 1 ? `Biên nhận ${receipts[0]!.body.code}` : 'Biên nhận',
      [pdfInfoKey]: signed,
    } as PDFKit.DocumentInfo,
  });
  const done = withNotoSans(document);
  const { vi, en } = words;
  for (const receipt of receipts) {
    document.addPage();
    const width = document.page.width - 72;
    document.font('bold').fontSize(15).text(`${vi.receipts.title.toUpperCase()}`, { align: 'center' });
    document.font('regular').fontSize(9).text(en.receipts.title, { align: 'center' }).moveDown(0.8);
    const english = receiptFacts(receipt.body, en, 'en');
    receiptFacts(receipt.body, vi, 'vi').forEach(([label, value], i) => {
      const top = document.y;
      document
        .font('regular')
        .fontSize(7.5)
        .fillColor('#555')
        .text(`${label} / ${english[i]![0]}`, 36, top, { width: 130 });
      const labelBottom = document.y;
      document
        .font(i === 0 || i === 3 ? 'bold' : 'regular')
        .fontSize(10)
        .fillColor('#000');
      document.text(value, 170, top, { width: width - 134 });
      document.y = Math.max(labelBottom, document.y) + 3;
    });
    const qr = await QRCode.toBuffer(verifyUrl(receipt.body.code), {
      errorCorrectionLevel: 'M',
      margin: 1,
      width: 240,
    });
    const qrTop = document.y + 6;
    document.image(qr, 36, qrTop, { width: 86 });
    document
      .font('regular')
      .fontSize(7.5)
      .fillColor('#000')
      .text(`${vi.receipts.verifyHint}\n${en.receipts.verifyHint}\n${verifyUrl(receipt.body.code)}`, 132, qrTop, {
        width: width - 96,
      });
    document.y = Math.max(document.y, qrTop + 90) + 4;
    document
      .fontSize(6.5)
      .fillColor('#555')
      .text(`${vi.receipts.signature} / ${en.receipts.signature}: ${receipt.signature}`, 36, document.y, { width });
  }
  document.end();
  return done;
}

/**
 * The receipts a file holds: a signed JSON receipt, a JSON list of them, or a PDF made by
 * `receiptsPdf`. Undefined when the file is none of these.
 */
export function receiptsInFile(bytes: Buffer): unknown[] | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const text = bytes.toString('latin1');
    const reference = new RegExp(`/${pdfInfoKey} (\\d+) 0 R`).exec(text);
    const value = reference && new RegExp(`\\n${reference[1]} 0 obj\\s*\\(([A-Za-z0-9_-]+)\\)`).exec(text);
    if (!value) return undefined;
    return parseJson(Buffer.from(value[1]!, 'base64url').toString('utf8'));
  }
  return parseJson(bytes.toString('utf8'));
}

function parseJson(text: string): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : undefined;
  } catch {
    return undefined;
  }
}

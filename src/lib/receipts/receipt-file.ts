import { sign, verify, type KeyObject } from 'node:crypto';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { withNotoSans } from '../pdf/noto-sans.ts';
import {
  checkReceipt,
  claimedReceiptCode,
  type KeyWithPeriod,
  type ReceiptBody,
  type ReceiptCheck,
} from './receipt.ts';
import { receiptFacts, type ReceiptWords } from './receipt-view.ts';
import type { ReceiptKeys } from './signing-key.ts';
import { parseCheckpoint } from '../transparency/checkpoint.ts';
import type { ProvenReceipt } from '../transparency/receipt-proof.ts';
import { parseNote } from '../transparency/signed-note.ts';

/**
 * Receipts as files: the signed JSON itself, or an A5 PDF per receipt (labels in Vietnamese and
 * English, from `words`: the catalogues of both) that also carries the signed JSON in its document
 * information, so that the PDF a donor keeps can be checked offline like the JSON.
 *
 * The signed JSON proves the data, not the pages drawn around it: anyone can copy a genuine
 * receipt's data into a PDF that shows another sum or donor, edit the text of a real one, or add
 * an update after its end. So the portal also signs each PDF it makes, whole: its last line is a
 * PDF comment (which readers skip) holding an Ed25519 signature of every byte before it. A PDF is
 * authentic only when that signature checks: any byte changed, cut or added fails it. (Rebuilding
 * the PDF from the signed data and comparing bytes would do the same today, but would fail every
 * receipt already handed out as soon as a label, a font or PDFKit changed.)
 */

// The key under which a PDF's document information holds its receipts, as base64url JSON.
const pdfInfoKey = 'ChungTayReceipts';

// A PDF's last line: `%ChungTaySignature <key id> <Ed25519 signature, base64url>`, signing all before it.
const pdfSignatureTag = '%ChungTaySignature';
const pdfSignatureLine = new RegExp(`(?<=\\n)${pdfSignatureTag} ([0-9a-f]{16}) ([A-Za-z0-9_-]{86})\\n$`);

/**
 * The words a receipt's PDF is printed in, for each language: a receipt's, its title, its
 * signature's and its place in the transparency log.
 */
export type ReceiptPdfWords = Record<
  Locale,
  ReceiptWords & {
    receipts: Record<'title' | 'verifyHint' | 'signature' | 'demoNotice', string>;
    transparencyLog: {
      pdfLogged: (index: number, size: number, signedOn: string | null) => string;
      pdfNotLogged: string;
    };
  }
>;

/** What a receipt's page says of its place in the public log, in one language, from the proof it carries. */
function logSentence(receipt: ProvenReceipt, words: ReceiptPdfWords[Locale], locale: Locale): string {
  const carried = receipt.transparency;
  if (!carried) return words.transparencyLog.pdfNotLogged;
  const { size } = parseCheckpoint(parseNote(carried.checkpoint).text);
  const signedOn = carried.checkpointSignedAt ? formatDateTime(locale, new Date(carried.checkpointSignedAt)) : null;
  return words.transparencyLog.pdfLogged(carried.index, size, signedOn);
}

/**
 * A receipt as the JSON file the portal serves. A demo gift's receipt says so in `demo`, beside
 * the signed data and unsigned, so that every receipt verifies as it was issued.
 */
export function receiptJson(receipt: ProvenReceipt, demoNotice: Record<Locale, string> | null): string {
  return JSON.stringify(demoNotice ? { demo: demoNotice, ...receipt } : receipt, null, 2);
}

/**
 * The receipts `receipts` as one PDF, a page each, signed whole with `signer` (the portal's
 * current key). A receipt carrying its inclusion proof says, in words, that it is in the public
 * log; the proof itself travels in the signed data.
 */
export async function receiptsPdf(
  receipts: ProvenReceipt[],
  verifyUrl: (code: string) => string,
  words: ReceiptPdfWords,
  signer: Pick<ReceiptKeys, 'keyId' | 'privateKey'>,
  /** Receipts of demo gifts: their pages say so, in words beside the signed data (which stays as signed). */
  demoCodes: ReadonlySet<string> = new Set(),
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
      ...(receipts.some((receipt) => demoCodes.has(receipt.body.code))
        ? { Subject: `${words.vi.receipts.demoNotice} / ${words.en.receipts.demoNotice}`, Keywords: 'demo' }
        : {}),
    } as PDFKit.DocumentInfo,
  });
  const done = withNotoSans(document);
  const { vi, en } = words;
  for (const receipt of receipts) {
    document.addPage();
    const width = document.page.width - 72;
    document.font('bold').fontSize(15).text(`${vi.receipts.title.toUpperCase()}`, { align: 'center' });
    document.font('regular').fontSize(9).text(en.receipts.title, { align: 'center' }).moveDown(0.8);
    if (demoCodes.has(receipt.body.code))
      document
        .font('bold')
        .fontSize(10)
        .fillColor('#8a1c00')
        .text(`${vi.receipts.demoNotice}\n${en.receipts.demoNotice}`, { align: 'center' })
        .fillColor('#000')
        .moveDown(0.6);
    const english = new Map(receiptFacts(receipt.body, en, 'en').map((fact) => [fact.key, fact.label]));
    for (const { key, label, value } of receiptFacts(receipt.body, vi, 'vi')) {
      const top = document.y;
      document
        .font('regular')
        .fontSize(7.5)
        .fillColor('#555')
        .text(`${label} / ${english.get(key)}`, 36, top, { width: 130 });
      const labelBottom = document.y;
      document
        .font(key === 'number' || key === 'gift' ? 'bold' : 'regular')
        .fontSize(10)
        .fillColor('#000');
      document.text(value, 170, top, { width: width - 134 });
      document.y = Math.max(labelBottom, document.y) + 3;
    }
    document.moveDown(0.3);
    document
      .font('bold')
      .fontSize(8)
      .fillColor('#000')
      .text(logSentence(receipt, vi, 'vi'), 36, document.y, { width });
    document
      .font('regular')
      .fontSize(7.5)
      .fillColor('#555')
      .text(logSentence(receipt, en, 'en'), { width });
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
  const pdf = await done;
  const signature = sign(null, pdf, signer.privateKey).toString('base64url');
  return Buffer.concat([pdf, Buffer.from(`${pdfSignatureTag} ${signer.keyId} ${signature}\n`, 'latin1')]);
}

/** Why a PDF is not as the portal made it, whatever the receipts' data inside it. */
export type PdfProblem =
  /** Not ending with a signature of the whole file: cut short, added to, drawn elsewhere around copied data, or made before PDFs were signed. */
  | 'pdfUnsigned'
  /** A signature that does not match the file: bytes changed or added after the portal made it. */
  | 'pdfAltered';

/** A receipt of a file checked offline: its data's signature, then the file's when a PDF carries it. */
export type FileReceiptCheck = { code: string } & (
  ReceiptCheck | { ok: false; problem: PdfProblem; detail: string; body: ReceiptBody }
);

/**
 * Checks every receipt a file holds, with the portal's public keys alone: a signed JSON receipt
 * or a list of them is authentic when each signature checks; a PDF made by `receiptsPdf` only
 * when its own signature checks too, since what it shows is drawn outside the signed data.
 * Undefined when the file holds no receipt.
 */
export function checkReceiptsFile(
  bytes: Buffer,
  publicKeys: ReadonlyMap<string, KeyObject | KeyWithPeriod>,
): FileReceiptCheck[] | undefined {
  const isPdf = bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  const { content, problem } = isPdf ? checkPdfSignature(bytes, publicKeys) : { content: bytes, problem: undefined };
  const files = isPdf ? receiptsInPdf(content) : parseJson(content.toString('utf8'));
  if (!files?.length) return undefined;
  return files.map((file) => {
    const check = checkReceipt(file, publicKeys);
    const code = check.ok ? check.body.code : claimedReceiptCode(file);
    if (!check.ok || !problem) return { code, ...check };
    return { code, ok: false, problem: problem.code, detail: problem.detail, body: check.body };
  });
}

/** A PDF's signature of itself: the bytes it covers, or what is wrong with them. */
function checkPdfSignature(
  pdf: Buffer,
  publicKeys: ReadonlyMap<string, KeyObject | KeyWithPeriod>,
): { content: Buffer; problem?: { code: PdfProblem; detail: string } } {
  const line = pdfSignatureLine.exec(pdf.subarray(-200).toString('latin1'));
  if (!line)
    return {
      content: pdf,
      problem: {
        code: 'pdfUnsigned',
        detail:
          'this PDF does not end with the portal’s signature of its pages (cut short, added to, or made elsewhere around a receipt’s data): do not trust what it shows',
      },
    };
  const content = pdf.subarray(0, pdf.length - line[0].length);
  // A PDF is made when downloaded, by the key current then: a retired key's PDF still verifies.
  const published = publicKeys.get(line[1]!);
  const key = published && 'publicKey' in published ? published.publicKey : published;
  if (key && verify(null, content, key, Buffer.from(line[2]!, 'base64url'))) return { content };
  return {
    content,
    problem: {
      code: 'pdfAltered',
      detail: key
        ? 'this PDF was changed after the portal made it: do not trust what it shows'
        : `this PDF is signed with key ${line[1]}, which the portal never published: do not trust what it shows`,
    },
  };
}

/** What a file holds as receipts, unchecked: a receipt's JSON, a list of them, or a PDF's embedded ones. */
export function receiptsInFile(bytes: Buffer): unknown[] | undefined {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? receiptsInPdf(bytes) : parseJson(bytes.toString('utf8'));
}

/** The receipts a PDF made by `receiptsPdf` carries in its document information. */
function receiptsInPdf(pdf: Buffer): unknown[] | undefined {
  const text = pdf.toString('latin1');
  const reference = new RegExp(`/${pdfInfoKey} (\\d+) 0 R`).exec(text);
  const value = reference && new RegExp(`\\n${reference[1]} 0 obj\\s*\\(([A-Za-z0-9_-]+)\\)`).exec(text);
  return value ? parseJson(Buffer.from(value[1]!, 'base64url').toString('utf8')) : undefined;
}

function parseJson(text: string): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : undefined;
  } catch {
    return undefined;
  }
}

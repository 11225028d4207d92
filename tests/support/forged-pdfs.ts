import { deflateSync, inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { withNotoSans } from '../../src/lib/pdf/noto-sans.ts';

/**
 * Receipt PDFs as a forger makes them from a genuine one, each showing something other than the
 * signed data it carries, for tests that verification fails every one. Each is a well-formed PDF
 * that a reader (and pdftotext) shows with the forger's text.
 */

/**
 * A PDF the forger drew: `text` on a page, and a genuine receipt's signed JSON (`signed`, which
 * anyone can download) in the document information, where the portal's PDFs carry it. With
 * `lastLineOf`, it ends with that PDF's last line, the portal's signature of the genuine one.
 */
export async function drawnAround(signed: unknown[], text: string, lastLineOf?: Buffer): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A5',
    info: {
      Title: 'Biên nhận',
      ChungTayReceipts: Buffer.from(JSON.stringify(signed)).toString('base64url'),
    } as PDFKit.DocumentInfo,
  });
  const done = withNotoSans(document);
  document.font('bold').fontSize(14).text(text);
  document.end();
  const pdf = await done;
  if (!lastLineOf) return pdf;
  const end = lastLineOf.subarray(0, -1).lastIndexOf('\n');
  return Buffer.concat([pdf, lastLineOf.subarray(end + 1)]);
}

/**
 * The genuine PDF with its pages' text edited in place: each glyph of the character `from` drawn
 * as `to` instead (read from each font's ToUnicode map, as a forger would), streams compressed
 * again and the cross-reference table corrected, everything else — the signature line too — kept.
 */
export function editedInPlace(pdf: Buffer, from: string, to: string): Buffer {
  const text = pdf.toString('latin1');
  const streams = new Map<string, { start: number; end: number; dictionary: string }>();
  for (const match of text.matchAll(/\n(\d+) 0 obj\n<<((?:(?!endobj)[^])*?)>>\nstream\n/g)) {
    const start = match.index + match[0].length;
    streams.set(match[1]!, { start, end: start + Number(/\/Length (\d+)/.exec(match[2]!)![1]), dictionary: match[2]! });
  }
  const inflated = (object: string) => {
    const stream = streams.get(object)!;
    return inflateSync(pdf.subarray(stream.start, stream.end)).toString('latin1');
  };
  const hex = (character: string) => character.charCodeAt(0).toString(16).padStart(4, '0');
  // Each font resource's codes for `from` and `to`, from its ToUnicode map.
  const swaps = new Map<string, [string, string]>();
  for (const [, name, font] of text.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const toUnicode = new RegExp(`\\n${font} 0 obj\\n<<[^>]*/ToUnicode (\\d+) 0 R`).exec(text)?.[1];
    if (!toUnicode) continue;
    const codes = new Map<string, string>();
    for (const [, first, entries] of inflated(toUnicode).matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g))
      [...entries!.matchAll(/<([0-9a-f]{4})>/g)].forEach(([, unicode], i) =>
        codes.set(unicode!, (parseInt(first!, 16) + i).toString(16).padStart(4, '0')),
      );
    const [fromCode, toCode] = [codes.get(hex(from)), codes.get(hex(to))];
    if (fromCode && toCode) swaps.set(name!, [fromCode, toCode]);
  }
  const page = /\/Contents (\d+) 0 R/.exec(text)![1]!;
  let font = '';
  const content = inflated(page)
    .split(/(\/F\d+ [\d.]+ Tf)/)
    .map((part) => {
      const selected = /^\/(F\d+) [\d.]+ Tf$/.exec(part);
      if (selected) font = selected[1]!;
      const swap = swaps.get(font);
      if (selected || !swap) return part;
      return part.replace(
        /<([0-9a-f]+)>/g,
        (_, codes: string) => `<${codes.replace(/.{4}/g, (code) => (code === swap[0] ? swap[1] : code))}>`,
      );
    })
    .join('');
  const { start, end, dictionary } = streams.get(page)!;
  const compressed = deflateSync(Buffer.from(content, 'latin1'));
  const header = text.lastIndexOf('<<', start);
  return withCrossReferences(
    Buffer.concat([
      pdf.subarray(0, header),
      Buffer.from(`<<${dictionary.replace(/\/Length \d+/, `/Length ${compressed.length}`)}>>\nstream\n`, 'latin1'),
      compressed,
      pdf.subarray(end),
    ]),
  );
}

/** The cross-reference table and startxref set to where each object now starts. */
function withCrossReferences(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const table = text.lastIndexOf('\nxref\n') + 1;
  const fixed = text
    .slice(table)
    .replace(/^xref\n0 (\d+)\n0000000000 65535 f \n((?:\d{10} 00000 n \n)+)/, (_, size: string) => {
      const entries = Array.from({ length: Number(size) - 1 }, (__, i) => {
        const offset = text.search(new RegExp(`\\n${i + 1} 0 obj\\n`)) + 1;
        return `${String(offset).padStart(10, '0')} 00000 n \n`;
      });
      return `xref\n0 ${size}\n0000000000 65535 f \n${entries.join('')}`;
    });
  return Buffer.from(text.slice(0, table) + fixed.replace(/startxref\n\d+/, `startxref\n${table}`), 'latin1');
}

/**
 * An incremental update, as PDF editors save changes: the first page drawn again with `text`
 * over it (in a standard font), appended at the file's very end or put before its last line
 * (where the portal's signature line is), so that the file still ends with that line.
 */
export function withIncrementalUpdate(pdf: Buffer, text: string, where: 'atEnd' | 'beforeLastLine'): Buffer {
  const source = pdf.toString('latin1');
  const split = where === 'atEnd' ? pdf.length : pdf.subarray(0, -1).lastIndexOf('\n') + 1;
  const before = source.slice(0, split);
  const previous = /startxref\n(\d+)\n%%EOF/g;
  const last = [...before.matchAll(previous)].at(-1)![1]!;
  const size = Number(/\/Size (\d+)/.exec(source)![1]);
  const pageNumber = /\n(\d+) 0 obj\n<<\n\/Type \/Page\n/.exec(source)![1]!;
  const page = new RegExp(`\\n${pageNumber} 0 obj\\n(<<[^]*?>>)\\nendobj`).exec(source)![1]!;
  const resourcesNumber = /\/Resources (\d+) 0 R/.exec(page)![1]!;
  const resources = new RegExp(`\\n${resourcesNumber} 0 obj\\n(<<[^]*?>>)\\nendobj`).exec(source)![1]!;
  const [contents, font] = [size, size + 1];
  const drawing = `BT /Forged 16 Tf 36 300 Td (${text}) Tj ET`;
  const objects: [number, string][] = [
    [Number(pageNumber), page.replace(/\/Contents (\d+) 0 R/, `/Contents [$1 0 R ${contents} 0 R]`)],
    [Number(resourcesNumber), resources.replace('/Font <<', `/Font <<\n/Forged ${font} 0 R`)],
    [contents, `<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`],
    [font, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
  ];
  let update = '';
  const offsets: [number, number][] = [];
  for (const [number, body] of objects) {
    offsets.push([number, split + update.length]);
    update += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const xref = split + update.length;
  update += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [number, offset] of offsets.sort(([a], [b]) => a - b))
    update += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  const root = /\/Root (\d+ 0 R)/.exec(source)![1]!;
  const info = /\/Info (\d+ 0 R)/.exec(source)![1]!;
  update += `trailer\n<<\n/Size ${size + 2}\n/Root ${root}\n/Info ${info}\n/Prev ${last}\n>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([pdf.subarray(0, split), Buffer.from(update, 'latin1'), pdf.subarray(split)]);
}

import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';

/** The parts every .xlsx holds, around its one sheet. */
const workbookParts: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};
const sheetStart =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã hộ</t></is></c></row>';
const sheetEnd = '</sheetData></worksheet>';

/**
 * A zip bomb made as a hostile upload would be: a well-formed .xlsx a few hundred kilobytes long
 * whose sheet, padded with whitespace between its rows, inflates to `expandedBytes`. Written as a
 * stream (as spreadsheet programs do), so its entries declare no size: only inflating tells.
 */
export function spreadsheetBomb(expandedBytes: number): Buffer {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [name, text] of Object.entries(workbookParts)) {
    const part = new ZipDeflate(name, { level: 1 });
    zip.add(part);
    part.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8(sheetStart));
  const padding = new Uint8Array(1024 * 1024).fill(0x20);
  for (let written = 0; written < expandedBytes; written += padding.byteLength) sheet.push(padding);
  sheet.push(strToU8(sheetEnd), true);
  zip.end();
  return Buffer.concat(out);
}

/** A small .xlsx whose sheet's second row holds `cell` as written, unescaped (a NUL, say). */
export function spreadsheetHolding(cell: string): Buffer {
  const row = `<row r="2"><c r="A2" t="inlineStr"><is><t>${cell}</t></is></c></row>`;
  const files = Object.fromEntries(
    [...Object.entries(workbookParts), ['xl/worksheets/sheet1.xml', sheetStart + row + sheetEnd]].map(
      ([name, text]) => [name, strToU8(text!)],
    ),
  );
  return Buffer.from(zipSync(files));
}

/** A small .xlsx whose sheet says, in its header, that it inflates to `declaredBytes`. */
export function spreadsheetDeclaring(declaredBytes: number): Buffer {
  const zip = spreadsheetHolding('DT25-18229-101');
  // Each local header: signature PK\3\4, then the uncompressed size at byte 22.
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const header = zip.indexOf(name) - 30;
  zip.writeUInt32LE(declaredBytes, header + 22);
  return zip;
}

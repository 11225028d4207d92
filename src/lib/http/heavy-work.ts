import { Unzip, UnzipInflate } from 'fflate';
import { readSheet } from 'read-excel-file/node';

/**
 * Reading an uploaded file (a spreadsheet, a photo, a receipt PDF) takes memory in proportion to
 * what the file expands to, many times its size on the wire: a 7 MB spreadsheet of 200,000 rows
 * peaks at some 400 MB while read-excel-file parses it. Such work waits its turn here, one at a
 * time on each server, so that uploads arriving together cost the memory of one, not of all of
 * them (three .xlsx parsed at once peaked at 2.4 GB). The bodies themselves are bounded as they
 * are read (src/lib/http/request-body.ts).
 */
const heavyWorkAtOnce = 1;

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `work` once no more than `heavyWorkAtOnce` other heavy work is running, first come first served. */
export async function heavyWork<T>(work: () => Promise<T> | T): Promise<T> {
  if (running < heavyWorkAtOnce) running++;
  // The finishing work hands its place straight to the next in line (see `release`).
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    release();
  }
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/**
 * Bytes an .xlsx may expand to: the XML of a 200,000-row bank statement is some 60 MB. A zip bomb
 * (a few megabytes that inflate to gigabytes) is refused before anything of it is kept.
 */
export const maximumSpreadsheetXmlBytes = 64 * 1024 * 1024;

/**
 * The first sheet of an .xlsx, as read-excel-file reads it, once the file is known to expand to
 * no more than `maximumSpreadsheetXmlBytes`, and in its turn (`heavyWork`); undefined for a file
 * that is no spreadsheet, or expands further. A NUL in a cell's text (which XML forbids, but
 * read-excel-file passes on) becomes U+FFFD, as undecodable bytes do: the database stores no NUL.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<unknown[][] | undefined> {
  return heavyWork(async () => {
    if (!expandsWithin(bytes, maximumSpreadsheetXmlBytes)) return undefined;
    let rows: unknown[][];
    try {
      rows = (await readSheet(Buffer.from(bytes))) as unknown[][];
    } catch {
      // Not a zip, not a workbook, or a workbook without sheets.
      return undefined;
    }
    return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replaceAll('\0', '\uFFFD') : cell)));
  });
}

/**
 * Whether the entries read-excel-file keeps (XML and its relationships) add up to no more than
 * `maximumBytes`, both as they declare and as they inflate. Read with fflate's `Unzip`, as
 * read-excel-file reads them, so that both see the same entries; what is inflated is counted and
 * dropped, in small steps, so that checking costs no memory.
 */
export function expandsWithin(bytes: Uint8Array, maximumBytes: number): boolean {
  let total = 0;
  const unzip = new Unzip((entry) => {
    if (total > maximumBytes || !/\.xml(\.rels)?$/.test(entry.name)) return;
    // read-excel-file sets aside an entry's declared size before inflating it.
    let counted = entry.originalSize ?? 0;
    let inflated = 0;
    total += counted;
    entry.ondata = (error, chunk) => {
      // A broken entry is read-excel-file's to refuse.
      if (error) return;
      inflated += chunk.byteLength;
      if (inflated > counted) [total, counted] = [total + inflated - counted, inflated];
      if (total > maximumBytes) entry.terminate();
    };
    if (total <= maximumBytes) entry.start();
  });
  unzip.register(UnzipInflate);
  // 4 KB of deflated data inflates to 4 MB at most.
  const step = 4096;
  try {
    for (let offset = 0; offset < bytes.byteLength && total <= maximumBytes; offset += step)
      unzip.push(bytes.subarray(offset, offset + step));
    if (total <= maximumBytes) unzip.push(new Uint8Array(0), true);
  } catch {
    // Not a zip fflate can walk: nor can read-excel-file.
    return false;
  }
  return total <= maximumBytes;
}

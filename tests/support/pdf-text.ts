import { execFile } from 'node:child_process';

/**
 * The text of a PDF, as a reader who copies or searches it gets it, so that tests assert on what a
 * PDF says rather than on its `%PDF-` header. Read by Poppler's pdftotext (Debian's poppler-utils,
 * which .ci/run installs), a reference reader of PDF text, in the order the text is drawn (`-raw`:
 * its reading-order mode would join a line that ends in a hyphen to the next and drop the hyphen,
 * as in a wrapped signature). Pages are split, and runs of white space (line breaks within a
 * wrapped phrase among them) become one space.
 */
export async function pdfText(pdf: Uint8Array): Promise<{ pages: string[]; text: string }> {
  const pages = (await pdftotext(pdf)).split('\f').map((page) => page.replace(/\s+/g, ' ').trim());
  if (pages.at(-1) === '') pages.pop();
  return { pages, text: pages.join(' ') };
}

/** The text as pdftotext gives it, white space kept. */
export function pdftotext(pdf: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'pdftotext',
      ['-raw', '-enc', 'UTF-8', '-', '-'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        reject(new Error(missing ? 'pdftotext not found: install it with `apt-get install poppler-utils`' : stderr));
      },
    );
    child.stdin!.end(pdf);
  });
}

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A VietinBank export of `rows` credits, written to `file` as the bank writes CSV (dates
 * dd/mm/yyyy hh:mm:ss, amounts 1,234,000.00), with Vietnamese transfer descriptions: every
 * `everyNth` one carries one of `references` (donors' pledge references), the others none.
 * Deterministic: the same arguments write the same file. Returns the file's size in bytes.
 */
export async function writeLargeStatement(
  file: string,
  rows: number,
  { references = [], everyNth = 100 }: { references?: string[]; everyNth?: number } = {},
): Promise<number> {
  const out = createWriteStream(file);
  const two = (n: number) => String(n).padStart(2, '0');
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('Ngày hạch toán,Mã giao dịch,Diễn giải,Ghi nợ,Ghi có\n');
  for (let i = 0; i < rows; i++) {
    const booked = `${two(1 + (i % 28))}/09/2024 ${two(i % 24)}:${two(i % 60)}:${two((i * 7) % 60)}`;
    const reference = references.length > 0 && i % everyNth === 0 ? references[(i / everyNth) % references.length] : '';
    const memo = reference
      ? `${reference} ung ho xa nha tam ${i}`
      : `MBVCB.${9_000_000 + i}.NGUYEN VAN ${i} chuyển tiền ủng hộ đồng bào bão lũ`;
    const amount = (10_000 * (1 + (i % 500))).toLocaleString('en');
    await write(`${booked},VTB${i},"${memo}",,"${amount}.00"\n`);
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

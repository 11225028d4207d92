import { createRequire } from 'node:module';

// Noto Sans covers every Vietnamese letter with its tone marks; PDFKit embeds only the glyphs used.
const fonts = createRequire(import.meta.url);
const regular = fonts.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const bold = fonts.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

/** Registers Noto Sans as `regular` and `bold`, and collects the document's bytes. */
export function withNotoSans(document: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.registerFont('regular', regular).registerFont('bold', bold);
  return done;
}

import { createRequire } from 'node:module';

// Noto Sans covers every Vietnamese letter with its tone marks; PDFKit embeds only the glyphs used.
const fonts = createRequire(import.meta.url);
const regular = fonts.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const bold = fonts.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

/**
 * Font features for every text drawn or measured. fontkit's `ccmp` splits ẹ ị ọ ụ into a plain
 * letter and a dot below, and PDFKit then gives the plain glyph the text of whichever letter used
 * it first: copied, searched or read aloud, "Đơn vị" became "Đơn vi". Noto Sans has the letters
 * whole, so they are drawn the same without it. (A new object each time: fontkit fills it in.)
 */
const features = () => ({ ccmp: false });

type TextCall = (...args: unknown[]) => unknown;

/** The same call with `features` in its options: the last argument when it is an options object, else one added. */
function withFeatures(call: TextCall, positional: number): TextCall {
  return (...args) => {
    const last = args.at(-1);
    if (args.length > 1 && last !== null && typeof last === 'object')
      return call(...args.slice(0, -1), { features: features(), ...last });
    return call(...args.slice(0, positional), { features: features() });
  };
}

/** Registers Noto Sans as `regular` and `bold`, and collects the document's bytes. */
export function withNotoSans(document: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.registerFont('regular', regular).registerFont('bold', bold);
  const target = document as unknown as Record<'text' | 'widthOfString' | 'heightOfString', TextCall>;
  // text(value[, x, y][, options]); widthOfString and heightOfString(value[, options]).
  target.text = withFeatures(target.text.bind(document), 3);
  target.widthOfString = withFeatures(target.widthOfString.bind(document), 1);
  target.heightOfString = withFeatures(target.heightOfString.bind(document), 1);
  return done;
}

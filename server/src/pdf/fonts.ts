import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

/** The part of a fontkit font pdfkit checks for; pdfkit accepts such an object as a font source. */
export interface ParsedFont {
  layout: (...args: never[]) => unknown;
}

let parsed: Record<FontWeight, ParsedFont> | null = null;

/**
 * Noto Sans SC (OFL) from npm, parsed once per process with pdfkit's own fontkit. A 10 MB CJK
 * font parsed anew for every document costs hundreds of milliseconds of garbage collection;
 * parsed fonts are read-only, and each document still embeds its own subset of the glyphs
 * it uses.
 */
export function embeddedFonts(): Record<FontWeight, ParsedFont> {
  if (!parsed) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
      create(buffer: Uint8Array): ParsedFont;
    };
    const load = (w: FontWeight) => fontkit.create(readFileSync(require.resolve(FILES[w])));
    parsed = { regular: load('regular'), bold: load('bold') };
  }
  return parsed;
}

// Noto Sans SC (SIL Open Font License), regular and bold, from @expo-google-fonts/noto-sans-sc:
// TrueType files that cover Chinese and Latin. pdfkit embeds a subset of the glyphs a document
// uses (fontkit), so a briefing carries a few hundred kilobytes of font, not 10 MB. Read once.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
export type FontName = keyof typeof FILES;

let cache: Record<FontName, Buffer> | undefined;

export function fonts(): Record<FontName, Buffer> {
  cache ??= {
    regular: fs.readFileSync(require.resolve(FILES.regular)),
    bold: fs.readFileSync(require.resolve(FILES.bold)),
  };
  return cache;
}

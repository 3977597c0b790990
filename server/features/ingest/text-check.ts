// Checks that an input is text before any of it is parsed: binary (NUL bytes) and invalid UTF-8
// refuse the whole file, so a refused file never half-lands. Streams; never holds the file.
import fs from 'node:fs';
import { FileRefused } from './errors.ts';

/** Scans a file; throws FileRefused if it has NUL bytes or is not valid UTF-8. Returns its size. */
export async function checkTextFile(filePath: string, name: string): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    const nul = buf.indexOf(0);
    if (nul >= 0) throw new FileRefused(name, `it is binary, not text (a NUL byte at byte ${offset + nul})`);
    try {
      decoder.decode(buf, { stream: true });
    } catch {
      throw new FileRefused(
        name,
        `it is not valid UTF-8 text (an invalid byte sequence near byte ${offset})`,
      );
    }
    offset += buf.length;
  }
  try {
    decoder.decode();
  } catch {
    throw new FileRefused(name, 'it is not valid UTF-8 text (it ends inside a multi-byte character)');
  }
  return offset;
}

/** The same check for text handed over the API (already decoded): NUL and U+FFFD mean binary. */
export function checkText(text: string, name: string): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new FileRefused(name, `it is binary, not text (a NUL character at offset ${nul})`);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) throw new FileRefused(name, `it is not valid UTF-8 text (a replacement character at ${bad})`);
}

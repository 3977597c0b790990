// Checks that an input is text before any of it is parsed, and tells its encoding: binary (NUL
// bytes) refuses the whole file; valid UTF-8 (with or without a BOM) is read as UTF-8; anything
// else is read as GB18030 (which contains GBK and GB2312, as domestic systems export) when it
// decodes without an invalid sequence, else refused. So a refused file never half-lands. Streams;
// never holds the file.
import fs from 'node:fs';
import { pipeline, type Readable, type Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { FileRefused } from './errors.ts';

/** How a file's text is encoded: detected ('auto', the default) or declared. */
export const TEXT_ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** A declared encoding's name as users write it (UTF8, gbk, GB2312, ...), or undefined if unknown. */
export function textEncodingOf(name: string): TextEncoding | undefined {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (n === 'auto') return 'auto';
  if (n === 'utf8') return 'utf-8';
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312' || n === 'cp936') return 'gb18030';
  return undefined;
}

type Scan = { ok: true } | { ok: false; near: number; end: boolean };

async function scan(filePath: string, name: string, encoding: 'utf-8' | 'gb18030'): Promise<Scan> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = iconv.getDecoder('gb18030');
  let offset = 0;
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    const nul = buf.indexOf(0);
    if (nul >= 0) throw new FileRefused(name, `it is binary, not text (a NUL byte at byte ${offset + nul})`);
    if (encoding === 'utf-8') {
      try {
        utf8.decode(buf, { stream: true });
      } catch {
        return { ok: false, near: offset, end: false };
      }
    } else if (gb.write(buf).includes('\uFFFD')) return { ok: false, near: offset, end: false };
    offset += buf.length;
  }
  try {
    if (encoding === 'utf-8') utf8.decode();
    else if ((gb.end() ?? '').includes('\uFFFD')) return { ok: false, near: offset, end: true };
  } catch {
    return { ok: false, near: offset, end: true };
  }
  return { ok: true };
}

const where = (s: Scan) =>
  s.ok
    ? ''
    : s.end
      ? 'it ends inside a multi-byte character'
      : `an invalid byte sequence near byte ${s.near}`;

/**
 * Scans a file; throws FileRefused if it has NUL bytes or is not text in the declared encoding
 * (auto: UTF-8, else GB18030). Returns its size and the encoding to read it with.
 */
export async function checkTextFile(
  filePath: string,
  name: string,
  declared: TextEncoding = 'auto',
): Promise<{ bytes: number; encoding: 'utf-8' | 'gb18030' }> {
  const bytes = fs.statSync(filePath).size;
  if (declared !== 'gb18030') {
    const u = await scan(filePath, name, 'utf-8');
    if (u.ok) return { bytes, encoding: 'utf-8' };
    if (declared === 'utf-8') throw new FileRefused(name, `it is not valid UTF-8 text (${where(u)})`);
    const g = await scan(filePath, name, 'gb18030');
    if (g.ok) return { bytes, encoding: 'gb18030' };
    throw new FileRefused(name, `it is not valid UTF-8 text (${where(u)}), nor GB18030/GBK (${where(g)})`);
  }
  const g = await scan(filePath, name, 'gb18030');
  if (!g.ok) throw new FileRefused(name, `it is not valid GB18030/GBK text (${where(g)})`);
  return { bytes, encoding: 'gb18030' };
}

/** Opens a checked file as UTF-8 bytes (GB18030 is decoded and re-encoded on the way). */
export function openText(filePath: string, encoding: 'utf-8' | 'gb18030'): Readable {
  const raw = fs.createReadStream(filePath, { highWaterMark: 1 << 20 });
  if (encoding === 'utf-8') return raw;
  const decode = iconv.decodeStream('gb18030') as unknown as Transform;
  const encode = iconv.encodeStream('utf8') as unknown as Transform;
  return pipeline(raw, decode, encode, () => undefined);
}

/** The same check for text handed over the API (already decoded): NUL and U+FFFD mean binary. */
export function checkText(text: string, name: string): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new FileRefused(name, `it is binary, not text (a NUL character at offset ${nul})`);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) throw new FileRefused(name, `it is not valid UTF-8 text (a replacement character at ${bad})`);
}

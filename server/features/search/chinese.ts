// The searchable forms of Chinese text, in one place for every writer of `searchText` (ingest's
// GraphWriter, entity resolution's canonicals) and for the search input: a name in characters is
// also found by its simplified form, its toneless pinyin joined and spaced ("wangjun", "wang jun"),
// its toned pinyin ("wáng jūn") and its initials ("wj"). Traditional → simplified uses opencc-js
// (OpenCC's t2s dictionaries, ~100 kB, loaded once on first use); pinyin uses pinyin-pro.
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;

type Convert = (text: string) => string;
let converter: Convert | null = null;

/** Traditional (OpenCC standard, Taiwan and Hong Kong forms) to simplified characters. */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  if (!converter) {
    // The t2cn build only (not the 1.2 MB full one); the UMD build loads synchronously.
    const require = createRequire(import.meta.url);
    const OpenCC = require('opencc-js/t2cn') as {
      Converter: (o: { from: string; to: string }) => Convert;
    };
    const t = OpenCC.Converter({ from: 't', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    converter = (s) => hk(t(s));
  }
  return converter(text);
}

export const hasHan = (text: string): boolean => HAN.test(text);

/** Strips tone marks (and folds ü to u): "wáng jūn" → "wang jun". */
export const toneless = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');

const MAX_RUN = 40;

/** Two-character surnames still in use, which a romanised name writes as one word (Ouyang Ming). */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 东方 夏侯 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 端木 独孤 南宫 西门 轩辕 呼延 澹台 百里 闻人 申屠 万俟 鲜于 钟离 公羊 赫连 太史'.split(
    ' ',
  ),
);

/**
 * The extra searchable forms of one text (a name, an alias): for every run of Han characters (up
 * to 40 characters each, 8 runs), its simplified form when it differs, its pinyin toneless spaced
 * and joined, toned spaced and joined, and its initials. Names read the first character as a
 * surname (单 = shan, 曾 = zeng). Empty for text without Han characters.
 */
export function chineseForms(text: string, opts: { surname?: boolean } = {}): string[] {
  if (!HAN.test(text)) return [];
  const out = new Set<string>();
  const simplified = toSimplified(text);
  if (simplified !== text) out.add(simplified);
  const runs = simplified.match(HAN_RUNS) ?? [];
  for (const run of runs.slice(0, 8)) {
    const han = run.slice(0, MAX_RUN);
    const surname = opts.surname ? 'head' : 'off';
    const toned = pinyin(han, { toneType: 'symbol', type: 'array', surname });
    const plain = pinyin(han, { toneType: 'none', type: 'array', surname, v: false }).map(toneless);
    const initials = pinyin(han, { pattern: 'first', toneType: 'none', type: 'array', surname });
    out.add(plain.join(' '));
    out.add(plain.join(''));
    out.add(toned.join(' '));
    out.add(toned.join(''));
    if (opts.surname && han.length >= 3) {
      // As passports and Latin-script records write a name: the surname, a space, the given name
      // as one word ("Meng Qiangyong", "Ouyang Ming").
      const cut = COMPOUND_SURNAMES.has(han.slice(0, 2)) ? 2 : 1;
      out.add(`${plain.slice(0, cut).join('')} ${plain.slice(cut).join('')}`);
      out.add(`${toned.slice(0, cut).join('')} ${toned.slice(cut).join('')}`);
    }
    if (han.length > 1) out.add(initials.map(toneless).join(''));
  }
  out.delete(text);
  return [...out].filter((f) => f.length > 0);
}

/** The forms of several names (a name and its aliases), each once. */
export function nameForms(names: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (typeof n !== 'string') continue;
    for (const f of chineseForms(n, { surname: true })) out.add(f);
  }
  for (const n of names) out.delete(n as string);
  return [...out];
}

const NAME_FIELDS = ['name', 'aliases', 'nicknames'];
/** At most this many characters of forms per record (names first), whatever a record holds. */
export const MAX_FORMS_CHARS = 4_000;

/**
 * What a record's searchText carries besides its own values, for Chinese text: the forms of its
 * name, aliases and nicknames (`nameForms`), and the simplified form of every other part of the
 * searchText (a description, a title) written in traditional characters; 4,000 characters at most.
 * Nothing for a record without Han characters.
 */
export function searchForms(props: Record<string, unknown>, parts: readonly string[]): string[] {
  const names: unknown[] = [];
  for (const f of NAME_FIELDS) {
    const v = props[f];
    if (Array.isArray(v)) names.push(...v);
    else if (v !== undefined) names.push(v);
  }
  const out = new Set<string>(nameForms(names.slice(0, 50)));
  for (const p of parts) {
    if (!hasHan(p)) continue;
    const s = toSimplified(p);
    if (s !== p) out.add(s);
  }
  for (const p of parts) out.delete(p);
  const kept: string[] = [];
  let length = 0;
  for (const f of out) {
    if (length + f.length > MAX_FORMS_CHARS) break;
    kept.push(f);
    length += f.length + 3;
  }
  return kept;
}

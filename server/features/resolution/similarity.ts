// Pure string functions for matching person names: normalisation that folds accents, a few
// non-decomposable letters and Cyrillic/Greek script into plain Latin; Soundex as a cheap
// phonetic blocking key; Jaro-Winkler and Damerau-Levenshtein; and a token-aware name similarity.

// Letters NFKD does not decompose, and Cyrillic/Greek transliterated to Latin (ISO 9 / ELOT-like,
// simplified): enough to make "Иванов", "Ivanov" and "Iwanow" land in the same block.
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/**
 * Lower case, accents stripped, script folded to Latin, punctuation to spaces, whitespace
 * collapsed. Characters of other scripts (e.g. Han) are kept as they are.
 */
export function normaliseName(raw: string): string {
  const lower = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const nameTokens = (raw: string): string[] => {
  const n = normaliseName(raw);
  return n === '' ? [] : n.split(' ');
};

const SOUNDEX_CODE: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  w: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/**
 * Soundex of one normalised token (4 characters). W is coded with B/F/P/V so that German and
 * Polish spellings (Iwanow) meet English ones (Ivanov). Tokens with no Latin letter are returned
 * unchanged, so that names in other scripts still block on exact tokens.
 */
export function soundex(token: string): string {
  const letters = token.replace(/[^a-z]/g, '');
  if (letters === '') return token;
  const first = letters[0]!;
  let out = first.toUpperCase();
  let last = SOUNDEX_CODE[first] ?? '';
  for (const ch of letters.slice(1)) {
    const code = SOUNDEX_CODE[ch] ?? '';
    if (code !== '' && code !== last) out += code;
    if (ch !== 'h') last = code; // H between equal codes does not separate them; vowels do
    if (out.length === 4) break;
  }
  return out.padEnd(4, '0');
}

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const aMatched = new Array<boolean>(la).fill(false);
  const bMatched = new Array<boolean>(lb).fill(false);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Edit distance counting insertions, deletions, substitutions and adjacent transpositions. */
export function damerauLevenshtein(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const d: number[][] = Array.from({ length: la + 1 }, (_, i) =>
    Array.from({ length: lb + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= la; i++) {
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[la]![lb]!;
}

/**
 * Similarity of two tokens: Jaro-Winkler (less for tokens of quite different length, whose shared
 * prefix says little: "Mei" / "Meixin" are different given names), or 0.92 for one edit in a long
 * token, an equal and informative Soundex (two consonant codes or more), or an initial ("L" / "Li").
 */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 0.92 : 0;
  const lengthGap = Math.max(0, Math.abs(a.length - b.length) - 1);
  const jw = jaroWinkler(a, b) * (1 - 0.1 * lengthGap);
  const edits = Math.min(a.length, b.length) >= 5 && damerauLevenshtein(a, b) === 1 ? 0.92 : 0;
  const code = a.length >= 3 && b.length >= 3 ? soundex(a) : '';
  const sounds = code !== '' && code[2] !== '0' && code === soundex(b) ? 0.92 : 0;
  return Math.max(jw, edits, sounds);
}

/**
 * Similarity of two person names in [0, 1], insensitive to token order, accents and script.
 * Every token of the shorter name must find a good partner in the other (so "Wang Lei" and
 * "Wang Fang" — same family name, different person — score low); extra tokens (a middle name)
 * cost a little. Names written with or without spaces ("Wanglei") are compared whole as well.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const joinedA = ta.join('');
  const joinedB = tb.join('');
  if (joinedA === joinedB) return 1;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const used = new Set<number>();
  let sum = 0;
  let worst = 1;
  for (const t of short) {
    let best = 0;
    let bestIdx = -1;
    long.forEach((u, i) => {
      if (used.has(i)) return;
      const s = tokenSimilarity(t, u);
      if (s > best) {
        best = s;
        bestIdx = i;
      }
    });
    if (bestIdx >= 0) used.add(bestIdx);
    sum += best;
    worst = Math.min(worst, best);
  }
  // The worst-matched token weighs most, so a shared family name cannot carry a different given
  // name ("Hu Hongming" / "Hu Honghui", "Ma Lei" / "Ma Leiming"); extra tokens cost a little.
  const tokenScore = (0.7 * worst + (0.3 * sum) / short.length) * 0.97 ** (long.length - short.length);
  // Written with and without spaces ("Wanglei" / "Wang Lei"): compare the names whole, but only
  // then — with the same number of tokens, a long shared token would hide a different one.
  const whole = ta.length !== tb.length ? jaroWinkler(joinedA, joinedB) : 0;
  return Math.max(tokenScore, whole >= 0.95 ? whole : 0);
}

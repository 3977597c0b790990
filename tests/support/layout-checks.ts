// The checks that hold every view of the workspace to issue 16's standard, for any browser test:
// `await checkLayout(page)` after a view has settled returns what is wrong with what is on the
// screen, each finding with the check that failed, where (a short CSS path) and what it read.
//
//   header-wraps        the header's items not on one row, outside its box, or cut off
//   page-scrolls        the page (or the shell) taller or wider than the window, a region of the
//                       shell reaching past it, a side column that scrolls sideways
//   cell-breaks-word    a table cell whose text breaks inside a word ("G an g", "28,70 0 CNY")
//   label-breaks-word   the same in a button, tab, label or heading
//   epoch-visible       an epoch-millisecond number (1694894424000)
//   raw-value-visible   an ISO timestamp or JSON ("2023-09-16T20:00:24Z", ["…"])
//   uuid-visible        a UUID
//   entity-id-visible   an entity id ("Person:P42-06265388", "P42-06265388", "SL42-…", "K42--…")
//   raw-key-visible     an i18n key instead of its text ("gangs.title")
//   untranslated        in Chinese: English UI words (see untranslatedReason); in English: Chinese
//                       catalogue text
//   error-shown         an error notice on the screen
//   page-error          an uncaught exception in the page (watchPageErrors, for the test to add)
//
// Visible means rendered (not display:none or visibility:hidden), wherever it is scrolled to;
// text for screen readers only counts too, and so do placeholder, title, aria-label, alt, the
// options of a select, the document title and the labels of the nodes and links on the canvas.
//
// Exemptions the markup declares:
//   [data-identifiers]  the identifiers section of the details: ids, keys, epoch numbers may show
//                       there (and only there); its labels must still be translated.
//   [translate="no"]    (HTML's own attribute) content that is data, never translated: no
//                       untranslated-string check inside.
//   [lang]              an element in another language than the page (the language switch's
//                       "English"), or in a script it names (zh-Latn: pinyin), is not checked for
//                       untranslated strings.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import ts from 'typescript';
import { ROOT } from './process.ts';

export type LayoutCheck =
  | 'header-wraps'
  | 'page-scrolls'
  | 'cell-breaks-word'
  | 'label-breaks-word'
  | 'epoch-visible'
  | 'raw-value-visible'
  | 'uuid-visible'
  | 'entity-id-visible'
  | 'raw-key-visible'
  | 'untranslated'
  | 'error-shown'
  /** An uncaught exception in the page (watchPageErrors; not found by checkLayout itself). */
  | 'page-error';

export interface LayoutFinding {
  check: LayoutCheck;
  /** A short CSS path of the element, e.g. `aside#task-panel > div.panel-body > p.muted`. */
  where: string;
  detail: string;
  /** How many elements showed the same finding (the first one's path is `where`). */
  count: number;
}

export interface LayoutCheckOptions {
  /** The page's language; read from <html lang> when omitted. */
  lang?: string;
  /** Words that are data the test knows about (the signed-in user's name), never "untranslated". */
  dataTokens?: string[];
  /** Checks not to run. */
  skip?: LayoutCheck[];
}

// ---- catalogues --------------------------------------------------------------------------------

export const SHARED_LOCALES = 'client/src/i18n/locales';
export const FEATURES_DIR = 'client/src/features';

export interface CatalogueFile {
  /** The i18next namespace: "common" for the shared catalogue, else the feature's folder. */
  ns: string;
  lang: string;
  /** Relative to the repository. */
  file: string;
  data: unknown;
}

/** Every catalogue file of the client, parsed. */
export function catalogueFiles(): CatalogueFile[] {
  const out: CatalogueFile[] = [];
  const read = (dir: string, ns: string) => {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) return;
    for (const f of fs.readdirSync(abs).sort()) {
      if (!f.endsWith('.json')) continue;
      const file = path.posix.join(dir, f);
      out.push({
        ns,
        lang: f.slice(0, -'.json'.length),
        file,
        data: JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as unknown,
      });
    }
  };
  read(SHARED_LOCALES, 'common');
  for (const feature of fs.readdirSync(path.join(ROOT, FEATURES_DIR)).sort()) {
    read(path.posix.join(FEATURES_DIR, feature, 'locales'), feature);
  }
  return out;
}

/** Nested catalogue → dotted keys; leaves that are not strings are listed apart. */
export function flatten(
  obj: unknown,
  prefix = '',
  out: { strings: Map<string, string>; others: string[] } = { strings: new Map(), others: [] },
): { strings: Map<string, string>; others: string[] } {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
  } else if (typeof obj === 'string') {
    out.strings.set(prefix, obj);
  } else {
    out.others.push(prefix);
  }
  return out;
}

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_RE = /^(.*?)(_ordinal)?_(zero|one|two|few|many|other)$/;

/**
 * i18next's plural suffixes (JSON v4): `key_one`/`key_other` (cardinal), `key_ordinal_one`, ...
 * A key is a plural form when it has such a suffix and its `_other` form exists.
 */
export function pluralForm(
  key: string,
  keys: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): { base: string; ordinal: boolean; category: string } | null {
  const m = PLURAL_RE.exec(key);
  if (!m) return null;
  const [, base, ordinal, category] = m;
  if (!keys.has(`${base}${ordinal ?? ''}_other`)) return null;
  return { base: base!, ordinal: !!ordinal, category: category! };
}

/** The plural categories a language needs (Intl.PluralRules, as i18next uses). */
export function pluralCategories(lang: string, ordinal = false): string[] {
  return new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
    .pluralCategories;
}

/** Interpolation variables (`{{name}}`, `{{- name}}`, `{{value, number}}`) and nestings (`$t(key)`). */
export function placeholders(value: string): string[] {
  const out = new Set<string>();
  for (const m of value.matchAll(/\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g)) out.add(m[1]!);
  for (const m of value.matchAll(/\$t\(\s*([^,)\s]+)/g)) out.add(`$t(${m[1]})`);
  return [...out].sort();
}

/** The value with its placeholders and nestings taken out: what a reader actually reads of it. */
export const withoutPlaceholders = (value: string): string =>
  value.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$t\([^)]*\)/g, ' ');

/**
 * Latin-letter words allowed in Chinese text: product and format names, units, the short
 * abbreviations Chinese investigators use as they are. A zh-CN catalogue value may contain these
 * and no other Latin word; add one here with its reason.
 */
export const ALLOWED_LATIN = new Set(
  [
    'Crimegraph', // the product
    'CSV',
    'PNG',
    'PDF',
    'GEXF',
    'JSON',
    'SVG', // export formats
    'A4', // the paper size, named so in Chinese too
    'K1',
    'K2',
    'K3',
    'K4',
    'K5', // the briefing's code names for key players at gang level, as printed in the PDF
    'GraphQL',
    'Neo4j',
    'API', // what the service is built on, named in admin views
    'ID',
    'IMEI',
    'IMSI',
    'GPS',
    'URL',
    'IP',
    'ICCID', // identifiers known by these names in Chinese too
    'Ctrl',
    'Shift',
    'Alt',
    'Tab',
    'Esc',
    'Enter',
    'Delete',
    'Backspace',
    'Home',
    'End',
    'PageUp',
    'PageDown', // keys, named as the keyboard prints them
    'Gephi', // the desktop program GEXF files open in
    'CNY',
    'USD',
    'HKD',
    'km',
    'kB',
    'MB', // units and currencies
    'Louvain',
    'Leiden',
    'PageRank',
    'ForceAtlas', // algorithm names (ForceAtlas2 reads as ForceAtlas + 2)
    'graphology',
    'GDS', // the analysis engines an analyst chooses between (graphology, Neo4j GDS)
  ].map((w) => w.toLowerCase()),
);

// ---- what counts as data, what as UI text --------------------------------------------------------

/** Toneless Hanyu Pinyin syllables ("lv"/"nv" for lü/nü). */
const PINYIN = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang ' +
    'cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan ' +
    'chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia ' +
    'dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou ' +
    'fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang ' +
    'hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing ' +
    'jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui ' +
    'kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu lv ' +
    'luan lue lve lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na ' +
    'nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nv nuan nue nve nuo ' +
    'o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie ' +
    'qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa ' +
    'sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai ' +
    'shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao ' +
    'tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie ' +
    'xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai ' +
    'zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua ' +
    'zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** Whether a word can be read as pinyin syllables ("Longliang", "Xi'an", "Panjiayuan"). */
export function isPinyin(word: string): boolean {
  const parts = word.toLowerCase().split(/['’]/);
  return parts.every((w) => {
    if (!w) return false;
    const ok: boolean[] = [true];
    for (let i = 1; i <= w.length; i++) {
      ok[i] = false;
      for (let j = Math.max(0, i - 6); j < i && !ok[i]; j++) ok[i] = !!ok[j] && PINYIN.has(w.slice(j, i));
    }
    return ok[w.length]!;
  });
}

const MONTHS_AND_DAYS =
  'january february march april may june july august september october november december jan feb mar ' +
  'apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon ' +
  'tue wed thu fri sat sun am pm';

export interface TextVocabulary {
  /** Lower-case words of the English catalogues (and month and day names): UI words. */
  ui: Set<string>;
  /** Lower-case words of the demo data (seeds/): relic descriptions, sites, case titles, places. */
  data: Set<string>;
  /** English catalogue values as patterns (placeholders match anything), with their key. */
  en: Array<{ key: string; re: RegExp }>;
  /** Chinese catalogue values, exactly, with their key (for Chinese text in the English UI). */
  zh: Map<string, string>;
  /** Namespaces and top-level keys: the first part of a raw key that leaked. */
  keyHeads: Set<string>;
  /** Entity type names ("Person", "Sale"): the first part of an entity id. */
  entityTypes: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string) => s.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? [];

/** Words of the demo data: every word of seeds/vocab.ts and the phrases and templates of seeds/. */
function dataWords(): Set<string> {
  const out = new Set<string>();
  const dir = path.join(ROOT, 'seeds');
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.ts') || f === 'cli.ts') continue; // the command line's messages are not data
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const src = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const vocab = f === 'vocab.ts';
    const visit = (n: ts.Node) => {
      if (ts.isThrowStatement(n)) return; // error messages are not data, nor are log lines
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        /^(log|info|warn|error|debug|trace|fatal|write)$/.test(n.expression.name.text)
      )
        return;
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
        // Single words elsewhere in seeds/ are property names and codes, not data text.
        if (vocab || /\s/.test(n.text)) for (const w of words(n.text)) out.add(w.toLowerCase());
      } else if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
        for (const w of words(n.text)) out.add(w.toLowerCase());
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}

let vocabulary: TextVocabulary | undefined;

/** Built once from the catalogues and seeds/ of the working tree. */
export function textVocabulary(): TextVocabulary {
  if (vocabulary) return vocabulary;
  const files = catalogueFiles();
  const ui = new Set(MONTHS_AND_DAYS.split(' '));
  const en: TextVocabulary['en'] = [];
  const zh = new Map<string, string>();
  const keyHeads = new Set<string>();
  const entityTypes = new Set<string>();
  const byKey = new Map<string, Map<string, string>>();
  for (const f of files) {
    keyHeads.add(f.ns);
    const flat = flatten(f.data).strings;
    for (const [k, v] of flat) {
      keyHeads.add(k.split('.')[0]!);
      const id = `${f.ns}:${k}`;
      if (!byKey.has(id)) byKey.set(id, new Map());
      byKey.get(id)!.set(f.lang, v);
      if (f.ns === 'common' && k.startsWith('entity.')) entityTypes.add(k.slice('entity.'.length));
    }
  }
  for (const [id, langs] of byKey) {
    const e = langs.get('en');
    const z = langs.get('zh-CN');
    if (e !== undefined) for (const w of words(withoutPlaceholders(e))) ui.add(w.toLowerCase());
    // An English value is a pattern worth matching when it has a real word of its own and its
    // Chinese counterpart differs (a value that is the same in both, "CSV", is not a leak).
    if (e !== undefined && e !== z) {
      const own = words(withoutPlaceholders(e)).filter(
        (w) => w.length >= 2 && !ALLOWED_LATIN.has(w.toLowerCase()),
      );
      if (own.length) {
        const parts = e.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/g).map((p) => escapeRe(p.trim()));
        en.push({ key: id, re: new RegExp(`^${parts.join('.+?')}$`, 's') });
      }
    }
    if (z !== undefined && z !== e && /\p{Script=Han}/u.test(z) && placeholders(z).length === 0) {
      zh.set(z.trim(), id);
    }
  }
  vocabulary = { ui, data: dataWords(), en, zh, keyHeads, entityTypes: [...entityTypes] };
  return vocabulary;
}

// ---- the text checks (pure; unit-tested in tests/unit/i18n-catalogues.test.ts) -------------------

const ID_PATTERNS = {
  uuid: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
  epoch: /\b1[5-9]\d{11}\b/,
  /** The demo seed's keys: P42-06265388, SL42-000000000123, K42--941756116461, CR42-… */
  key: /\b[A-Z]{1,4}\d{1,4}--?[0-9A-F]{4,}\b/,
  iso: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
  json: /[[{]\s*"[^"]*"\s*[:,\]}]/,
};

/** What of the id checks a visible text fails: [check, the offending part]. */
export function idLeaks(text: string, vocab = textVocabulary()): Array<[LayoutCheck, string]> {
  const out: Array<[LayoutCheck, string]> = [];
  const m = (re: RegExp) => re.exec(text)?.[0];
  let hit: string | undefined;
  if ((hit = m(ID_PATTERNS.uuid))) out.push(['uuid-visible', hit]);
  if ((hit = m(ID_PATTERNS.epoch))) out.push(['epoch-visible', hit]);
  const typed = new RegExp(`\\b(?:${vocab.entityTypes.join('|')}):[^\\s,;)\\]}]+`);
  if ((hit = m(typed) ?? m(ID_PATTERNS.key))) out.push(['entity-id-visible', hit]);
  if ((hit = m(ID_PATTERNS.iso) ?? m(ID_PATTERNS.json))) out.push(['raw-value-visible', hit]);
  return out;
}

/** An i18n key shown instead of its text ("gangs.title", "paths:col.hops"). */
export function rawKey(text: string, vocab = textVocabulary()): boolean {
  const t = text.trim();
  const m = /^([a-z][\w-]*)(?::[\w-]+(?:\.[\w-]+)*|(?:\.[\w-]+)+)$/.exec(t);
  if (/\.(csv|png|gexf|json|pdf|svg|txt|xlsx?)$/i.test(t)) return false; // a file name
  return !!m && vocab.keyHeads.has(m[1]!);
}

/**
 * Why a visible text reads as an untranslated UI string in `lang`, or null. Chinese pages: the text
 * is an English catalogue value (its key is named); or it has an English word that is not data.
 * Latin words are data when they are allowed tokens (ALLOWED_LATIN), acronyms (all capitals: OPPO,
 * BYD), single letters, the caller's data tokens, capitalised pinyin (names,
 * places: "Wang Longliang", "Panjiayuan"), or words of the demo data (seeds/: "bronze ding tripod",
 * "Ruili port"), or inside an id, a URL or an e-mail address. A word that is none of these is
 * flagged when it is an English UI word (a word of the English catalogues, a month or a day) or
 * when it stands next to another Latin word ("Coming soon", "expected from < to"). English pages:
 * the text is a Chinese catalogue value.
 */
export function untranslatedReason(
  text: string,
  lang: string,
  opts: { dataTokens?: string[] } = {},
  vocab = textVocabulary(),
): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  if (!lang.startsWith('zh')) {
    const key = vocab.zh.get(t);
    return key ? `Chinese text of ${key} in the English UI` : null;
  }
  if (!/[A-Za-z]/.test(t)) return null;
  for (const { key, re } of vocab.en) if (re.test(t)) return `the English text of ${key}`;
  const data = new Set((opts.dataTokens ?? []).flatMap((d) => words(d).map((w) => w.toLowerCase())));
  // Ids, URLs and addresses are other checks' business (or data).
  const stripped = t
    .replace(/https?:\/\/\S+|\S+@\S+\.\w+/g, ' ')
    .replace(new RegExp(`\\b(?:${vocab.entityTypes.join('|')}):\\S+`, 'g'), ' ')
    .replace(new RegExp(ID_PATTERNS.key.source, 'g'), ' ')
    .replace(new RegExp(ID_PATTERNS.uuid.source, 'gi'), ' ');
  // Tokens with a digit are codes, models or plates ("A6L", "LVTF6Y4ZD6VGXBDSC", "ForceAtlas2").
  const found = [...stripped.matchAll(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g)]
    .filter((m) => /^[A-Za-z'’]+$/.test(m[0]))
    .map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const capitalPinyin = (i: number) => {
    const w = found[i]?.w;
    return !!w && /^[A-Z][a-z'’]+$/.test(w) && isPinyin(w);
  };
  const foreign = found.map(({ w }, i) => {
    const lower = w.toLowerCase();
    if (w.length === 1 || ALLOWED_LATIN.has(lower) || data.has(lower)) return false;
    if (/^[A-Z]{2,}$/.test(w)) return false; // an acronym, a model name or a code
    // A name or place in pinyin ("Wang Longliang", "Panjiayuan"). A pinyin word that is also an
    // English UI word ("Open", "Delete", "Gang") is a name only beside another: "Wang Gang".
    if (capitalPinyin(i) && (!vocab.ui.has(lower) || capitalPinyin(i - 1) || capitalPinyin(i + 1)))
      return false;
    if (vocab.data.has(lower)) return false;
    return true;
  });
  const flagged: string[] = [];
  for (let i = 0; i < found.length; i++) {
    if (!foreign[i]) continue;
    const w = found[i]!.w;
    if (vocab.ui.has(w.toLowerCase())) {
      flagged.push(w);
      continue;
    }
    // Next to another Latin word (an English phrase, not a stray token beside a code or an
    // acronym): only spaces, commas, dashes or a number between them.
    const next = (a: (typeof found)[number], b: (typeof found)[number]) =>
      /^[A-Za-z][a-z'’]+$/.test(a.w) &&
      /^[A-Za-z][a-z'’]+$/.test(b.w) &&
      /^[\s,&'’\-–—\d]{1,6}$/.test(stripped.slice(a.end, b.start));
    if ((i > 0 && next(found[i - 1]!, found[i]!)) || (i + 1 < found.length && next(found[i]!, found[i + 1]!)))
      flagged.push(w);
  }
  return flagged.length ? `English words ${flagged.map((w) => `"${w}"`).join(', ')}` : null;
}

// ---- in the page ---------------------------------------------------------------------------------

/** What the page-side collector returns (see IN_PAGE). */
interface Collected {
  lang: string;
  header: Array<{ where: string; detail: string }>;
  scroll: Array<{ where: string; detail: string }>;
  broken: Array<{ kind: 'cell' | 'label'; where: string; word: string; text: string; lines: number }>;
  texts: Array<{
    text: string;
    kind: string;
    where: string;
    identifiers: boolean;
    exempt: string | null;
  }>;
  errors: Array<{ where: string; text: string }>;
}

/*
 * Installed as plain JavaScript (a string, so that no transpiler helper such as esbuild's __name
 * ends up in code that runs in the page): window.__layoutChecks.collect().
 */
const IN_PAGE = String.raw`(() => {
  if (window.__layoutChecks) return;
  const VIS = { visibilityProperty: true, contentVisibilityAuto: true };
  const visible = (el) => !!el && el.isConnected && el.checkVisibility(VIS);
  function where(el) {
    const parts = [];
    for (let e = el, i = 0; e && e.nodeType === 1 && i < 5 && e !== document.body; e = e.parentElement, i++) {
      let s = e.tagName.toLowerCase();
      if (e.id) { parts.unshift(s + '#' + e.id); break; }
      const d = [...e.attributes].find((a) => a.name.startsWith('data-'));
      if (d) s += '[' + d.name + (d.value ? '="' + d.value.slice(0, 40) + '"' : '') + ']';
      else if (e.getAttribute('role')) s += '[role=' + e.getAttribute('role') + ']';
      else if (e.classList.length) s += '.' + [...e.classList].slice(0, 2).join('.');
      parts.unshift(s);
    }
    return parts.join(' > ');
  }
  /** Distinct lines among a range's rects. */
  function lineCount(rects) {
    const mids = [];
    for (const r of rects) {
      if (r.width < 0.5 || r.height < 0.5) continue;
      const mid = r.top + r.height / 2;
      if (!mids.some((m) => Math.abs(m - mid) < r.height / 2)) mids.push(mid);
    }
    return mids.length;
  }
  const px = (n) => Math.round(n) + 'px';
  /** Whether el, or an ancestor of it up to (not including) root, is absolutely positioned. */
  function popupIn(el, root) {
    for (let e = el; e && e !== root; e = e.parentElement) {
      const p = getComputedStyle(e).position;
      if (p === 'absolute' || p === 'fixed') return true;
    }
    return false;
  }

  function header() {
    const out = [];
    const h = document.querySelector('#app header') || document.querySelector('header');
    if (!h || !visible(h)) return out;
    const hr = h.getBoundingClientRect();
    const items = [];
    const walk = (el) => {
      for (const c of el.children) {
        if (!visible(c)) continue;
        const cs = getComputedStyle(c);
        if (cs.position === 'absolute' || cs.position === 'fixed') continue; // pop-ups (suggestions)
        const r = c.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) continue;
        const ownText = [...c.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
        const container = /flex|grid/.test(cs.display) && c.children.length > 0 && !ownText &&
          !['BUTTON', 'SELECT', 'INPUT', 'LABEL', 'TEXTAREA'].includes(c.tagName);
        if (container) walk(c); else items.push([c, r]);
      }
    };
    walk(h);
    for (const [el, r] of items) {
      if (r.top < hr.top - 1 || r.bottom > hr.bottom + 1)
        out.push({ where: where(el), detail: 'outside the header row (' + px(r.top) + '..' + px(r.bottom) + ' in a header of ' + px(hr.top) + '..' + px(hr.bottom) + ')' });
      for (const [other, o] of items)
        if (other !== el && r.top >= o.bottom - 1) {
          out.push({ where: where(el), detail: 'on a second row, below ' + where(other) });
          break;
        }
      for (let a = el.parentElement; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const ar = a.getBoundingClientRect();
          if (r.right > ar.right + 1 || r.left < ar.left - 1 || r.bottom > ar.bottom + 1 || r.top < ar.top - 1) {
            out.push({ where: where(el), detail: 'cut off by ' + where(a) + ' (' + px(r.left) + '..' + px(r.right) + ' shown in ' + px(ar.left) + '..' + px(ar.right) + ')' });
            break;
          }
        }
        if (a === h) break;
      }
      if (el.tagName !== 'SELECT' && el.tagName !== 'INPUT') {
        // In-flow text only: a pop-up inside an item (the search suggestions) is not its text.
        const rects = [];
        const tw = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = tw.nextNode(); n; n = tw.nextNode()) {
          if (!n.data.trim() || !visible(n.parentElement) || popupIn(n.parentElement, el)) continue;
          const rg = document.createRange();
          rg.selectNodeContents(n);
          rects.push(...rg.getClientRects());
        }
        const n = lineCount(rects);
        if (n > 1) out.push({ where: where(el), detail: 'its text wraps to ' + n + ' lines: "' + el.textContent.trim().slice(0, 60) + '"' });
      }
    }
    // Pop-ups opened from the header (suggestions, menus) must not be cut off by it.
    for (const el of h.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      if ((cs.position !== 'absolute' && cs.position !== 'fixed') || !visible(el)) continue;
      if (popupIn(el.parentElement, h)) continue; // only the outermost pop-up
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const acs = getComputedStyle(a);
        if (acs.overflowX !== 'visible' || acs.overflowY !== 'visible') {
          const ar = a.getBoundingClientRect();
          const shownH = Math.max(0, Math.min(r.bottom, ar.bottom) - Math.max(r.top, ar.top));
          const shownW = Math.max(0, Math.min(r.right, ar.right) - Math.max(r.left, ar.left));
          if (shownH < r.height - 1 || shownW < r.width - 1)
            out.push({ where: where(el), detail: 'a pop-up cut off by ' + where(a) + ': ' + px(shownW) + ' x ' + px(shownH) + ' of its ' + px(r.width) + ' x ' + px(r.height) + ' shown' });
          break;
        }
        if (a === h) break;
      }
    }
    // In-flow content wider than the header (items pushed out of sight).
    const last = items.reduce((m, [, r]) => Math.max(m, r.right), hr.left);
    if (last > hr.right + 1)
      out.push({ where: where(h), detail: 'its items reach ' + px(last - hr.right) + ' past its right edge' });
    return out;
  }

  function scroll() {
    const out = [];
    const W = window.innerWidth, H = window.innerHeight;
    const app = document.getElementById('app');
    const chain = [document.documentElement, document.body, app, app && app.firstElementChild].filter(Boolean);
    let tall = false, wide = false;
    for (const el of chain) {
      const box = el === document.documentElement ? { w: W, h: H } : { w: el.clientWidth, h: el.clientHeight };
      if (!tall && (el.scrollHeight > H + 1 || el.scrollHeight > box.h + 1)) {
        tall = true;
        out.push({ where: where(el) || el.tagName.toLowerCase(), detail: 'scrolls: its content is ' + px(el.scrollHeight) + ' tall in a window of ' + px(H) });
      }
      if (!wide && (el.scrollWidth > W + 1 || el.scrollWidth > box.w + 1)) {
        wide = true;
        out.push({ where: where(el) || el.tagName.toLowerCase(), detail: 'scrolls sideways: its content is ' + px(el.scrollWidth) + ' wide in a window of ' + px(W) });
      }
    }
    const shell = app && app.firstElementChild;
    if (shell) for (const c of shell.children) {
      if (!visible(c)) continue;
      const r = c.getBoundingClientRect();
      if (r.bottom > H + 1) out.push({ where: where(c), detail: 'reaches ' + px(r.bottom - H) + ' below the window' });
      if (r.right > W + 1) out.push({ where: where(c), detail: 'reaches ' + px(r.right - W) + ' past the right edge' });
    }
    for (const el of document.querySelectorAll('aside')) {
      if (visible(el) && el.scrollWidth > el.clientWidth + 1)
        out.push({ where: where(el), detail: 'the side column scrolls sideways: ' + px(el.scrollWidth) + ' of content in ' + px(el.clientWidth) });
    }
    return out;
  }

  function broken() {
    const out = [];
    const seg = new Intl.Segmenter(document.documentElement.lang || 'en', { granularity: 'word' });
    const CELLS = 'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader]';
    const LABELS = 'button, [role=tab], [role=button], label, legend, summary, h1, h2, h3, h4, h5, h6';
    const seen = new Set();
    for (const [kind, sel] of [['cell', CELLS], ['label', LABELS]]) {
      for (const el of document.querySelectorAll(sel)) {
        if (!visible(el)) continue;
        const tw = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = tw.nextNode(); n; n = tw.nextNode()) {
          if (seen.has(n)) continue;
          seen.add(n);
          if (!n.data.trim() || !visible(n.parentElement)) continue;
          const rg = document.createRange();
          rg.selectNodeContents(n);
          if (lineCount(rg.getClientRects()) <= 1) continue;
          for (const s of seg.segment(n.data)) {
            if (!s.isWordLike || s.segment.length < 2) continue;
            rg.setStart(n, s.index);
            rg.setEnd(n, s.index + s.segment.length);
            const lines = lineCount(rg.getClientRects());
            if (lines > 1) {
              out.push({ kind, where: where(el), word: s.segment, text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 80), lines });
              break;
            }
          }
        }
      }
    }
    return out;
  }

  function texts() {
    const out = [];
    const pageLang = (document.documentElement.lang || '').toLowerCase();
    const primary = (l) => l.toLowerCase().split('-')[0];
    const exemptOf = (el) => {
      if (el.closest('[translate="no"]')) return 'translate=no';
      const l = el.closest('[lang]');
      const code = l && l !== document.documentElement ? l.getAttribute('lang') || '' : '';
      // Another language, or the page's language in a script it names (zh-Latn: pinyin).
      if (code && (primary(code) !== primary(pageLang) || /^[a-z]{2,3}-[A-Z][a-z]{3}\b/.test(code)))
        return 'lang=' + code;
      return null;
    };
    const push = (text, kind, el) => {
      const t = String(text).replace(/\s+/g, ' ').trim();
      if (t) out.push({ text: t, kind, where: where(el), identifiers: !!el.closest('[data-identifiers]'), exempt: exemptOf(el) });
    };
    const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) {
      const p = n.parentElement;
      if (!p || !n.data.trim() || p.closest('script, style, noscript, template, option')) continue;
      if (!visible(p)) continue;
      push(n.data, 'text', p);
    }
    const ATTRS = ['placeholder', 'title', 'aria-label', 'alt', 'aria-description', 'aria-placeholder', 'aria-valuetext', 'aria-roledescription'];
    for (const el of document.querySelectorAll(ATTRS.map((a) => '[' + a + ']').join(','))) {
      if (!visible(el)) continue;
      for (const a of ATTRS) if (el.hasAttribute(a)) push(el.getAttribute(a), a, el);
    }
    for (const el of document.querySelectorAll('input[type=button], input[type=submit], input[type=reset]'))
      if (visible(el)) push(el.value, 'value', el);
    for (const sel of document.querySelectorAll('select'))
      if (visible(sel)) for (const o of sel.options) push(o.text, 'option', o);
    push(document.title, 'document-title', document.documentElement);
    const hook = window.__crimegraph;
    const g = hook && hook.graph;
    if (g && g.forEachNode) {
      g.forEachNode((id, a) => {
        if (a.label && !a.hidden) out.push({ text: String(a.label), kind: 'canvas-label', where: 'canvas ' + (a.type || 'node') + ' label', identifiers: false, exempt: null });
      });
      g.forEachEdge((id, a) => {
        if (a.label && !a.hidden) out.push({ text: String(a.label), kind: 'canvas-label', where: 'canvas link label', identifiers: false, exempt: null });
      });
    }
    return out;
  }

  function errors() {
    const out = [];
    for (const el of document.querySelectorAll('.notice.error, [role=alert]'))
      if (visible(el) && el.textContent.trim()) out.push({ where: where(el), text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 160) });
    return out;
  }

  window.__layoutChecks = {
    collect: () => ({ lang: document.documentElement.lang, header: header(), scroll: scroll(), broken: broken(), texts: texts(), errors: errors() }),
  };
})()`;

/** Runs every check on what the page shows now. */
export async function checkLayout(page: Page, opts: LayoutCheckOptions = {}): Promise<LayoutFinding[]> {
  await page.evaluate(IN_PAGE);
  const c = await page.evaluate(() =>
    (window as never as { __layoutChecks: { collect(): Collected } }).__layoutChecks.collect(),
  );
  const lang = opts.lang ?? c.lang;
  const vocab = textVocabulary();
  const found: Array<Omit<LayoutFinding, 'count'>> = [];
  for (const f of c.header) found.push({ check: 'header-wraps', ...f });
  for (const f of c.scroll) found.push({ check: 'page-scrolls', ...f });
  for (const b of c.broken) {
    found.push({
      check: b.kind === 'cell' ? 'cell-breaks-word' : 'label-breaks-word',
      where: b.where,
      detail: `"${b.word}" breaks over ${b.lines} lines in "${b.text}"`,
    });
  }
  for (const e of c.errors) found.push({ check: 'error-shown', where: e.where, detail: e.text });
  for (const t of c.texts) {
    const quote = `${t.kind === 'text' ? '' : `${t.kind} `}"${t.text.slice(0, 100)}"`;
    if (!t.identifiers) {
      for (const [check, part] of idLeaks(t.text, vocab)) {
        found.push({ check, where: t.where, detail: `${part} in ${quote}` });
      }
    }
    if (rawKey(t.text, vocab)) found.push({ check: 'raw-key-visible', where: t.where, detail: quote });
    else if (!t.exempt) {
      const why = untranslatedReason(t.text, lang, { dataTokens: opts.dataTokens }, vocab);
      if (why) found.push({ check: 'untranslated', where: t.where, detail: `${why} in ${quote}` });
    }
  }
  const skip = new Set(opts.skip ?? []);
  const merged = new Map<string, LayoutFinding>();
  for (const f of found) {
    if (skip.has(f.check)) continue;
    const k = `${f.check}\u0000${f.detail}`;
    const m = merged.get(k);
    if (m) m.count++;
    else merged.set(k, { ...f, count: 1 });
  }
  return [...merged.values()];
}

/** One finding per line: `check  where: detail (xN)`. */
export function formatFindings(findings: readonly LayoutFinding[], prefix = ''): string {
  return findings
    .map(
      (f) => `${prefix}${f.check.padEnd(18)} ${f.where}: ${f.detail}${f.count > 1 ? ` (x${f.count})` : ''}`,
    )
    .join('\n');
}

// ---- waiting for a view to settle -----------------------------------------------------------------

const inflight = new WeakMap<Page, { n: number; last: number }>();

/** Counts the page's requests in flight, for settle(). Call once, right after creating the page. */
export function trackRequests(page: Page): void {
  const s = { n: 0, last: Date.now() };
  inflight.set(page, s);
  const done = () => {
    s.n = Math.max(0, s.n - 1);
    s.last = Date.now();
  };
  page.on('request', () => {
    s.n++;
    s.last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/** Collects uncaught page errors; drain() returns those since the last call. */
export function watchPageErrors(page: Page): { drain(): string[] } {
  let errors: string[] = [];
  page.on('pageerror', (err) =>
    errors.push(
      String(err.stack ?? err.message)
        .split('\n')
        .slice(0, 3)
        .join(' | '),
    ),
  );
  return {
    drain: () => {
      const out = errors;
      errors = [];
      return out;
    },
  };
}

/**
 * Waits until the view has settled: no request in flight for `quietMs` (needs trackRequests), no
 * loading placeholder or busy indicator shown, fonts loaded, two frames drawn. Gives up quietly
 * after `timeoutMs` (a view that never settles is then checked as it is).
 */
export async function settle(page: Page, { quietMs = 300, timeoutMs = 20_000 } = {}): Promise<void> {
  const until = Date.now() + timeoutMs;
  const s = inflight.get(page);
  const loadingTexts = loadingPlaceholders();
  for (;;) {
    const quiet = !s || (s.n === 0 && Date.now() - s.last >= quietMs);
    const idle =
      quiet &&
      (await page
        .evaluate((loading) => {
          const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
          if ([...document.querySelectorAll('.spinner, [aria-busy="true"]')].some(shown)) return false;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const p = n.parentElement;
            if (p && loading.includes((n as Text).data.trim()) && shown(p)) return false;
          }
          return true;
        }, loadingTexts)
        .catch(() => false));
    if (idle || Date.now() > until) break;
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => {});
  await page
    .evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))))
    .catch(() => {});
}

/** The shell's "Loading…" in every language (common app.loading): a lazy view not yet there. */
function loadingPlaceholders(): string[] {
  return catalogueFiles()
    .filter((f) => f.ns === 'common')
    .map((f) => flatten(f.data).strings.get('app.loading'))
    .filter((v): v is string => !!v);
}

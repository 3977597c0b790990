// The language layer, checked without a browser:
// - every catalogue (client/src/i18n/locales/*.json, client/src/features/*/locales/*.json) has a
//   file for every language of LANGUAGES, the same keys in each (plural forms as each language
//   needs them: English _one/_other, Chinese _other only), no empty or non-string value, the same
//   interpolation variables and nestings, and Chinese values in Chinese (Latin words only from
//   ALLOWED_LATIN: product, format and algorithm names);
// - the client's source shows no text of its own: no letters in JSX text, in aria-label / title /
//   placeholder / alt attributes, in UI properties (label, title, header, text, ...) or in notices,
//   found with the TypeScript compiler's parser (a line with an `i18n-exempt: <reason>` comment,
//   or the line after one, is skipped);
// - every key the source asks for with a literal (t('key'), t(`prefix.${x}`)) is in the catalogue
//   of the namespace it asks in (or in common, the fallback), in every language;
// - the text heuristics of tests/support/layout-checks.ts (untranslated strings, ids, raw keys).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_LATIN,
  catalogueFiles,
  flatten,
  idLeaks,
  isPinyin,
  placeholders,
  pluralCategories,
  pluralForm,
  rawKey,
  untranslatedReason,
  withoutPlaceholders,
  type CatalogueFile,
} from '../support/layout-checks.ts';
import { ROOT } from '../support/process.ts';

const CLIENT_SRC = path.join(ROOT, 'client/src');

/** The language codes of LANGUAGES in client/src/i18n/index.ts. */
function languages(): string[] {
  const text = fs.readFileSync(path.join(CLIENT_SRC, 'i18n/index.ts'), 'utf8');
  const block = /export const LANGUAGES = \[([\s\S]*?)\] as const/.exec(text)?.[1] ?? '';
  return [...block.matchAll(/code:\s*'([^']+)'/g)].map((m) => m[1]!);
}

const LANGS = languages();
const FILES = catalogueFiles();
const NAMESPACES = [...new Set(FILES.map((f) => f.ns))];
const filesOf = (ns: string) => FILES.filter((f) => f.ns === ns);

/** A catalogue's keys as they are read: plural forms folded into one logical key. */
interface Logical {
  kind: 'plain' | 'plural' | 'ordinal';
  /** Form → value ("" for a plain key). */
  forms: Map<string, string>;
}

function logicalKeys(f: CatalogueFile): Map<string, Logical> {
  const flat = flatten(f.data).strings;
  const out = new Map<string, Logical>();
  for (const [key, value] of flat) {
    const p = pluralForm(key, flat);
    const id = p ? p.base : key;
    const kind = p ? (p.ordinal ? 'ordinal' : 'plural') : 'plain';
    const k = p?.ordinal ? `${id} (ordinal)` : id;
    if (!out.has(k)) out.set(k, { kind, forms: new Map() });
    out.get(k)!.forms.set(p ? p.category : '', value);
  }
  return out;
}

describe('catalogues', () => {
  it('the client has languages and catalogues', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['zh-CN', 'en']));
    expect(NAMESPACES).toContain('common');
  });

  it.each(NAMESPACES)('%s: one file per language, nothing else', (ns) => {
    const langs = filesOf(ns)
      .map((f) => f.lang)
      .sort();
    expect(langs).toEqual([...LANGS].sort());
  });

  it.each(NAMESPACES)('%s: only strings, none empty', (ns) => {
    const problems: string[] = [];
    for (const f of filesOf(ns)) {
      const { strings, others } = flatten(f.data);
      for (const k of others) problems.push(`${f.file}: ${k || '(root)'} is not a string`);
      for (const [k, v] of strings) if (!v.trim()) problems.push(`${f.file}: ${k} is empty`);
    }
    expect(problems).toEqual([]);
  });

  it.each(NAMESPACES)('%s: the same keys in every language, plural forms as each needs', (ns) => {
    const problems: string[] = [];
    const files = filesOf(ns);
    const keys = new Map(files.map((f) => [f.lang, logicalKeys(f)]));
    const all = new Set([...keys.values()].flatMap((m) => [...m.keys()]));
    for (const f of files) {
      const mine = keys.get(f.lang)!;
      for (const k of all) {
        const l = mine.get(k);
        if (!l) {
          const where = files.filter((g) => keys.get(g.lang)!.has(k)).map((g) => g.lang);
          problems.push(`${f.file}: missing ${k} (present in ${where.join(', ')})`);
          continue;
        }
        const kinds = new Set(files.map((g) => keys.get(g.lang)!.get(k)?.kind).filter(Boolean));
        if (kinds.size > 1) {
          problems.push(`${f.file}: ${k} is ${l.kind} here, ${[...kinds].join('/')} across languages`);
        }
        if (l.kind === 'plain') continue;
        const need = pluralCategories(f.lang, l.kind === 'ordinal');
        const have = [...l.forms.keys()];
        const suffix = l.kind === 'ordinal' ? '_ordinal_' : '_';
        const base = k.replace(/ \(ordinal\)$/, '');
        for (const c of need) {
          if (!have.includes(c))
            problems.push(`${f.file}: ${base}${suffix}${c} missing (${f.lang} needs ${need.join(', ')})`);
        }
        // _zero is i18next's own case for count 0, allowed in any language.
        for (const c of have) {
          if (!need.includes(c) && c !== 'zero') {
            problems.push(
              `${f.file}: ${base}${suffix}${c} is not a plural form of ${f.lang} (${need.join(', ')})`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(NAMESPACES)('%s: the same interpolation variables and nestings in every language', (ns) => {
    const problems: string[] = [];
    const files = filesOf(ns);
    const keys = new Map(files.map((f) => [f.lang, logicalKeys(f)]));
    const vars = (l: Logical | undefined) =>
      l ? [...new Set([...l.forms.values()].flatMap(placeholders))].sort().join(' ') : null;
    const en = keys.get('en') ?? keys.values().next().value!;
    for (const [k, l] of en) {
      const want = vars(l);
      for (const f of files) {
        const got = vars(keys.get(f.lang)!.get(k));
        if (got !== null && got !== want) {
          problems.push(`${f.file}: ${k} has {${got}} where en has {${want}}`);
        }
      }
    }
    // An English value that counts a plural noun ("{{count}} rows", "{{count}} dated items") must
    // have plural forms: i18next picks a form only among _one/_other keys ("1 rows" otherwise).
    const counted = /\{\{\s*count\s*\}\}\s+(?:[A-Za-z-]+\s+)?(?:[A-Za-z-]+s|people|children)\b/;
    for (const f of files.filter((g) => g.lang === 'en')) {
      for (const [k, l] of keys.get(f.lang)!) {
        if (l.kind === 'plain' && counted.test(l.forms.get('')!)) {
          problems.push(`${f.file}: ${k} shows {{count}} but has no plural forms (${k}_one, ${k}_other)`);
        }
      }
    }
    // Nested keys ($t(key)) exist.
    for (const f of files) {
      const flat = flatten(f.data).strings;
      const common = flatten(FILES.find((g) => g.ns === 'common' && g.lang === f.lang)?.data ?? {}).strings;
      for (const [k, v] of flat) {
        for (const p of placeholders(v).filter((x) => x.startsWith('$t('))) {
          const target = p.slice(3, -1).replace(/^[\w-]+:/, '');
          if (!flat.has(target) && !common.has(target) && !flat.has(`${target}_other`)) {
            problems.push(`${f.file}: ${k} nests ${p}, which does not exist`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(NAMESPACES)('%s: Chinese values are Chinese; Latin words only from the allowed list', (ns) => {
    const problems: string[] = [];
    for (const f of filesOf(ns).filter((g) => g.lang.startsWith('zh'))) {
      for (const [k, v] of flatten(f.data).strings) {
        const text = withoutPlaceholders(v);
        const latin = (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter(
          (w) =>
            w.length > 1 &&
            !ALLOWED_LATIN.has(w.toLowerCase()) &&
            !ALLOWED_LATIN.has(w.replace(/\d+$/, '').toLowerCase()),
        );
        if (latin.length) {
          problems.push(
            `${f.file}: ${k} = "${v}" has Latin words ${latin.map((w) => `"${w}"`).join(', ')} ` +
              `(translate them, or add a product/format name to ALLOWED_LATIN with its reason)`,
          );
        }
        // A value of allowed tokens only and no Chinese ("CSV", "PNG") is fine, as documented.
      }
    }
    expect(problems).toEqual([]);
  });
});

// ---- the source -----------------------------------------------------------------------------------

/** Files that are not the workspace's UI: the renderer benchmark page, its generated network,
 *  the test hook, generated operation types. */
const NOT_UI = [
  /^api\/__generated__\//,
  /^bench\.ts$/,
  /^graph\/generate\.ts$/,
  /^test-hook\.ts$/,
  /\.test\.tsx?$/,
  /\.d\.ts$/,
];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.tsx?$/.test(e.name)) {
        const rel = path.relative(CLIENT_SRC, abs).split(path.sep).join('/');
        if (!NOT_UI.some((re) => re.test(rel))) out.push(rel);
      }
    }
  };
  walk(CLIENT_SRC);
  return out.sort();
}

const SOURCES = sourceFiles().map((rel) => {
  const text = fs.readFileSync(path.join(CLIENT_SRC, rel), 'utf8');
  return {
    rel,
    text,
    lines: text.split('\n'),
    src: ts.createSourceFile(
      rel,
      text,
      ts.ScriptTarget.Latest,
      true,
      rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    ),
  };
});
type Source = (typeof SOURCES)[number];

const lineOf = (s: Source, n: ts.Node) => s.src.getLineAndCharacterOfPosition(n.getStart(s.src)).line;
const exempt = (s: Source, n: ts.Node) => {
  const l = lineOf(s, n);
  return /i18n-exempt/.test(s.lines[l] ?? '') || /i18n-exempt/.test(s.lines[l - 1] ?? '');
};
const at = (s: Source, n: ts.Node) => `client/src/${s.rel}:${lineOf(s, n) + 1}`;

/** The literal texts an expression can evaluate to, through ?:, &&, ||, ?? and parentheses. */
function literalTexts(e: ts.Expression | undefined): Array<{ text: string; node: ts.Node }> {
  if (!e) return [];
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [{ text: e.text, node: e }];
  if (ts.isTemplateExpression(e)) {
    return [
      { text: e.head.text, node: e },
      ...e.templateSpans.map((sp) => ({ text: sp.literal.text, node: sp.literal as ts.Node })),
    ];
  }
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) {
    return literalTexts(e.expression);
  }
  if (ts.isConditionalExpression(e)) return [...literalTexts(e.whenTrue), ...literalTexts(e.whenFalse)];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(e.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      return [...literalTexts(e.left), ...literalTexts(e.right)];
    }
  }
  return [];
}

const LETTERS = /\p{L}/u;
/** Attributes a person reads or hears. */
const USER_ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Object properties that carry text to show (drawer tab titles, column headers, busy texts). */
const UI_PROPS = new Set([
  'label',
  'title',
  'header',
  'text',
  'placeholder',
  'message',
  'description',
  'caption',
  'tooltip',
  'hint',
  'ariaLabel',
  'emptyText',
]);
const KEY_LIKE = /^[a-z][\w-]*(?:[.:][\w-]+)+$/;
/** Prose rather than a code: Chinese, two words, or a capitalised word. */
const PROSE = (s: string) =>
  /\p{Script=Han}/u.test(s) || /[A-Za-z]{2,}\s+[A-Za-z]/.test(s) || /^\s*[A-Z][a-z]+/.test(s);

function hardCodedStrings(s: Source): string[] {
  const out: string[] = [];
  const flag = (n: ts.Node, what: string, text: string) => {
    if (!exempt(s, n)) out.push(`${at(s, n)}: ${what} "${text.trim().replace(/\s+/g, ' ').slice(0, 60)}"`);
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && !n.containsOnlyTriviaWhiteSpaces && LETTERS.test(n.text)) {
      flag(n, 'JSX text', n.text);
    } else if (
      ts.isJsxExpression(n) &&
      n.expression &&
      (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))
    ) {
      for (const l of literalTexts(n.expression)) if (LETTERS.test(l.text)) flag(l.node, 'JSX child', l.text);
    } else if (ts.isJsxAttribute(n)) {
      const name = n.name.getText(s.src);
      if (USER_ATTRS.has(name) && n.initializer) {
        const texts = ts.isStringLiteral(n.initializer)
          ? [{ text: n.initializer.text, node: n.initializer as ts.Node }]
          : ts.isJsxExpression(n.initializer)
            ? literalTexts(n.initializer.expression)
            : [];
        for (const l of texts) if (LETTERS.test(l.text)) flag(l.node, `${name}=`, l.text);
      }
    } else if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) {
      if (UI_PROPS.has(n.name.text)) {
        for (const l of literalTexts(n.initializer)) {
          if (PROSE(l.text) && !KEY_LIKE.test(l.text)) flag(l.node, `${n.name.text}:`, l.text);
        }
      }
    } else if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const texts =
        name === 'notify'
          ? literalTexts(n.arguments[1])
          : ['alert', 'confirm', 'prompt'].includes(name) && ts.isIdentifier(callee)
            ? literalTexts(n.arguments[0])
            : [];
      for (const l of texts) if (LETTERS.test(l.text)) flag(l.node, `${name}(…)`, l.text);
    } else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(n.left) &&
      ['textContent', 'innerText', 'innerHTML', 'title', 'placeholder', 'ariaLabel'].includes(
        n.left.name.text,
      )
    ) {
      for (const l of literalTexts(n.right))
        if (LETTERS.test(l.text)) flag(l.node, `.${n.left.name.text} =`, l.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(s.src);
  return out;
}

// Keys: ns → lang → flat keys.
const KEYS = new Map<string, Map<string, Map<string, string>>>();
for (const f of FILES) {
  if (!KEYS.has(f.ns)) KEYS.set(f.ns, new Map());
  KEYS.get(f.ns)!.set(f.lang, flatten(f.data).strings);
}

/** Languages in which `key` (or its plural forms, or, for a prefix, a key under it) is missing. */
function missingIn(ns: string, key: string, prefix = false): string[] {
  const has = (n: string, lang: string) => {
    const m = KEYS.get(n)?.get(lang);
    if (!m) return false;
    if (prefix) return [...m.keys()].some((k) => k.startsWith(key));
    return m.has(key) || m.has(`${key}_other`) || m.has(`${key}_ordinal_other`);
  };
  return LANGS.filter((lang) => !has(ns, lang) && !has('common', lang));
}

interface Binding {
  ns: string;
  keyPrefix?: string;
}

/** Where the source asks for a key that no catalogue has. */
function missingKeys(s: Source): string[] {
  const out: string[] = [];
  const scopes = new Map<ts.Node, Map<string, Binding>>();
  const scopeOf = (n: ts.Node): ts.Node => {
    for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p) || ts.isSourceFile(p)) return p;
    return s.src;
  };
  const bind = (n: ts.Node, name: string, b: Binding) => {
    const sc = scopeOf(n);
    if (!scopes.has(sc)) scopes.set(sc, new Map());
    scopes.get(sc)!.set(name, b);
  };
  const lookup = (n: ts.Node, name: string): Binding | undefined => {
    for (let p: ts.Node | undefined = n; p; p = p.parent) {
      if (ts.isFunctionLike(p) || ts.isSourceFile(p)) {
        const b = scopes.get(p)?.get(name);
        if (b) return b;
      }
    }
    return undefined;
  };
  const str = (e: ts.Expression | undefined) =>
    e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined;
  const prop = (o: ts.Expression | undefined, name: string) =>
    o && ts.isObjectLiteralExpression(o)
      ? o.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
        )
      : undefined;

  // First the bindings: const { t } = useTranslation('ns'); const t = i18next.t.bind(i18next).
  const collect = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && n.initializer && ts.isCallExpression(n.initializer)) {
      const call = n.initializer;
      const callee = call.expression.getText(s.src);
      if (/(^|\.)useTranslation$/.test(callee) && ts.isObjectBindingPattern(n.name)) {
        const a0 = call.arguments[0];
        const ns = a0
          ? (str(a0) ??
            (ts.isArrayLiteralExpression(a0) ? str(a0.elements[0] as ts.Expression) : undefined) ??
            '?')
          : 'common';
        const kp = prop(call.arguments[1], 'keyPrefix');
        const keyPrefix = kp ? str(kp.initializer) : undefined;
        if (ns !== '?' && !KEYS.has(ns))
          out.push(`${at(s, call)}: useTranslation('${ns}'): no catalogue for ${ns}`);
        for (const el of n.name.elements) {
          const property = (el.propertyName ?? el.name).getText(s.src);
          if (property === 't' && ts.isIdentifier(el.name) && ns !== '?')
            bind(n, el.name.text, { ns, keyPrefix });
        }
      } else if (/^i18n(ext)?\.t\.bind$/.test(callee) && ts.isIdentifier(n.name)) {
        bind(n, n.name.text, { ns: 'common' });
      }
    }
    ts.forEachChild(n, collect);
  };
  collect(s.src);

  const check = (call: ts.CallExpression, b: Binding) => {
    const opts = call.arguments[1];
    if (prop(opts, 'defaultValue')) return;
    const nsOpt = prop(opts, 'ns');
    const ns = (nsOpt && str(nsOpt.initializer)) ?? b.ns;
    const arg = call.arguments[0];
    const candidates: ts.Expression[] = [];
    const gather = (e: ts.Expression | undefined) => {
      if (!e) return;
      if (ts.isParenthesizedExpression(e)) gather(e.expression);
      else if (ts.isConditionalExpression(e)) {
        gather(e.whenTrue);
        gather(e.whenFalse);
      } else candidates.push(e);
    };
    gather(arg);
    for (const e of candidates) {
      let key = str(e);
      let prefix = false;
      if (key === undefined && ts.isTemplateExpression(e)) {
        const head = e.head.text;
        if (!head.includes('.')) continue;
        key = head.slice(0, head.lastIndexOf('.') + 1);
        prefix = true;
      }
      if (key === undefined) continue;
      let keyNs = ns;
      const m = /^([\w-]+):(.+)$/.exec(key);
      if (m && KEYS.has(m[1]!)) [keyNs, key] = [m[1]!, m[2]!];
      const full = b.keyPrefix ? `${b.keyPrefix}.${key}` : key;
      const missing = missingIn(keyNs, full, prefix);
      if (missing.length) {
        const what = prefix
          ? 'no key under'
          : missingIn(keyNs, `${full}.`, true).length < missing.length
            ? 'a group of keys, not a text:'
            : 'missing key';
        out.push(`${at(s, e)}: ${what} ${keyNs}:${full} (${missing.join(', ')})`);
      }
    }
  };

  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (ts.isIdentifier(callee)) {
        const b = lookup(n, callee.text);
        if (b) check(n, b);
      } else if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 't' &&
        /^i18n(ext)?$/.test(callee.expression.getText(s.src))
      ) {
        check(n, { ns: 'common' });
      }
    } else if (
      ts.isPropertyAssignment(n) &&
      ts.isIdentifier(n.name) &&
      /^(label|labelKey|titleKey|i18nKey)$/.test(n.name.text)
    ) {
      // Keys kept in data (the task registry's labels): in some catalogue, in every language.
      const key = str(n.initializer);
      if (key && /^[a-z][\w-]*(\.[\w-]+)+$/.test(key)) {
        const missing = LANGS.filter((lang) => ![...KEYS.values()].some((m) => m.get(lang)?.has(key)));
        if (missing.length) out.push(`${at(s, n)}: missing key ${key} (${missing.join(', ')})`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(s.src);
  return out;
}

describe('client source', () => {
  it('has files to check', () => {
    expect(SOURCES.length).toBeGreaterThan(10);
    expect(SOURCES.some((s) => s.rel === 'app/Shell.tsx')).toBe(true);
  });

  it('shows no text of its own: JSX text, user-facing attributes, UI properties and notices go through i18next', () => {
    expect(SOURCES.flatMap(hardCodedStrings)).toEqual([]);
  });

  it('asks only for keys the catalogues have, in every language', () => {
    expect(SOURCES.flatMap(missingKeys)).toEqual([]);
  });
});

describe('the layout checks: text heuristics', () => {
  const zh = (s: string, dataTokens?: string[]) => untranslatedReason(s, 'zh-CN', { dataTokens });

  it('flags English UI text in the Chinese UI', () => {
    for (const s of [
      'Coming soon.',
      'Sign out',
      'Export CSV',
      'No matches for “王伟”.',
      '3 rows',
      'Open',
      'expected from < to, got 2 and 1',
      '共 3 个 gangs',
      'May 3, 2024',
    ]) {
      expect(zh(s), s).not.toBeNull();
    }
  });

  it('passes Chinese, data and allowed tokens', () => {
    for (const s of [
      '即将推出。',
      '导出 CSV',
      'Crimegraph 犯罪网络分析',
      'Wang Longliang',
      'Wang Gang',
      "Xi'an",
      '+86 189 6724 5342',
      '豫H·RQ948',
      'OPPO',
      'Honda CR-V',
      'LVTF6Y4ZD6VGXBDSC',
      'ForceAtlas2 布局',
      '2024年5月3日',
      '28,700 CNY',
    ]) {
      expect(zh(s), s).toBeNull();
    }
    expect(zh('detective · 侦查员', ['detective'])).toBeNull();
    expect(zh('detective · 侦查员')).not.toBeNull();
  });

  it('flags Chinese catalogue text in the English UI, not Chinese data', () => {
    expect(untranslatedReason('退出登录', 'en')).toMatch(/Chinese text of common:header.signOut/);
    expect(untranslatedReason('王伟', 'en')).toBeNull();
    expect(untranslatedReason('Coming soon.', 'en')).toBeNull();
  });

  it('reads pinyin as pinyin', () => {
    for (const w of ['Wang', 'Longliang', 'Zhuang', "Xi'an", 'Panjiayuan']) expect(isPinyin(w), w).toBe(true);
    for (const w of ['Gangs', 'Strategy', 'Coming', 'Export']) expect(isPinyin(w), w).toBe(false);
  });

  it('finds ids, epoch numbers, UUIDs and raw values', () => {
    const checks = (s: string) => idLeaks(s).map(([c]) => c);
    expect(checks('Person:P42-06265388')).toEqual(['entity-id-visible']);
    expect(checks('卖家 P42-06265388')).toEqual(['entity-id-visible']);
    expect(checks('SL42-000000000123')).toEqual(['entity-id-visible']);
    expect(checks('K42--941756116461')).toEqual(['entity-id-visible']);
    expect(checks('时间 1694894424000')).toEqual(['epoch-visible']);
    expect(checks('run 3f2b6c1e-8a4d-4f7b-9c2e-1d5a6b7c8d9e')).toEqual(['uuid-visible']);
    expect(checks('documentIds ["a"]')).toEqual(['raw-value-visible']);
    expect(checks('2023-09-16T20:00:24.000Z')).toEqual(['raw-value-visible']);
    for (const ok of [
      '+86 189 6724 5342',
      '2024年5月3日',
      '28,700 CNY',
      '110101199003071234',
      'Honda CR-V',
      '共 3 人',
    ]) {
      expect(checks(ok), ok).toEqual([]);
    }
  });

  it('finds i18n keys shown as text', () => {
    expect(rawKey('table.rows')).toBe(true);
    expect(rawKey('search:col.name')).toBe(true);
    expect(rawKey('Haipai Auction Co.')).toBe(false);
    expect(rawKey('gangs.csv')).toBe(false);
    expect(rawKey('表格')).toBe(false);
  });
});

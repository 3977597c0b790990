// The language layer (i18next). Catalogues: i18n/locales/<lang>.json for the shell and shared
// words (entity types, link types, errors), and features/<feature>/locales/<lang>.json for each
// feature, loaded as the i18next namespace named after the feature's folder. A new language is one
// more file beside each en.json, and one entry in LANGUAGES.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'zh-CN', name: '简体中文' },
  { code: 'en', name: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const LANG_KEY = 'crimegraph.lang';

type Catalogue = Record<string, unknown>;
const shared = import.meta.glob<Catalogue>('./locales/*.json', { eager: true, import: 'default' });
const features = import.meta.glob<Catalogue>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});

/** { en: { common: {...}, paths: {...} }, 'zh-CN': {...} } from the files above. */
export function catalogues(): Record<string, Record<string, Catalogue>> {
  const out: Record<string, Record<string, Catalogue>> = {};
  for (const [file, cat] of Object.entries(shared)) {
    const lang = file.match(/([\w-]+)\.json$/)![1]!;
    (out[lang] ??= {}).common = cat;
  }
  for (const [file, cat] of Object.entries(features)) {
    const [, ns, lang] = file.match(/features\/([\w-]+)\/locales\/([\w-]+)\.json$/)!;
    (out[lang!] ??= {})[ns!] = cat;
  }
  return out;
}

/** The saved choice, else the browser's language when we have it, else Chinese. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(LANG_KEY);
  if (LANGUAGES.some((l) => l.code === saved)) return saved as Language;
  for (const pref of navigator.languages ?? [navigator.language]) {
    if (/^zh\b/i.test(pref)) return 'zh-CN';
    if (/^en\b/i.test(pref)) return 'en';
  }
  return 'zh-CN';
}

export async function initI18n(): Promise<typeof i18next> {
  const resources = catalogues();
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: false,
    supportedLngs: LANGUAGES.map((l) => l.code),
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(LANG_KEY, lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

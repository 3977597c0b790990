// What a person reads for an entity: one caption rule per entity type (a relic by its description
// and period, a sale by its parties, date and price, a call by its parties and time, a person by
// name, in characters with their pinyin where the record has both). Ids never show as captions;
// they belong in the "identifiers" section of the details. Words of the rules are in the common
// catalogue (caption.*) and the details catalogue (details:caption.*, details:period.*).
import i18next from 'i18next';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format.ts';

/** Names of an event's parties, already captioned, when the caller knows them. */
export interface Parties {
  /** Sellers and buyers of a sale. */
  sellers?: string[];
  buyers?: string[];
  /** Caller and callee of a call (a person's name when known, else the number). */
  from?: string;
  to?: string;
  /** The vehicle of a sighting (its plate). */
  vehicle?: string;
}

export interface CaptionInput {
  id: string;
  type: string;
  label?: string | null;
  at?: number | null;
  price?: number | null;
  currency?: string | null;
  properties?: Record<string, unknown> | null;
  parties?: Parties | null;
}

/** Resolves the caption of another entity (the parties of a sale or call), when known. */
export type Lookup = (id: string) => string | undefined;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(str).filter((s): s is string => !!s) : str(v) ? [str(v)!] : [];

/**
 * Looks like an identifier rather than a name: "SL42-000123", "K42--941756116461", "P42-06265388",
 * a UUID, a "<Type>:<key>" uid, a database element id ("5:…:2858"), a "<source>#<line>" record
 * reference, an epoch number or a long digit string (an ID number, an IMEI).
 */
export function looksLikeId(s: string): boolean {
  const v = s.trim();
  return (
    /^[A-Z]{1,4}\d{0,4}-[\dA-F-]{4,}$/i.test(v) ||
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(v) ||
    /^[\w.-]+:\S+$/.test(v) ||
    /^\S+#\d+$/.test(v) ||
    /^\d{10,}[\dX]?$/i.test(v)
  );
}

// ---- names in characters and pinyin -------------------------------------------------------------

const HAN = /\p{Script=Han}/u;
const hasHan = (s: string) => HAN.test(s);
const onlyHan = (s: string) => /^[\p{Script=Han}·・\s]+$/u.test(s);

/** Every syllable of Mandarin pinyin, without tones. */
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce ' +
    'cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun ' +
    'chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu ' +
    'dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge ' +
    'gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou ' +
    'hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai ' +
    'kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng ' +
    'li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve lue ma mai man mang mao me ' +
    'mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang ' +
    'niao nie nin ning niu nong nou nu nuan nuo nv nve nue o ou pa pai pan pang pao pei pen peng pi pian ' +
    'piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao ' +
    're ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao ' +
    'she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ' +
    'ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen ' +
    'weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying ' +
    'yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen ' +
    'zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** The common surnames and their readings, simplified and traditional (复姓 too). */
const SURNAMES: Record<string, string> = Object.fromEntries(
  (
    '王wang 李li 张zhang 張zhang 刘liu 劉liu 陈chen 陳chen 杨yang 楊yang 黄huang 黃huang 赵zhao 趙zhao ' +
    '吴wu 吳wu 周zhou 徐xu 孙sun 孫sun 马ma 馬ma 朱zhu 胡hu 郭guo 何he 林lin 高gao 罗luo 羅luo 郑zheng ' +
    '鄭zheng 梁liang 谢xie 謝xie 宋song 唐tang 许xu 許xu 韩han 韓han 冯feng 馮feng 邓deng 鄧deng 曹cao ' +
    '彭peng 曾zeng 肖xiao 萧xiao 蕭xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔣jiang 蔡cai 余yu 杜du ' +
    '叶ye 葉ye 程cheng 苏su 蘇su 魏wei 吕lv 呂lv 丁ding 任ren 沈shen 姚yao 卢lu 盧lu 姜jiang 崔cui ' +
    '钟zhong 鍾zhong 谭tan 譚tan 陆lu 陸lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 賈jia 夏xia 韦wei ' +
    '韋wei 付fu 傅fu 方fang 白bai 邹zou 鄒zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan ' +
    '閆yan 段duan 雷lei 侯hou 龙long 龍long 史shi 陶tao 黎li 贺he 賀he 顾gu 顧gu 毛mao 郝hao 龚gong ' +
    '龔gong 邵shao 万wan 萬wan 钱qian 錢qian 严yan 嚴yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang ' +
    '湯tang 单shan 單shan 常chang 康kang 施shi 牛niu 洪hong 欧阳ouyang 歐陽ouyang 司马sima 司馬sima ' +
    '诸葛zhuge 諸葛zhuge 上官shangguan 东方dongfang 東方dongfang'
  )
    .split(' ')
    .map((s) => {
      const m = s.match(/^(\p{Script=Han}+)([a-z]+)$/u)!;
      return [m[1]!, m[2]!];
    }),
);

/** Nickname prefixes (小王, 老李, 大刘, 阿强) written in pinyin: a nickname, not the name's reading. */
const NICKNAME = new Set(['xiao', 'lao', 'da', 'a', 'ah']);

const toneless = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\u0308/g, 'v') // ü → v
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The ways a word may split into pinyin syllables, as lists of syllables (at most a few). */
function syllabify(word: string): string[][] {
  const memo = new Map<number, string[][]>();
  const from = (i: number): string[][] => {
    if (i === word.length) return [[]];
    const known = memo.get(i);
    if (known) return known;
    const out: string[][] = [];
    for (let j = Math.min(word.length, i + 6); j > i && out.length < 8; j--) {
      const s = word.slice(i, j);
      if (SYLLABLES.has(s)) for (const rest of from(j)) out.push([s, ...rest]);
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/** True when `latin` reads as the pinyin of the Han name `han` ("Wang Jun" for 王军). */
export function isPinyinOf(latin: string, han: string): boolean {
  if (hasHan(latin) || !/^[\p{L}\s'’·-]+$/u.test(latin)) return false;
  const chars = [...han.replace(/[·・\s]/g, '')];
  const words = toneless(latin)
    .split(/[\s'’·-]+/)
    .filter(Boolean);
  if (!words.length || chars.length < 2 || chars.length > 6) return false;
  // Every split of each word into syllables, combined: is there one with a syllable per character?
  let splits: string[][] = [[]];
  for (const w of words) {
    const ways = syllabify(w);
    if (!ways.length) return false;
    splits = splits.flatMap((s) => ways.map((x) => [...s, ...x])).slice(0, 32);
  }
  const fits = splits.filter((s) => s.length === chars.length);
  if (!fits.length) return false;
  const surname = SURNAMES[chars.slice(0, 2).join('')] ?? SURNAMES[chars[0]!];
  if (surname) {
    const twoChar = SURNAMES[chars.slice(0, 2).join('')] !== undefined;
    return fits.some((s) => (twoChar ? s[0]! + s[1]! : s[0]!) === surname);
  }
  return !NICKNAME.has(words[0]!);
}

/** A person's name as read: "王军 (Wang Jun)" when the record has both forms, else the one it has. */
function personName(p: Record<string, unknown>, label: string | undefined): string | undefined {
  const first = str(p.name) ?? str(p.fullName) ?? str(p.nameZh);
  const surname = str(p.surname);
  const name = first && surname && !first.includes(surname) ? `${first} ${surname}` : first;
  const candidates = [
    name,
    str(p.nameZh),
    str(p.chineseName),
    str(p.namePinyin),
    str(p.pinyin),
    str(p.nameLatin),
    ...strs(p.aliases),
  ].filter((s): s is string => !!s);
  const han = candidates.find(onlyHan);
  if (han) {
    const latin = candidates.find((c) => c !== han && isPinyinOf(c, han));
    if (latin) return i18next.t('details:caption.personPinyin', { hanzi: han, pinyin: latin });
  }
  if (name) return name;
  return label && !looksLikeId(label) ? label : undefined;
}

// ---- the rules -----------------------------------------------------------------------------------

/** A relic's period in the reader's language ("Qing" → "清代"); as written when not known. */
export function periodName(period: string): string {
  const key = period.trim().replace(/\s+/g, '_');
  return i18next.t(`details:period.${key}`, { defaultValue: period.trim() });
}

const nameOrNumber = (p: Record<string, unknown>, label: string | undefined) =>
  str(p.name) ?? str(p.number) ?? str(p.plate) ?? (label && !looksLikeId(label) ? label : undefined);

const partyList = (names: string[] | undefined) =>
  names && names.length ? names.join(i18next.t('details:caption.and')) : undefined;

export function caption(e: CaptionInput, lookup?: Lookup): string {
  const p = e.properties ?? {};
  const t = i18next.t.bind(i18next);
  const at = e.at ?? num(p.at) ?? num(p.date) ?? num(p.startedAt);
  const label = str(e.label);
  const unknown = () => t('caption.unknown', { type: typeName(e.type) });
  const parties = e.parties ?? {};
  switch (e.type) {
    case 'Person':
      return personName(p, label) ?? unknown();
    case 'Relic': {
      const description =
        str(p.description) ?? str(p.name) ?? (label && !looksLikeId(label) ? label : undefined);
      const period = str(p.period) ?? str(p.dynasty);
      if (!description)
        return period ? t('details:caption.relicOfPeriod', { period: periodName(period) }) : unknown();
      // "Qing mural fragment" already says its period: say it once, in the reader's words.
      if (period && description.toLowerCase().includes(period.toLowerCase())) {
        const rest = description.slice(
          description.toLowerCase().indexOf(period.toLowerCase()) + period.length,
        );
        if (i18next.language.startsWith('zh') && description.toLowerCase().startsWith(period.toLowerCase()))
          return t('caption.relicPeriod', { description: rest.trim(), period: periodName(period) });
        return t('caption.relic', { description });
      }
      return period
        ? t('caption.relicPeriod', { description, period: periodName(period) })
        : t('caption.relic', { description });
    }
    case 'Sale': {
      const amount = e.price ?? num(p.price);
      const price = formatMoney(amount, e.currency ?? str(p.currency));
      const date = formatDate(at);
      const seller = partyList(parties.sellers) ?? (str(p.seller) ? lookup?.(p.seller as string) : undefined);
      const buyer = partyList(parties.buyers) ?? (str(p.buyer) ? lookup?.(p.buyer as string) : undefined);
      if (seller && buyer) return t('caption.saleParties', { seller, buyer, date, price });
      if (seller || buyer)
        return t(seller ? 'details:caption.saleBy' : 'details:caption.saleTo', {
          party: seller ?? buyer,
          date,
          price,
        });
      return at === undefined && amount === undefined ? unknown() : t('caption.sale', { date, price });
    }
    case 'Call': {
      const from = parties.from ?? (str(p.from) ? lookup?.(p.from as string) : undefined);
      const to = parties.to ?? (str(p.to) ? lookup?.(p.to as string) : undefined);
      const date = formatDateTime(at);
      return from && to ? t('caption.callParties', { from, to, date }) : t('caption.call', { date });
    }
    case 'Sighting': {
      const plate = parties.vehicle ?? str(p.plate);
      const date = formatDateTime(at);
      const place = str(p.place) ?? str(p.camera);
      if (plate && place) return t('details:caption.sightingAt', { plate, place, date });
      if (plate) return t('caption.sightingOf', { plate, date });
      return place ? t('details:caption.sightingPlace', { place, date }) : t('caption.sighting', { date });
    }
    case 'Case': {
      const title = str(p.title) ?? str(p.summary) ?? (label && !looksLikeId(label) ? label : undefined);
      return title ? (at ? t('caption.case', { title, date: formatDate(at) }) : title) : unknown();
    }
    case 'Phone':
      return str(p.number) ?? (label && !looksLikeId(label) ? label : undefined) ?? unknown();
    case 'Vehicle': {
      const plate = str(p.plate) ?? (label && !looksLikeId(label) ? label : undefined);
      return plate ?? unknown();
    }
    case 'Site':
      return str(p.name) ?? str(p.place) ?? (label && !looksLikeId(label) ? label : undefined) ?? unknown();
    case 'Community':
      return label ?? unknown();
    case 'Group':
      return label ?? unknown();
    default:
      return nameOrNumber(p, label) ?? unknown();
  }
}

/** The entity type in the reader's language. */
export const typeName = (type: string): string => i18next.t(`entity.${type}`, { defaultValue: type });
/** The link type in the reader's language. */
export const relName = (type: string): string =>
  i18next.t(`rel.${type}`, { defaultValue: type.toLowerCase().replace(/_/g, ' ') });

// Why a record (or a file) was rejected, in the reader's language. Every reject carries a stable
// `code` and its `params` (the values the sentence names: what was expected, what was found) beside
// the English `reason`; REASONS is the one catalogue: for each code its English text (exactly as the
// reports have always said it) and its Chinese (zh-CN) text in the words of public-security data
// work. localizeReject renders a reject in a language: Chinese names the line and the field
// (第12行 字段「身份证号」校验位错误，应为 X); English stays as it was (file, line and field are
// their own columns). tests/unit/ingest-reasons.test.ts walks the catalogue.
import type { EntityType } from '../model/model.ts';

export const REPORT_LANGUAGES = ['en', 'zh-CN'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/**
 * A language tag as users give it (zh-CN, zh_CN.UTF-8, zh-Hans, zh, en-GB, an Accept-Language
 * list...) → the report language: Chinese for any zh, English otherwise. Undefined for no tag.
 */
export function reportLanguageOf(tag: string | undefined | null): ReportLanguage | undefined {
  const t = tag?.trim();
  if (!t) return undefined;
  const first = t.split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  if (!first || first === 'c' || first === 'posix') return undefined;
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

export type Param = string | number | readonly string[];
export type Params = Readonly<Record<string, Param>>;
type P = Readonly<Record<string, Param | undefined>>;

interface Entry {
  en: (p: P) => string;
  'zh-CN': (p: P) => string;
  /** Params a render of this code is tested with (tests/unit/ingest-reasons.test.ts). */
  sample: Params;
}

/** A param as text (lists joined the English way). */
const s = (v: Param | undefined): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
/** A param as English reports quote what they got: JSON. */
const q = (v: Param | undefined): string => JSON.stringify(s(v));
/** A list param joined the Chinese way. */
const zl = (v: Param | undefined): string => (Array.isArray(v) ? v.join('、') : String(v ?? ''));
/** What the record said, quoted the Chinese way. */
const zq = (v: Param | undefined): string => `“${s(v)}”`;

const TYPE_ZH: Readonly<Record<EntityType, string>> = {
  Person: '人员',
  Phone: '电话号码',
  Vehicle: '车辆',
  Relic: '文物',
  Site: '地点',
  Case: '案件',
  Sale: '交易',
  Call: '通话',
  Sighting: '过车记录',
  Group: '团伙',
};
const typeZh = (v: Param | undefined) => TYPE_ZH[s(v) as EntityType] ?? s(v);
const SEX_ZH: Readonly<Record<string, string>> = { male: '男', female: '女' };
const sexZh = (v: Param | undefined) => SEX_ZH[s(v)] ?? s(v);

function numberRangeEn(p: P): string {
  if (p.min !== undefined && p.max !== undefined) return ` from ${s(p.min)} to ${s(p.max)}`;
  if (p.min !== undefined) return ` of at least ${s(p.min)}`;
  return '';
}
function numberZh(p: P): string {
  const what = p.int ? '整数' : '数字';
  if (p.min !== undefined && p.max !== undefined) return `${s(p.min)} 至 ${s(p.max)} 之间的${what}`;
  if (p.min !== undefined) return `不小于 ${s(p.min)} 的${what}`;
  return what;
}

const PHONE_EXPECTED_EN =
  'expected a +86 mobile number (11 digits from 13 to 19), a fixed-line number (0, an area code and 7 or 8 digits), ' +
  'or an international number with + and its country code';
const PHONE_EXPECTED_ZH =
  '应为 +86 手机号（13 至 19 开头的 11 位数字）、固定电话（0、区号及 7 至 8 位号码）或带 + 和国家代码的国际号码';

const e = (x: Entry) => x;

export const REASONS = {
  // --- any field (fields.ts) ---------------------------------------------------------------
  'field.required': e({
    en: () => 'is required and was empty',
    'zh-CN': () => '为必填项，但为空',
    sample: {},
  }),
  'number.invalid': e({
    en: (p) => `expected ${p.int ? 'a whole number' : 'a number'}${numberRangeEn(p)}, got ${q(p.got)}`,
    'zh-CN': (p) => `应为${numberZh(p)}，实际为${zq(p.got)}`,
    sample: { int: 1, min: 1880, max: 2100, got: 'abc' },
  }),
  'number.out-of-range': e({
    en: (p) => `expected ${p.int ? 'a whole number' : 'a number'}${numberRangeEn(p)}, got ${s(p.got)}`,
    'zh-CN': (p) => `应为${numberZh(p)}，实际为 ${s(p.got)}`,
    sample: { int: 0, min: 0, max: 1, got: '2' },
  }),
  'time.invalid': e({
    en: (p) => `expected an ISO 8601 date such as 2024-05-01 or 2024-05-01T13:45:00Z, got ${q(p.got)}`,
    'zh-CN': (p) => `应为 ISO 8601 日期或时间，如 2024-05-01 或 2024-05-01T13:45:00Z，实际为${zq(p.got)}`,
    sample: { got: '2024-13-01' },
  }),
  'partial-date.invalid': e({
    en: (p) =>
      'expected a date (2019-05-03), a month (2019-05), a year (2019, c. 1995), a decade (1990s) or ' +
      `unknown, got ${q(p.got)}`,
    'zh-CN': (p) =>
      `应为日期（2019-05-03）、年月（2019-05）、年份（2019、约1995）、年代（1990年代）或“不详”，实际为${zq(p.got)}`,
    sample: { got: 'soon' },
  }),
  'day.invalid': e({
    en: (p) => `expected a date as yyyy-mm-dd, got ${q(p.got)}`,
    'zh-CN': (p) => `应为“年-月-日”格式的日期（如 1990-01-31），实际为${zq(p.got)}`,
    sample: { got: '1990-13-01' },
  }),
  'one-of.required': e({
    en: (p) => `is required: one of ${s(p.values)}`,
    'zh-CN': (p) => `为必填项，应为以下之一：${zl(p.values)}`,
    sample: { values: ['theft', 'smuggling'] },
  }),
  'one-of.invalid': e({
    en: (p) => `expected one of ${s(p.values)}, got ${q(p.got)}`,
    'zh-CN': (p) => `应为以下之一：${zl(p.values)}，实际为${zq(p.got)}`,
    sample: { values: ['theft', 'smuggling'], got: 'arson' },
  }),
  'sex.invalid': e({
    en: (p) => `expected one of ${s(p.values)} (or m, f, 男, 女), got ${q(p.got)}`,
    'zh-CN': (p) => `应为“男”或“女”（也可写 ${zl(p.values)}、m、f），实际为${zq(p.got)}`,
    sample: { values: ['male', 'female'], got: 'x' },
  }),
  'key.invalid': e({
    en: (p) => `expected a ${s(p.type).toLowerCase()} identifier, got ${q(p.got)}`,
    'zh-CN': (p) => `应为有效的${typeZh(p.type)}标识，实际为${zq(p.got)}`,
    sample: { type: 'Phone', got: 'none' },
  }),
  // --- the documented layouts (layouts.ts) ---------------------------------------------------
  'weight.invalid': e({
    en: (p) => `expected a positive number (absent means 1), got ${q(p.got)}`,
    'zh-CN': (p) => `应为正数（不填即为 1），实际为${zq(p.got)}`,
    sample: { got: '-2' },
  }),
  'directed.invalid': e({
    en: (p) => `expected directed or undirected (yes/no, true/false), got ${q(p.got)}`,
    'zh-CN': (p) =>
      `应为“有向”或“无向”（也可写 directed/undirected、yes/no、true/false），实际为${zq(p.got)}`,
    sample: { got: 'maybe' },
  }),
  'entity-type.invalid': e({
    en: (p) => `expected an entity type (${s(p.types)}), got ${q(p.got)}`,
    'zh-CN': (p) => `应为实体类型（${zl(p.types)}），实际为${zq(p.got)}`,
    sample: { types: ['Person', 'Phone'], got: 'Cat' },
  }),
  'person.birth-date-conflict': e({
    en: (p) => `is ${s(p.got)}, but idNumber ${s(p.idNumber)} says ${s(p.expected)}`,
    'zh-CN': (p) => `为 ${s(p.got)}，与身份证号 ${s(p.idNumber)} 中的出生日期 ${s(p.expected)} 不符`,
    sample: { got: '1990-01-01', idNumber: '330102199201015678', expected: '1992-01-01' },
  }),
  'person.sex-conflict': e({
    en: (p) => `is ${s(p.got)}, but idNumber ${s(p.idNumber)} says ${s(p.expected)}`,
    'zh-CN': (p) =>
      `为“${sexZh(p.got)}”，与身份证号 ${s(p.idNumber)} 所示性别“${sexZh(p.expected)}”不符（第17位奇数为男、偶数为女）`,
    sample: { got: 'female', idNumber: '330102199201015678', expected: 'male' },
  }),
  'link.type-invalid': e({
    en: (p) => `expected one of ${s(p.types)}, got ${q(p.got)}`,
    'zh-CN': (p) => `应为以下关系类型之一：${zl(p.types)}，实际为${zq(p.got)}`,
    sample: { types: ['USES', 'OWNS'], got: 'LOVES' },
  }),
  'link.type-reserved': e({
    en: (p) =>
      `expected one of ${s(p.types)}, got ${q(p.got)}, a relationship type the service uses (${s(p.use)})`,
    'zh-CN': (p) =>
      `应为以下关系类型之一：${zl(p.types)}，实际为${zq(p.got)}，这是系统保留的关系类型（${s(p.use)}）`,
    sample: { types: ['USES', 'OWNS'], got: 'CALLS', use: 'derived call summaries' },
  }),
  'edge.identifier-invalid': e({
    en: (p) => `expected a ${s(p.type)} identifier, got ${q(p.got)}`,
    'zh-CN': (p) => `应为有效的${typeZh(p.type)}标识，实际为${zq(p.got)}`,
    sample: { type: 'Phone', got: 'n/a' },
  }),
  'edge.self-tie': e({
    en: () => 'a tie needs two different people (from and to are the same)',
    'zh-CN': () => '关系两端须为不同的人员（from 与 to 相同）',
    sample: {},
  }),
  'edge.kind-invalid': e({
    en: (p) => `a ${s(p.fromType)}–${s(p.toType)} tie is one of ${s(p.kinds)}; got ${q(p.got)}`,
    'zh-CN': (p) =>
      `${typeZh(p.fromType)}与${typeZh(p.toType)}之间的关系应为以下之一：${zl(p.kinds)}，实际为${zq(p.got)}`,
    sample: { fromType: 'Person', toType: 'Vehicle', kinds: ['OWNS', 'DRIVES'], got: 'rents' },
  }),
  'edge.kind-missing': e({
    en: (p) => `a ${s(p.fromType)}–${s(p.toType)} tie is one of ${s(p.kinds)}; say which in kind`,
    'zh-CN': (p) =>
      `${typeZh(p.fromType)}与${typeZh(p.toType)}之间的关系为以下之一：${zl(p.kinds)}，请在 kind 列中注明`,
    sample: { fromType: 'Person', toType: 'Vehicle', kinds: ['OWNS', 'DRIVES'] },
  }),
  'edge.no-tie': e({
    en: (p) =>
      `the model has no tie between ${s(p.fromType)} and ${s(p.toType)} (ties between people, or the ` +
      `relationship types of the model: ${s(p.types)})`,
    'zh-CN': (p) =>
      `数据模型中${typeZh(p.fromType)}与${typeZh(p.toType)}之间没有关系（可用：人员之间的关系，或模型的关系类型：${zl(p.types)}）`,
    sample: { fromType: 'Relic', toType: 'Call', types: ['USES Person→Phone', 'OWNS Person→Vehicle'] },
  }),
  // --- Chinese identifiers (model/identifiers.ts) ------------------------------------------
  'id-number.form': e({
    en: (p) =>
      `expected 18 characters (17 digits and a check digit or X) or the older 15 digits, got ${q(p.got)}`,
    'zh-CN': (p) => `应为 18 位（17 位数字加 1 位校验码，校验码可为 X）或旧版 15 位数字，实际为${zq(p.got)}`,
    sample: { got: '11010119700307001' },
  }),
  'id-number.region': e({
    en: (p) => `region code ${s(p.region)} does not begin with a province code (GB/T 2260: 11-82)`,
    'zh-CN': (p) => `行政区划代码 ${s(p.region)} 的前两位不是省级代码（GB/T 2260：11–82）`,
    sample: { region: '991010' },
  }),
  'id-number.birth-date-invalid': e({
    en: (p) => `birth date ${s(p.got)} is not a date (yyyymmdd)`,
    'zh-CN': (p) => `出生日期 ${s(p.got)} 不是有效日期（应为 8 位年月日）`,
    sample: { got: '19700230' },
  }),
  'id-number.birth-date-early': e({
    en: (p) => `birth date ${s(p.got)} is before 1900`,
    'zh-CN': (p) => `出生日期 ${s(p.got)} 早于 1900 年`,
    sample: { got: '1899-12-31' },
  }),
  'id-number.birth-date-future': e({
    en: (p) => `birth date ${s(p.got)} is in the future`,
    'zh-CN': (p) => `出生日期 ${s(p.got)} 晚于今天`,
    sample: { got: '2030-01-01' },
  }),
  'id-number.check-digit': e({
    en: (p) => `check digit is ${s(p.got)}, expected ${s(p.expected)} (GB 11643 MOD 11-2)`,
    'zh-CN': (p) => `校验位错误，应为 ${s(p.expected)}，实际为 ${s(p.got)}（GB 11643 MOD 11-2）`,
    sample: { got: '1', expected: '6' },
  }),
  'plate.empty': e({
    en: () => 'expected a plate, got nothing',
    'zh-CN': () => '应为车牌号，但为空',
    sample: {},
  }),
  'plate.office': e({
    en: (p) => `a mainland plate has a letter other than I and O after ${s(p.province)}, got ${q(p.got)}`,
    'zh-CN': (p) => `内地车牌在“${s(p.province)}”之后应为发牌机关代号字母（不含 I、O），实际为${zq(p.got)}`,
    sample: { province: '京', got: '1' },
  }),
  'plate.serial': e({
    en: (p) => {
      const [pr, of] = [s(p.province), s(p.office)];
      return (
        `a mainland plate is ${pr}${of} and 5 digits or letters without I and O (e.g. ${pr}${of}12345), ` +
        `4 and one of ${s(p.suffixes)}, or the 6 of the new-energy form (D or F first or last, e.g. ${pr}${of}D12345), ` +
        `got ${q(p.got)}`
      );
    },
    'zh-CN': (p) => {
      const [pr, of] = [s(p.province), s(p.office)];
      return (
        `内地车牌应为“${pr}${of}”加 5 位数字或字母（不含 I、O，如 ${pr}${of}12345）、4 位加“${s(p.suffixes)}”中的一字，` +
        `或新能源号牌的 6 位（首位或末位为 D 或 F，如 ${pr}${of}D12345），实际为${zq(p.got)}`
      );
    },
    sample: { province: '京', office: 'A', suffixes: '学警港澳挂领使', got: '京A1234' },
  }),
  'phone.invalid': e({
    en: (p) => `${PHONE_EXPECTED_EN}, got ${q(p.got)}`,
    'zh-CN': (p) => `${PHONE_EXPECTED_ZH}，实际为${zq(p.got)}`,
    sample: { got: '12345' },
  }),
  'phone.not-cn': e({
    en: (p) => `${PHONE_EXPECTED_EN}, got ${q(p.got)} (not a +86 number)`,
    'zh-CN': (p) => `${PHONE_EXPECTED_ZH}，实际为${zq(p.got)}（不是有效的 +86 号码）`,
    sample: { got: '+86 12345' },
  }),
  'phone.length': e({
    en: (p) => `${PHONE_EXPECTED_EN}, got ${q(p.got)} (E.164 has 7 to 15 digits)`,
    'zh-CN': (p) => `${PHONE_EXPECTED_ZH}，实际为${zq(p.got)}（E.164 号码为 7 至 15 位数字）`,
    sample: { got: '+1 23' },
  }),
  'imei.not-digits': e({
    en: (p) => `expected an IMEI of 15 digits, got ${q(p.got)}`,
    'zh-CN': (p) => `串号（IMEI）应为 15 位数字，实际为${zq(p.got)}`,
    sample: { got: 'abc' },
  }),
  'imei.missing-check': e({
    en: (p) => `expected an IMEI of 15 digits, got 14 (the Luhn check digit, ${s(p.expected)}, is missing)`,
    'zh-CN': (p) => `串号（IMEI）应为 15 位数字，实际为 14 位（缺少 Luhn 校验位，应为 ${s(p.expected)}）`,
    sample: { expected: '9' },
  }),
  'imei.length': e({
    en: (p) => `expected an IMEI of 15 digits, got ${s(p.length)}`,
    'zh-CN': (p) => `串号（IMEI）应为 15 位数字，实际为 ${s(p.length)} 位`,
    sample: { length: 12 },
  }),
  'imei.check-digit': e({
    en: (p) => `check digit is ${s(p.got)}, expected ${s(p.expected)} (Luhn)`,
    'zh-CN': (p) => `校验位错误，应为 ${s(p.expected)}，实际为 ${s(p.got)}（Luhn 算法）`,
    sample: { got: '8', expected: '9' },
  }),
  // --- records as a whole, CSV, call records (parse-layout.ts, csv.ts, cdr.ts) --------------
  'record.width': e({
    en: (p) => `expected ${s(p.expected)} fields, got ${s(p.got)}`,
    'zh-CN': (p) => `应有 ${s(p.expected)} 个字段，实际为 ${s(p.got)} 个`,
    sample: { expected: 4, got: 2 },
  }),
  'csv.unreadable': e({
    en: (p) => `unreadable CSV: ${s(p.message)}`,
    'zh-CN': (p) => `无法解析的 CSV 行：${s(p.message)}`,
    sample: { message: 'Invalid Closing Quote' },
  }),
  'call.start-invalid': e({
    en: (p) => `expected a time as ${s(p.format)}, got ${q(p.got)}`,
    'zh-CN': (p) => `应为 ${s(p.format)} 格式的时间，实际为${zq(p.got)}`,
    sample: { format: 'yyyyMMdd HHmmss', got: 'yesterday' },
  }),
  'call.kept-without': e({
    en: (p) => `${renderReason(String(p.cause), p as Params, 'en')}; the call is kept without it`,
    'zh-CN': (p) => `${renderReason(String(p.cause), p as Params, 'zh-CN')}；该通话已载入，但不含此字段`,
    sample: { cause: 'number.out-of-range', int: 1, min: 0, got: '-5' },
  }),
  // --- FollowTheMoney (ftm.ts) ---------------------------------------------------------------
  'ftm.json-invalid': e({
    en: (p) => `not valid JSON (${s(p.message)})`,
    'zh-CN': (p) => `不是有效的 JSON（${s(p.message)}）`,
    sample: { message: 'Unexpected token' },
  }),
  'ftm.not-object': e({
    en: () => 'expected a JSON object',
    'zh-CN': () => '应为 JSON 对象',
    sample: {},
  }),
  'ftm.id-invalid': e({
    en: () => 'id: expected a non-empty string',
    'zh-CN': () => 'id：应为非空字符串',
    sample: {},
  }),
  'ftm.schema-missing': e({
    en: () => 'schema: expected a schema name such as Person',
    'zh-CN': () => 'schema：应为模式名称，如 Person',
    sample: {},
  }),
  'ftm.properties-invalid': e({
    en: () => 'properties: expected an object of value lists',
    'zh-CN': () => 'properties：应为由取值列表组成的对象',
    sample: {},
  }),
  'ftm.number-invalid': e({
    en: (p) => `expected a number, got ${q(p.got)}`,
    'zh-CN': (p) => `应为数字，实际为${zq(p.got)}`,
    sample: { got: 'lots' },
  }),
  'ftm.date-invalid': e({
    en: (p) => `expected an ISO 8601 date, got ${q(p.got)}`,
    'zh-CN': (p) => `应为 ISO 8601 日期，实际为${zq(p.got)}`,
    sample: { got: 'May' },
  }),
  'ftm.holder-not-person': e({
    en: (p) => `only a Person's holding of an object fits the model; ${s(p.id)} is a ${s(p.schema)}`,
    'zh-CN': (p) => `数据模型只收录人员持有物品；${s(p.id)} 的类型为 ${s(p.schema)}`,
    sample: { id: 'c1', schema: 'Company' },
  }),
  'ftm.asset-not-owned': e({
    en: (p) =>
      `only the ownership of a Vehicle or an object (Asset, Thing) fits the model; ${s(p.id)} is ${
        p.schema === undefined ? 'not in this file' : `a ${s(p.schema)}`
      }`,
    'zh-CN': (p) =>
      `数据模型只收录车辆或物品（Asset、Thing）的所有权；${s(p.id)} ${
        p.schema === undefined ? '不在本文件中' : `的类型为 ${s(p.schema)}`
      }`,
    sample: { id: 'x9', schema: 'Company' },
  }),
  'ftm.owner-not-person': e({
    en: (p) => `only a Person's ownership fits the model; ${s(p.id)} is a ${s(p.schema)}`,
    'zh-CN': (p) => `数据模型只收录人员的所有权；${s(p.id)} 的类型为 ${s(p.schema)}`,
    sample: { id: 'c1', schema: 'Company' },
  }),
  'ftm.party-not-person': e({
    en: (p) => `only a Person can be party to a case in the model; ${s(p.id)} is a ${s(p.schema)}`,
    'zh-CN': (p) => `数据模型中只有人员可以是案件当事人；${s(p.id)} 的类型为 ${s(p.schema)}`,
    sample: { id: 'c1', schema: 'Company' },
  }),
  'ftm.schema-unknown': e({
    en: (p) => `schema ${s(p.schema)} has no place in the model (loaded: ${s(p.schemas)})`,
    'zh-CN': (p) => `模式 ${s(p.schema)} 在数据模型中没有对应（可载入：${zl(p.schemas)}）`,
    sample: { schema: 'Company', schemas: ['Person', 'Vehicle'] },
  }),
  // --- neo4j-admin imports (neo4j-admin.ts) --------------------------------------------------
  'admin.whole-number': e({
    en: (p) => `expected a whole number (${s(p.type)}), got ${q(p.got)}`,
    'zh-CN': (p) => `应为整数（${s(p.type)}），实际为${zq(p.got)}`,
    sample: { type: 'int', got: '1.5' },
  }),
  'admin.number': e({
    en: (p) => `expected a number (${s(p.type)}), got ${q(p.got)}`,
    'zh-CN': (p) => `应为数字（${s(p.type)}），实际为${zq(p.got)}`,
    sample: { type: 'float', got: 'x' },
  }),
  'admin.boolean': e({
    en: (p) => `expected true or false, got ${q(p.got)}`,
    'zh-CN': (p) => `应为 true 或 false，实际为${zq(p.got)}`,
    sample: { got: 'yes' },
  }),
  'admin.unknown-id': e({
    en: (p) => `no node with :ID ${s(p.id)} in this import`,
    'zh-CN': (p) => `本次导入中没有 :ID 为 ${s(p.id)} 的节点`,
    sample: { id: '42' },
  }),
  // --- service names (guard.ts) ----------------------------------------------------------------
  'guard.property-kept': e({
    en: (p) => `${s(p.name)} is a property the service uses (${s(p.use)}); kept as ${s(p.kept)}`,
    'zh-CN': (p) => `属性 ${s(p.name)} 为系统保留名称（${s(p.use)}），已改存为 ${s(p.kept)}`,
    sample: { name: 'passwordHash', use: 'accounts', kept: 'src_passwordHash' },
  }),
  'guard.label-kept': e({
    en: (p) => `${s(p.name)} is a label the service uses (${s(p.use)}); kept as ${s(p.kept)}`,
    'zh-CN': (p) => `标签 ${s(p.name)} 为系统保留名称（${s(p.use)}），已改存为 ${s(p.kept)}`,
    sample: { name: 'User', use: 'accounts', kept: 'Src_User' },
  }),
  'guard.type-kept': e({
    en: (p) => `${s(p.name)} is a relationship type the service uses (${s(p.use)}); kept as ${s(p.kept)}`,
    'zh-CN': (p) => `关系类型 ${s(p.name)} 为系统保留名称（${s(p.use)}），已改存为 ${s(p.kept)}`,
    sample: { name: 'MERGED_INTO', use: 'entity resolution', kept: 'SRC_MERGED_INTO' },
  }),
  'guard.type-reserved': e({
    en: (p) => `${s(p.name)} is a relationship type the service uses (${s(p.use)})`,
    'zh-CN': (p) => `关系类型 ${s(p.name)} 为系统保留名称（${s(p.use)}），不得由数据写入`,
    sample: { name: 'CALLS', use: 'derived call summaries' },
  }),
  'guard.type-unknown': e({
    en: (p) => `${s(p.name)} is not a relationship type of the model`,
    'zh-CN': (p) => `${s(p.name)} 不是数据模型中的关系类型`,
    sample: { name: 'LOVES' },
  }),
  'guard.not-entity': e({
    en: (p) => `${s(p.name)} is not an entity type of the model`,
    'zh-CN': (p) => `${s(p.name)} 不是数据模型中的实体类型`,
    sample: { name: 'Cat' },
  }),
  'guard.canonical': e({
    en: (p) =>
      `a Person key beginning ${s(p.prefix)} names a merged person the service created (entity resolution); ` +
      `records may not create or change it (got ${q(p.got)})`,
    'zh-CN': (p) =>
      `以 ${s(p.prefix)} 开头的人员编号属于系统在人员合并（实体消歧）中建立的合并人员，数据记录不得新建或修改（实际为${zq(p.got)}）`,
    sample: { prefix: 'canon:', got: 'canon:1' },
  }),
} as const satisfies Record<string, Entry>;

export type ReasonCode = keyof typeof REASONS;

/** A reason as rejects carry it: the code, its params and the English text. */
export interface Reason {
  code: ReasonCode;
  params: Params;
  reason: string;
}

/** The text of a reason in a language (English for a code the catalogue does not know). */
export function renderReason(code: string, params: Params, language: ReportLanguage): string {
  const entry = (REASONS as Record<string, Entry>)[code];
  if (!entry) return code;
  return entry[language](params);
}

/** A reason by its code and params, with its English text (undefined params are left out). */
export function why(code: ReasonCode, params: Readonly<Record<string, Param | undefined>> = {}): Reason {
  const clean: Record<string, Param> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) clean[k] = v;
  return { code, params: clean, reason: renderReason(code, clean, 'en') };
}

/** Layout columns in the words of Chinese exports (the header synonyms of layouts.ts, in reverse). */
export const FIELD_LABELS_ZH: Readonly<Record<string, string>> = {
  id: '编号',
  name: '姓名',
  aliases: '别名',
  documentIds: '证件号码',
  idNumber: '身份证号',
  birthDate: '出生日期',
  sex: '性别',
  nationality: '国籍',
  notes: '备注',
  confidence: '置信度',
  number: '手机号',
  imei: '串号（IMEI）',
  owner: '所有人',
  since: '启用日期',
  until: '停用日期',
  plate: '车牌号',
  vin: '车辆识别代号',
  make: '品牌',
  model: '型号',
  colour: '颜色',
  year: '年份',
  driver: '驾驶人',
  camera: '卡口',
  time: '抓拍时间',
  place: '地点',
  weight: '权重',
  person: '人员',
  group: '组织',
  groupName: '组织名称',
  role: '角色',
  relic: '文物',
  relics: '涉案文物',
  latitude: '纬度',
  longitude: '经度',
  catalogueNumber: '文物编号',
  description: '描述',
  period: '年代',
  material: '材质',
  estimatedValue: '估价',
  currency: '币种',
  title: '标题',
  price: '价格',
  seller: '卖方',
  buyer: '买方',
  durationSeconds: '通话时长（秒）',
};

/** A reject in the shape every parser produces (types.ts Reject). */
interface Located {
  file: string;
  line: number;
  field: string;
  code: string;
  params: Params;
  reason: string;
}

/**
 * The reason of a reject as the reader reads it. English: the reason as it always was (file, line
 * and field are their own columns). Chinese: one sentence naming the line and the field,
 * 第12行 字段「身份证号」校验位错误，应为 X（…）.
 */
export function rejectReason(r: Located, language: ReportLanguage): string {
  if (language === 'en') return r.reason;
  const text = renderReason(r.code, r.params, 'zh-CN');
  const at = r.line > 0 ? `第${r.line}行 ` : '';
  if (r.field === '(record)') return `${at}整条记录：${text}`;
  return `${at}字段「${FIELD_LABELS_ZH[r.field] ?? r.field}」${text}`;
}

/** A reject with its reason in `language` (the same object for English). */
export function localizeReject<R extends Located>(r: R, language: ReportLanguage): R {
  return language === 'en' ? r : { ...r, reason: rejectReason(r, language) };
}

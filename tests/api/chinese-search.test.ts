// Chinese search through the GraphQL server (issue 18): names in characters (one character too),
// full pinyin with and without tones and spaces, initials, mixed input, traditional characters,
// a phone's last 8 digits, and words inside Chinese descriptions and titles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import {
  chineseForms,
  MAX_FORMS_CHARS,
  searchForms,
  toSimplified,
} from '../../server/features/search/chinese.ts';
import { CJK_INDEX, planSearch, STANDARD_INDEX } from '../../server/features/search/lucene.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  token = await api.tokenFor('detective');
  const person = (key: string, props: Record<string, unknown>): NodeRecord => ({
    type: 'Person',
    key,
    props: props as NodeRecord['props'],
    source: `p.csv#${key}`,
  });
  const nodes: NodeRecord[] = [
    person('C1', {
      name: '王军',
      idNumber: '610424199001011234',
      idRegion: '610424',
      birthDate: '1990-01-01',
      sex: 'male',
      nationality: 'CN',
    }),
    person('C2', { name: '王俊', idRegion: '410305' }), // homophone of 王军 but for the tone: wáng jùn
    person('C3', { name: '汪军' }), // wāng jūn
    person('C4', { name: '李文', aliases: ['文哥'] }),
    person('C5', { name: '张伟', aliases: ['大伟'] }),
    person('C6', { name: '陳明' }), // written in traditional characters
    person('C7', { name: '王' }),
    person('C8', { name: 'Wang Li' }),
    person('C9', { name: '孟强勇' }),
    person('C10', { name: '欧阳明华' }),
    { type: 'Phone', key: '+8613812345678', props: { number: '+86 138 1234 5678' }, source: 'ph.csv#1' },
    { type: 'Phone', key: '+8613912345670', props: { number: '+86 139 1234 5670' }, source: 'ph.csv#2' },
    {
      type: 'Relic',
      key: 'R1',
      props: { name: '佛首', description: '北魏石窟佛首，砂岩', period: '北魏' },
      source: 'r.csv#1',
    },
    { type: 'Relic', key: 'R2', props: { name: '青铜鼎', description: '商代青铜器' }, source: 'r.csv#2' },
    {
      type: 'Case',
      key: 'K1',
      props: { title: '文物盗掘案', summary: '龙门石窟附近盗掘' },
      source: 'k.csv#1',
    },
    {
      type: 'Site',
      key: 'S1',
      props: { name: '龍門石窟', kind: 'cave temple', regionCode: '410305' },
      source: 's.csv#1',
    },
    {
      type: 'Site',
      key: 'S2',
      props: { name: '乾陵', kind: 'ancient-tomb', regionCode: '610424' },
      source: 's.csv#2',
    },
  ];
  const rels: RelRecord[] = [
    {
      type: 'USES',
      from: { type: 'Person', key: 'C1' },
      to: { type: 'Phone', key: '+8613812345678' },
      source: 'u.csv#1',
    },
    {
      type: 'USES',
      from: { type: 'Person', key: 'C4' },
      to: { type: 'Phone', key: '+8613912345670' },
      source: 'u.csv#2',
    },
  ];
  await new GraphWriter(api.services.db()).write(nodes, rels);
});
afterAll(() => api.close());

const SEARCH = `query($q: String!, $types: [String!]) {
  search(query: $q, types: $types) { items { exact score entity { id type label } } nextCursor } }`;
type Res = {
  search: { items: Array<{ exact: boolean; score: number; entity: { id: string; type: string } }> };
};

async function ids(q: string, types?: string[]): Promise<string[]> {
  const res = await api.gql<Res>(SEARCH, { q, types }, token);
  expect(res.errors, q).toBeUndefined();
  return res.data!.search.items.map((h) => h.entity.id);
}

describe('Chinese search', () => {
  it('finds a person by characters, traditional or simplified, exact first', async () => {
    for (const [q, id] of [
      ['王军', 'Person:C1'],
      ['王俊', 'Person:C2'],
      ['汪军', 'Person:C3'],
      ['王軍', 'Person:C1'], // traditional input
      ['陈明', 'Person:C6'], // simplified input, traditional data
      ['陳明', 'Person:C6'],
      ['大伟', 'Person:C5'], // alias
      ['大偉', 'Person:C5'],
    ] as const) {
      const found = await ids(q, ['Person']);
      expect(found[0], q).toBe(id);
    }
    expect(await ids('王军', ['Person'])).not.toContain('Person:C3');
  });

  it('accepts one character: the exact name first, then names starting with it', async () => {
    const found = await ids('王', ['Person']);
    expect(found[0]).toBe('Person:C7');
    expect(found.slice(1, 3).sort()).toEqual(['Person:C1', 'Person:C2']);
    expect(found).not.toContain('Person:C3'); // 汪 is another character
    expect((await ids('伟', ['Person']))[0]).toBe('Person:C5');
    expect((await ids('李', ['Person']))[0]).toBe('Person:C4');
  });

  it('finds a person by full pinyin, with or without spaces, tones and capitals', async () => {
    for (const [q, id] of [
      ['liwen', 'Person:C4'],
      ['li wen', 'Person:C4'],
      ['Li Wen', 'Person:C4'],
      ['zhangwei', 'Person:C5'],
      ['Zhang Wei', 'Person:C5'],
      ['zhāng wěi', 'Person:C5'],
      ['chenming', 'Person:C6'],
      // tones tell the homophones apart
      ['wáng jūn', 'Person:C1'],
      ['wángjùn', 'Person:C2'],
      ['wāng jūn', 'Person:C3'],
      // as a passport or a Latin-script record writes the name: surname, then the given name as one word
      ['Meng Qiangyong', 'Person:C9'],
      ['MENG QIANGYONG', 'Person:C9'],
      ['Ouyang Minghua', 'Person:C10'],
    ] as const) {
      expect((await ids(q, ['Person']))[0], q).toBe(id);
    }
    // without tones the three homophones come before anyone else
    const plain = await ids('wangjun', ['Person']);
    expect(plain.slice(0, 3).sort()).toEqual(['Person:C1', 'Person:C2', 'Person:C3']);
    const spaced = await ids('Wang Jun', ['Person']);
    expect(spaced.slice(0, 3).sort()).toEqual(['Person:C1', 'Person:C2', 'Person:C3']);
  });

  it('finds a person by pinyin initials and by mixed input', async () => {
    expect((await ids('lw', ['Person']))[0]).toBe('Person:C4');
    expect((await ids('zw', ['Person']))[0]).toBe('Person:C5');
    expect((await ids('dw', ['Person']))[0]).toBe('Person:C5');
    expect((await ids('cm', ['Person']))[0]).toBe('Person:C6');
    expect((await ids('wj', ['Person'])).slice(0, 3).sort()).toEqual(['Person:C1', 'Person:C2', 'Person:C3']);
    expect((await ids('王 jun', ['Person'])).slice(0, 2).sort()).toEqual(['Person:C1', 'Person:C2']);
    expect((await ids('张 wei', ['Person']))[0]).toBe('Person:C5');
    expect((await ids('li文', ['Person']))[0]).toBe('Person:C4');
  });

  it('finds a phone by its last 8 digits, and the person who uses it right after', async () => {
    const all = await ids('12345678');
    expect(all.slice(0, 2)).toEqual(['Phone:+8613812345678', 'Person:C1']);
    expect((await ids('12345678', ['Person']))[0]).toBe('Person:C1');
    expect((await ids('1234 5670', ['Person']))[0]).toBe('Person:C4');
  });

  it('finds relics, cases and sites whose Chinese text contains the word', async () => {
    expect(await ids('文物')).toEqual(['Case:K1']);
    expect(await ids('佛首')).toEqual(['Relic:R1']); // its name is 佛首: first and only
    expect(await ids('北魏')).toEqual(['Relic:R1']);
    const caves = await ids('石窟');
    expect(caves.sort()).toEqual(['Case:K1', 'Relic:R1', 'Site:S1']);
    expect(await ids('盗掘')).toEqual(['Case:K1']);
    expect(await ids('龙门石窟', ['Site'])).toEqual(['Site:S1']); // traditional data, simplified input
    expect(await ids('青铜')).toEqual(['Relic:R2']);
    expect(await ids('铜鼎')).toEqual(['Relic:R2']);
    expect(await ids('石佛')).toEqual([]); // the characters, but not together
  });
});

describe('Regions and identity fields', () => {
  const REGIONAL = `query($q: String!, $region: String) {
    search(query: $q, region: $region) { items { entity { id } } } }`;
  async function inRegion(q: string, region: string | null): Promise<string[]> {
    const res = await api.gql<Res>(REGIONAL, { q, region }, token);
    expect(res.errors, `${q} in ${region}`).toBeUndefined();
    return res.data!.search.items.map((h) => h.entity.id).sort();
  }

  it('keeps what lies in a region, at the province, prefecture and county level', async () => {
    expect(await inRegion('wangjun', null)).toContain('Person:C3');
    // C1 was registered in 陕西省咸阳市乾县, C2 in 河南省洛阳市涧西区, C3 nowhere known
    expect(await inRegion('wangjun', '610000')).toEqual(['Person:C1']);
    expect(await inRegion('wangjun', '610400')).toEqual(['Person:C1']);
    expect(await inRegion('wangjun', '610424')).toEqual(['Person:C1']);
    expect(await inRegion('wangjun', '410000')).toEqual(['Person:C2']);
    expect(await inRegion('wangjun', '110000')).toEqual([]);
    expect(await inRegion('石窟', '410300')).toEqual(['Site:S1']);
    expect(await inRegion('乾陵', '410000')).toEqual([]);
    expect(await inRegion('乾陵', '610000')).toEqual(['Site:S2']);
  });

  it('refuses a region that is not a GB/T 2260 code, naming the field', async () => {
    for (const bad of ['61', '999999', 'shaanxi', '6104241']) {
      const res = await api.gql(REGIONAL, { q: 'wangjun', region: bad }, token);
      expect(res.errors?.[0]?.extensions?.code, bad).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message, bad).toMatch(/^search\.region: expected a six-digit GB\/T 2260 code/);
    }
  });

  it("gives a person's identity number, its region, birth date and sex, and a site's region", async () => {
    const res = await api.gql<{
      entities: Array<Record<string, unknown>>;
    }>(
      `query($ids: [ID!]!) { entities(ids: $ids) {
        ... on Person { idNumber birthDate sex nationality idRegion { code fullName province prefecture county } }
        ... on Site { region { code fullName province prefecture county } } } }`,
      { ids: ['Person:C1', 'Person:C3', 'Site:S1'] },
      token,
    );
    expect(res.errors).toBeUndefined();
    const [c1, c3, s1] = res.data!.entities;
    expect(c1).toEqual({
      idNumber: '610424199001011234',
      birthDate: '1990-01-01',
      sex: 'male',
      nationality: 'CN',
      idRegion: {
        code: '610424',
        fullName: '陕西省咸阳市乾县',
        province: '陕西省',
        prefecture: '咸阳市',
        county: '乾县',
      },
    });
    expect(c3).toEqual({ idNumber: null, birthDate: null, sex: null, nationality: null, idRegion: null });
    expect(s1).toEqual({
      region: {
        code: '410305',
        fullName: '河南省洛阳市涧西区',
        province: '河南省',
        prefecture: '洛阳市',
        county: '涧西区',
      },
    });
  });
});

describe('Chinese forms', () => {
  it('derives simplified characters, pinyin and initials', () => {
    expect(toSimplified('王軍 龍門')).toBe('王军 龙门');
    const forms = chineseForms('王軍', { surname: true });
    for (const f of ['王军', 'wangjun', 'wang jun', 'wáng jūn', 'wj']) expect(forms).toContain(f);
    expect(chineseForms('Jack Powell')).toEqual([]);
  });

  it('bounds the forms of a record, however many and long its names', () => {
    const aliases = Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i).repeat(500));
    const forms = searchForms({ name: '王军', aliases }, []);
    expect(forms).toContain('wangjun'); // the name first
    expect(forms.join(' | ').length).toBeLessThanOrEqual(MAX_FORMS_CHARS);
  });

  it('sends Chinese words to the CJK index as phrases, single characters and pinyin to the standard one', () => {
    expect(planSearch('文物盜掘')).toEqual({
      index: CJK_INDEX,
      lucene: '("文物盗掘"^4)',
      nameStart: '文物盗掘',
    });
    expect(planSearch('王')).toMatchObject({
      index: STANDARD_INDEX,
      lucene: '((王^4 OR 王*^2))',
      nameStart: '王',
    });
    expect(planSearch('王 jun')!.index).toBe(STANDARD_INDEX);
    expect(planSearch('wáng jūn')!.lucene).toContain('wang^4'); // the toneless form as well
    expect(planSearch('"王軍" *')!.lucene).toBe('("王军"^4)');
    expect(planSearch('！？')).toBeNull();
  });
});

// Words the demo generator draws from, in the language of Chinese case files: surnames and given
// names in characters (with their traditional form where it differs and their toneless pinyin),
// nicknames (绰号), provinces with their plate character and real county seats (GB/T 2260 codes,
// coordinates), heritage sites of the kinds the plan names, relics by dynasty, and the trade
// sites relics pass through. Plausible, not real: every person, heritage site and relic the
// generator makes is fictional; the counties, the markets and the border ports are real places.

/** [simplified, toneless pinyin, traditional (when it differs)]. */
export type HanChar = readonly [string, string, string?];

/** Common surnames (single characters). 曾 and 单 read zeng and shan as surnames. */
export const SURNAMES: readonly HanChar[] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang', '張'],
  ['刘', 'liu', '劉'],
  ['陈', 'chen', '陳'],
  ['杨', 'yang', '楊'],
  ['赵', 'zhao', '趙'],
  ['黄', 'huang', '黃'],
  ['周', 'zhou'],
  ['吴', 'wu', '吳'],
  ['徐', 'xu'],
  ['孙', 'sun', '孫'],
  ['胡', 'hu'],
  ['朱', 'zhu'],
  ['高', 'gao'],
  ['林', 'lin'],
  ['何', 'he'],
  ['郭', 'guo'],
  ['马', 'ma', '馬'],
  ['罗', 'luo', '羅'],
  ['梁', 'liang'],
  ['宋', 'song'],
  ['郑', 'zheng', '鄭'],
  ['谢', 'xie', '謝'],
  ['韩', 'han', '韓'],
  ['唐', 'tang'],
  ['冯', 'feng', '馮'],
  ['于', 'yu'],
  ['董', 'dong'],
  ['萧', 'xiao', '蕭'],
  ['程', 'cheng'],
  ['曹', 'cao'],
  ['袁', 'yuan'],
  ['邓', 'deng', '鄧'],
  ['许', 'xu', '許'],
  ['傅', 'fu'],
  ['沈', 'shen'],
  ['曾', 'zeng'],
  ['彭', 'peng'],
  ['苏', 'su', '蘇'],
  ['卢', 'lu', '盧'],
  ['蒋', 'jiang', '蔣'],
  ['蔡', 'cai'],
  ['贾', 'jia', '賈'],
  ['丁', 'ding'],
  ['魏', 'wei'],
  ['薛', 'xue'],
  ['叶', 'ye', '葉'],
  ['阎', 'yan', '閻'],
  ['余', 'yu'],
  ['潘', 'pan'],
  ['杜', 'du'],
  ['戴', 'dai'],
  ['夏', 'xia'],
  ['钟', 'zhong', '鍾'],
  ['汪', 'wang'],
  ['田', 'tian'],
  ['任', 'ren'],
  ['姜', 'jiang'],
  ['范', 'fan'],
  ['方', 'fang'],
  ['石', 'shi'],
  ['姚', 'yao'],
  ['谭', 'tan', '譚'],
  ['廖', 'liao'],
  ['邹', 'zou', '鄒'],
  ['熊', 'xiong'],
  ['金', 'jin'],
  ['陆', 'lu', '陸'],
  ['郝', 'hao'],
  ['孔', 'kong'],
  ['白', 'bai'],
  ['崔', 'cui'],
  ['康', 'kang'],
  ['毛', 'mao'],
  ['邱', 'qiu'],
  ['秦', 'qin'],
  ['江', 'jiang'],
  ['史', 'shi'],
  ['顾', 'gu', '顧'],
  ['侯', 'hou'],
  ['邵', 'shao'],
  ['孟', 'meng'],
  ['龙', 'long', '龍'],
  ['万', 'wan', '萬'],
  ['段', 'duan'],
  ['雷', 'lei'],
  ['钱', 'qian', '錢'],
  ['汤', 'tang', '湯'],
  ['尹', 'yin'],
  ['黎', 'li'],
  ['易', 'yi'],
  ['常', 'chang'],
  ['武', 'wu'],
  ['乔', 'qiao', '喬'],
  ['贺', 'he', '賀'],
  ['赖', 'lai', '賴'],
  ['龚', 'gong', '龔'],
  ['文', 'wen'],
  ['单', 'shan', '單'],
];

/** Characters of men's given names (a given name is one or two of them). */
export const MALE_GIVEN: readonly HanChar[] = [
  ['伟', 'wei', '偉'],
  ['强', 'qiang', '強'],
  ['军', 'jun', '軍'],
  ['勇', 'yong'],
  ['杰', 'jie', '傑'],
  ['涛', 'tao', '濤'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['刚', 'gang', '剛'],
  ['斌', 'bin'],
  ['鹏', 'peng', '鵬'],
  ['海', 'hai'],
  ['建', 'jian'],
  ['国', 'guo', '國'],
  ['峰', 'feng'],
  ['龙', 'long', '龍'],
  ['成', 'cheng'],
  ['志', 'zhi'],
  ['波', 'bo'],
  ['辉', 'hui', '輝'],
  ['磊', 'lei'],
  ['东', 'dong', '東'],
  ['林', 'lin'],
  ['平', 'ping'],
  ['新', 'xin'],
  ['浩', 'hao'],
  ['亮', 'liang'],
  ['健', 'jian'],
  ['宇', 'yu'],
  ['飞', 'fei', '飛'],
  ['庆', 'qing', '慶'],
  ['宝', 'bao', '寶'],
  ['福', 'fu'],
  ['胜', 'sheng', '勝'],
  ['德', 'de'],
  ['全', 'quan'],
  ['忠', 'zhong'],
  ['安', 'an'],
  ['虎', 'hu'],
  ['荣', 'rong', '榮'],
  ['兵', 'bing'],
  ['文', 'wen'],
  ['生', 'sheng'],
  ['永', 'yong'],
  ['民', 'min'],
  ['喜', 'xi'],
  ['贵', 'gui', '貴'],
  ['铁', 'tie', '鐵'],
  ['根', 'gen'],
  ['山', 'shan'],
  ['义', 'yi', '義'],
  ['彪', 'biao'],
  ['春', 'chun'],
  ['华', 'hua', '華'],
];

/** Characters of women's given names. */
export const FEMALE_GIVEN: readonly HanChar[] = [
  ['芳', 'fang'],
  ['敏', 'min'],
  ['静', 'jing', '靜'],
  ['丽', 'li', '麗'],
  ['艳', 'yan', '艷'],
  ['娟', 'juan'],
  ['霞', 'xia'],
  ['燕', 'yan'],
  ['玲', 'ling'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['兰', 'lan', '蘭'],
  ['琴', 'qin'],
  ['梅', 'mei'],
  ['红', 'hong', '紅'],
  ['秀', 'xiu'],
  ['英', 'ying'],
  ['华', 'hua', '華'],
  ['娜', 'na'],
  ['慧', 'hui'],
  ['萍', 'ping'],
  ['桂', 'gui'],
  ['凤', 'feng', '鳳'],
  ['莉', 'li'],
  ['颖', 'ying', '穎'],
  ['琳', 'lin'],
  ['洁', 'jie', '潔'],
  ['春', 'chun'],
  ['云', 'yun', '雲'],
  ['珍', 'zhen'],
  ['月', 'yue'],
  ['玉', 'yu'],
];

/**
 * Characters a clerk writes for another of the same sound (军 → 君): a duplicate record's given
 * name with one of them is a homophone of the original, as careless data entry makes.
 */
export const HOMOPHONES: Readonly<Record<string, HanChar>> = {
  伟: ['玮', 'wei', '瑋'],
  军: ['君', 'jun'],
  明: ['鸣', 'ming', '鳴'],
  峰: ['锋', 'feng', '鋒'],
  涛: ['韬', 'tao', '韜'],
  刚: ['钢', 'gang', '鋼'],
  斌: ['彬', 'bin'],
  辉: ['晖', 'hui', '暉'],
  东: ['冬', 'dong'],
  林: ['琳', 'lin'],
  平: ['萍', 'ping'],
  浩: ['皓', 'hao'],
  宇: ['雨', 'yu'],
  飞: ['菲', 'fei'],
  宝: ['保', 'bao'],
  福: ['富', 'fu'],
  荣: ['蓉', 'rong'],
  兵: ['冰', 'bing'],
  文: ['雯', 'wen'],
  永: ['勇', 'yong'],
  民: ['敏', 'min'],
  红: ['宏', 'hong'],
  芳: ['方', 'fang'],
  静: ['婧', 'jing'],
  丽: ['莉', 'li'],
  艳: ['燕', 'yan'],
  娟: ['鹃', 'juan', '鵑'],
  玲: ['龄', 'ling', '齡'],
  婷: ['亭', 'ting'],
  兰: ['岚', 'lan', '嵐'],
  梅: ['玫', 'mei'],
  英: ['莹', 'ying', '瑩'],
  慧: ['惠', 'hui'],
  云: ['芸', 'yun'],
  珍: ['真', 'zhen'],
};

/** Nicknames from a name: 老王, 小王, 王哥, 阿军, 军哥 ({s} surname, {g} last character of the given name). */
export const ALIAS_FORMS = [
  '老{s}',
  '小{s}',
  '大{s}',
  '{s}哥',
  '{s}老板',
  '{s}总',
  '阿{g}',
  '{g}哥',
  '{g}子',
] as const;

/** 绰号 of the underworld, from looks or habits. */
export const NICKNAMES = [
  '刀疤',
  '光头',
  '黑子',
  '眼镜',
  '胖子',
  '瘦猴',
  '大头',
  '老鬼',
  '铁头',
  '二愣子',
  '疤脸',
  '麻子',
  '老狐狸',
  '四眼',
  '大炮',
  '黑皮',
  '老六',
  '独眼',
  '秃子',
  '老蔫',
] as const;

/** 绰号 of tomb robbers (土夫子, 土耗子: the trade's own words for them). */
export const DIGGER_NICKNAMES = [
  '土耗子',
  '地老鼠',
  '铲子',
  '洛阳铲',
  '探杆',
  '土夫子',
  '穿山甲',
  '夜猫子',
] as const;

// ---- foreign buyers: English names, their country and a passport.

export const FOREIGN_MALE = [
  'James',
  'Robert',
  'Michael',
  'David',
  'Richard',
  'Thomas',
  'Charles',
  'Daniel',
  'Edward',
  'George',
  'Peter',
  'Andrew',
] as const;
export const FOREIGN_FEMALE = [
  'Mary',
  'Susan',
  'Margaret',
  'Elizabeth',
  'Sarah',
  'Helen',
  'Catherine',
  'Emily',
  'Anne',
  'Laura',
] as const;
export const FOREIGN_SURNAMES = [
  'Whitfield',
  'Hale',
  'Brandt',
  'Carrington',
  'Osborne',
  'Mercer',
  'Lockwood',
  'Thornton',
  'Ashby',
  'Fairfax',
  'Kendall',
  'Prescott',
  'Sinclair',
  'Harlow',
  'Radcliffe',
  'Wentworth',
] as const;
/** Transliterations of the foreign given names above, as a Chinese dealer would call them. */
export const FOREIGN_ALIASES: Readonly<Record<string, string>> = {
  James: '詹姆斯',
  Robert: '罗伯特',
  Michael: '迈克尔',
  David: '大卫',
  Richard: '理查德',
  Thomas: '托马斯',
  Charles: '查尔斯',
  Daniel: '丹尼尔',
  Edward: '爱德华',
  George: '乔治',
  Peter: '彼得',
  Andrew: '安德鲁',
  Mary: '玛丽',
  Susan: '苏珊',
  Margaret: '玛格丽特',
  Elizabeth: '伊丽莎白',
  Sarah: '萨拉',
  Helen: '海伦',
  Catherine: '凯瑟琳',
  Emily: '艾米丽',
  Anne: '安妮',
  Laura: '劳拉',
};
/** Country (ISO 3166 alpha-2), its name in Chinese, a city, and the form of its passport numbers (9 digits or letters and digits). */
export const FOREIGN_COUNTRIES: ReadonlyArray<{
  code: string;
  name: string;
  city: string;
  passport: string;
}> = [
  { code: 'GB', name: '英国', city: '伦敦', passport: '999999999' },
  { code: 'US', name: '美国', city: '纽约', passport: 'A99999999' },
  { code: 'CA', name: '加拿大', city: '温哥华', passport: 'AA999999' },
  { code: 'AU', name: '澳大利亚', city: '悉尼', passport: 'A9999999' },
  { code: 'NZ', name: '新西兰', city: '奥克兰', passport: 'AA999999' },
];
/** Nicknames of foreign buyers among dealers. */
export const FOREIGN_NICKNAMES = ['老外', '洋老板', '鬼佬', '洋买家'] as const;

// ---- provinces

export interface Town {
  /** The county-level region, as GB/T 2260 names it (regions.ts checks both in the tests). */
  name: string;
  /** Its GB/T 2260 code. */
  county: string;
  /** Its seat. */
  lat: number;
  lon: number;
}

export interface Province {
  /** GB/T 2260 province digits, e.g. "61". */
  code: string;
  /** 陕西省. */
  name: string;
  /** One-character abbreviation that opens its licence plates. */
  plate: string;
  /** A rough box around the province: [south, north, west, east] in degrees. */
  bounds: readonly [number, number, number, number];
  /** County seats near which heritage sites are placed and cameras stand. */
  towns: readonly Town[];
}

const t = (name: string, county: string, lat: number, lon: number): Town => ({ name, county, lat, lon });

// Provinces where most relic crime happens weigh more (Shaanxi, Henan, Shanxi, Gansu, Shandong).
export const PROVINCES: ReadonlyArray<readonly [Province, number]> = [
  [
    {
      code: '61',
      name: '陕西省',
      plate: '陕',
      bounds: [31.7, 39.6, 105.5, 111.3],
      towns: [
        t('乾县', '610424', 34.53, 108.24),
        t('临潼区', '610115', 34.37, 109.21),
        t('凤翔县', '610322', 34.52, 107.39),
        t('韩城市', '610581', 35.48, 110.44),
        t('蒲城县', '610526', 34.96, 109.59),
        t('彬州市', '610482', 35.03, 108.08),
        t('黄陵县', '610632', 35.58, 109.26),
      ],
    },
    5,
  ],
  [
    {
      code: '41',
      name: '河南省',
      plate: '豫',
      bounds: [31.4, 36.4, 110.3, 116.7],
      towns: [
        t('孟津县', '410322', 34.83, 112.44),
        t('偃师市', '410381', 34.73, 112.79),
        t('殷都区', '410505', 36.11, 114.3),
        t('新郑市', '410184', 34.4, 113.74),
        t('巩义市', '410181', 34.75, 113.02),
        t('陕州区', '411203', 34.72, 111.1),
        t('淅川县', '411326', 33.14, 111.49),
      ],
    },
    5,
  ],
  [
    {
      code: '14',
      name: '山西省',
      plate: '晋',
      bounds: [34.6, 40.8, 110.2, 114.6],
      towns: [
        t('云冈区', '140214', 40.06, 113.14),
        t('侯马市', '141081', 35.62, 111.37),
        t('襄汾县', '141023', 35.88, 111.44),
        t('长子县', '140428', 36.12, 112.88),
        t('高平市', '140581', 35.8, 112.92),
        t('五台县', '140922', 38.73, 113.25),
        t('平遥县', '140728', 37.19, 112.18),
      ],
    },
    4,
  ],
  [
    {
      code: '62',
      name: '甘肃省',
      plate: '甘',
      bounds: [32.5, 42.8, 92.3, 108.8],
      towns: [
        t('麦积区', '620503', 34.57, 105.89),
        t('敦煌市', '620982', 40.14, 94.66),
        t('崆峒区', '620802', 35.54, 106.67),
        t('凉州区', '620602', 37.93, 102.64),
        t('甘州区', '620702', 38.93, 100.45),
        t('泾川县', '620821', 35.33, 107.37),
      ],
    },
    3,
  ],
  [
    {
      code: '37',
      name: '山东省',
      plate: '鲁',
      bounds: [34.4, 38.4, 114.8, 122.7],
      towns: [
        t('曲阜市', '370881', 35.58, 116.99),
        t('临淄区', '370305', 36.83, 118.31),
        t('邹城市', '370883', 35.4, 116.97),
        t('青州市', '370781', 36.68, 118.48),
        t('沂南县', '371321', 35.55, 118.47),
      ],
    },
    3,
  ],
  [
    {
      code: '13',
      name: '河北省',
      plate: '冀',
      bounds: [36.0, 42.6, 113.4, 119.9],
      towns: [
        t('峰峰矿区', '130406', 36.42, 114.21),
        t('满城区', '130607', 38.95, 115.32),
        t('正定县', '130123', 38.15, 114.57),
        t('易县', '130633', 39.35, 115.5),
        t('遵化市', '130281', 40.19, 117.97),
      ],
    },
    2,
  ],
  [
    {
      code: '51',
      name: '四川省',
      plate: '川',
      bounds: [26.0, 34.4, 97.3, 108.6],
      towns: [
        t('广汉市', '510681', 30.98, 104.28),
        t('市中区', '511102', 29.56, 103.76),
        t('安岳县', '512021', 30.1, 105.34),
        t('利州区', '510802', 32.43, 105.84),
        t('三台县', '510722', 31.09, 105.09),
      ],
    },
    2,
  ],
  [
    {
      code: '42',
      name: '湖北省',
      plate: '鄂',
      bounds: [29.0, 33.3, 108.3, 116.2],
      towns: [
        t('荆州区', '421003', 30.35, 112.19),
        t('曾都区', '421303', 31.72, 113.37),
        t('襄城区', '420602', 32.01, 112.13),
        t('当阳市', '420582', 30.82, 111.79),
        t('随县', '421321', 31.85, 113.3),
      ],
    },
    2,
  ],
  [
    {
      code: '43',
      name: '湖南省',
      plate: '湘',
      bounds: [24.6, 30.2, 108.7, 114.3],
      towns: [
        t('芙蓉区', '430102', 28.2, 113.03),
        t('龙山县', '433130', 29.46, 109.44),
        t('岳阳楼区', '430602', 29.36, 113.13),
        t('澧县', '430723', 29.63, 111.76),
      ],
    },
    1,
  ],
  [
    {
      code: '32',
      name: '江苏省',
      plate: '苏',
      bounds: [30.7, 35.2, 116.3, 121.9],
      towns: [
        t('云龙区', '320303', 34.25, 117.25),
        t('邗江区', '321003', 32.38, 119.4),
        t('盱眙县', '320830', 33.01, 118.54),
        t('吴中区', '320506', 31.26, 120.63),
        t('丹阳市', '321181', 32.01, 119.58),
      ],
    },
    1,
  ],
  [
    {
      code: '33',
      name: '浙江省',
      plate: '浙',
      bounds: [27.0, 31.2, 118.0, 123.0],
      towns: [
        t('越城区', '330602', 30.0, 120.58),
        t('余姚市', '330281', 30.04, 121.15),
        t('吴兴区', '330502', 30.86, 120.09),
        t('龙泉市', '331181', 28.07, 119.14),
        t('余杭区', '330110', 30.42, 120.3),
      ],
    },
    1,
  ],
  [
    {
      code: '15',
      name: '内蒙古自治区',
      plate: '蒙',
      bounds: [37.4, 53.4, 97.1, 126.1],
      towns: [
        t('红山区', '150402', 42.27, 118.96),
        t('巴林左旗', '150422', 43.98, 119.38),
        t('敖汉旗', '150430', 42.29, 119.92),
        t('准格尔旗', '150622', 39.86, 111.24),
        t('奈曼旗', '150525', 42.87, 120.66),
      ],
    },
    1,
  ],
  [
    {
      code: '21',
      name: '辽宁省',
      plate: '辽',
      bounds: [38.7, 43.5, 118.8, 125.8],
      towns: [
        t('双塔区', '211302', 41.57, 120.45),
        t('义县', '210727', 41.53, 121.24),
        t('北票市', '211381', 41.8, 120.77),
        t('白塔区', '211002', 41.27, 123.17),
        t('建平县', '211322', 41.4, 119.64),
      ],
    },
    1,
  ],
  [
    {
      code: '34',
      name: '安徽省',
      plate: '皖',
      bounds: [29.4, 34.7, 114.8, 119.7],
      towns: [
        t('谯城区', '341602', 33.87, 115.78),
        t('寿县', '340422', 32.57, 116.79),
        t('禹会区', '340304', 32.93, 117.35),
        t('潜山市', '340882', 30.63, 116.58),
        t('含山县', '340522', 31.73, 118.1),
      ],
    },
    1,
  ],
];

// ---- trade sites: real places (keys stay the same in every seed).

export interface TradePlace {
  /** Stable part of the site's key. */
  slug: string;
  name: string;
  /** GB/T 2260 code of the county-level region it is in (a province's for Hong Kong). */
  region: string;
  lat: number;
  lon: number;
}

/** Where stolen relics leave the country (SOLD_AT a border-crossing site). */
export const BORDER_CROSSINGS: readonly TradePlace[] = [
  { slug: 'ruili-port', name: '瑞丽口岸', region: '533102', lat: 24.01, lon: 97.85 },
  { slug: 'hekou-port', name: '河口口岸', region: '532532', lat: 22.51, lon: 103.95 },
  { slug: 'dongxing-port', name: '东兴口岸', region: '450681', lat: 21.55, lon: 107.97 },
  { slug: 'luohu-crossing', name: '罗湖口岸', region: '440303', lat: 22.53, lon: 114.11 },
  { slug: 'gongbei-crossing', name: '拱北口岸', region: '440402', lat: 22.22, lon: 113.55 },
  { slug: 'erenhot-port', name: '二连浩特口岸', region: '152501', lat: 43.65, lon: 111.98 },
  { slug: 'horgos-port', name: '霍尔果斯口岸', region: '654004', lat: 44.21, lon: 80.41 },
];

/** Auction houses: fictional names in real cities. */
export const AUCTION_HOUSES: readonly TradePlace[] = [
  { slug: 'jinghua-auction-house', name: '京华拍卖行', region: '110101', lat: 39.91, lon: 116.41 },
  { slug: 'huaxia-fine-arts-auction', name: '华夏艺术品拍卖公司', region: '110105', lat: 39.93, lon: 116.45 },
  { slug: 'haipai-auction-co', name: '海派拍卖有限公司', region: '310101', lat: 31.23, lon: 121.47 },
  { slug: 'xiangjiang-antiques-auction', name: '香江古玩拍卖行', region: '810000', lat: 22.28, lon: 114.16 },
  { slug: 'lingnan-collectors-auction', name: '岭南藏家拍卖会', region: '440104', lat: 23.13, lon: 113.26 },
  { slug: 'qiantang-auction-house', name: '钱塘拍卖行', region: '330106', lat: 30.27, lon: 120.15 },
  { slug: 'bashu-auction-co', name: '巴蜀拍卖有限公司', region: '510104', lat: 30.66, lon: 104.07 },
];

/** Antiques markets. */
export const MARKETS: readonly TradePlace[] = [
  { slug: 'panjiayuan-antiques-market', name: '潘家园旧货市场', region: '110105', lat: 39.87, lon: 116.46 },
  { slug: 'dongtai-road-antiques-market', name: '东台路古玩市场', region: '310101', lat: 31.22, lon: 121.48 },
  { slug: 'baxianan-antiques-market', name: '八仙庵古玩市场', region: '610103', lat: 34.27, lon: 108.98 },
  { slug: 'guandi-temple-market', name: '洛阳关林古玩城', region: '410311', lat: 34.62, lon: 112.45 },
];

// ---- heritage sites and what is taken from them

/** The kinds of heritage site of the plan: 古墓葬, 古遗址, 石窟寺, 古建筑, 博物馆. */
export type HeritageKind = 'ancient-tomb' | 'ancient-ruin' | 'cave-temple' | 'ancient-building' | 'museum';

/** Parts of fictional village names: 石家沟, 凤凰岭, 后坡. */
export const VILLAGE_HEADS = [
  '石家',
  '柳家',
  '杨家',
  '马家',
  '牛家',
  '高家',
  '韩家',
  '白家',
  '黄家',
  '东',
  '西',
  '南',
  '北',
  '后',
  '前',
  '上',
  '下',
  '孤山',
  '龙王',
  '凤凰',
  '青石',
  '红土',
  '白马',
  '黑虎',
  '卧龙',
  '双庙',
  '三里',
  '五里',
  '七星',
  '金鸡',
] as const;
export const VILLAGE_TAILS = [
  '庄',
  '沟',
  '坡',
  '塬',
  '岭',
  '村',
  '湾',
  '峪',
  '营',
  '寨',
  '堡',
  '店',
  '坪',
  '台',
] as const;

export interface SiteForm {
  /** Name patterns: {v} a village of the county, {c} the county, {d} a period of `periods`, {s} a surname, {x} a temple's name, {t} a museum's theme. */
  names: readonly string[];
  /** Periods a site of this kind is from. */
  periods: readonly string[];
  /** What it is (Site.description), with {d}. */
  descriptions: readonly string[];
  caseKind: string;
  /** The case as police name it: 盗掘古墓葬案. */
  caseTitle: string;
  /** What the crew did, in the case summary. */
  act: string;
  weight: number;
}

export const SITE_FORMS: Record<HeritageKind, SiteForm> = {
  'ancient-tomb': {
    names: ['{v}{d}墓群', '{v}{d}贵族墓', '{v}{d}墓地', '{v}{d}王侯墓', '{v}{d}砖室墓'],
    periods: ['商', '西周', '东周', '战国', '秦', '西汉', '东汉', '北魏', '唐', '宋', '辽', '金', '明'],
    descriptions: ['{d}墓葬群，地表可见封土', '{d}古墓葬，县级文物保护单位', '{d}墓地，曾发现盗洞多处'],
    caseKind: 'tomb-looting',
    caseTitle: '盗掘古墓葬案',
    act: '打盗洞盗掘古墓葬',
    weight: 5,
  },
  'ancient-ruin': {
    names: ['{v}遗址', '{v}{d}城址', '{v}{d}窑址', '{v}{d}聚落遗址'],
    periods: ['仰韶文化', '龙山文化', '商', '西周', '战国', '秦', '西汉'],
    descriptions: ['{d}古文化遗址，省级文物保护单位', '{d}遗址，文化层保存较好'],
    caseKind: 'tomb-looting',
    caseTitle: '盗掘古文化遗址案',
    act: '挖坑盗掘古文化遗址',
    weight: 2,
  },
  'cave-temple': {
    names: ['{v}石窟', '{v}摩崖造像', '{v}千佛洞', '{v}石窟寺'],
    periods: ['北魏', '东魏', '西魏', '北齐', '北周', '隋', '唐', '宋'],
    descriptions: ['{d}开凿的石窟寺，存造像百余尊', '{d}摩崖造像，部分佛首已缺失'],
    caseKind: 'stone-carving-theft',
    caseTitle: '盗割石窟造像案',
    act: '凿取石窟造像',
    weight: 2,
  },
  'ancient-building': {
    names: ['{v}{s}氏宗祠', '{v}{x}寺', '{v}节孝牌坊', '{v}{d}民居', '{v}古戏台', '{v}石拱桥'],
    periods: ['元', '明', '清'],
    descriptions: ['{d}古建筑，木构保存完整', '{d}建筑群，存石雕、木雕构件'],
    caseKind: 'building-component-theft',
    caseTitle: '盗窃古建筑构件案',
    act: '拆卸盗窃古建筑构件',
    weight: 2,
  },
  museum: {
    names: ['{c}{t}博物馆', '{c}文物管理所', '{c}{t}陈列馆'],
    periods: [],
    descriptions: ['县级博物馆，馆藏文物数千件', '文物库房，藏品待整理登记'],
    caseKind: 'museum-theft',
    caseTitle: '盗窃馆藏文物案',
    act: '破窗潜入库房盗窃馆藏文物',
    weight: 1,
  },
};

/** A period as a name is written before a noun: 唐 → 唐代 (墓群), 北魏 and 仰韶文化 as they are. */
export const era = (period: string): string =>
  /^[商秦隋唐宋辽金元明清]$/.test(period) ? `${period}代` : period;

/** Themes of county museums ({t}) and names of old temples ({x}). */
export const MUSEUM_THEMES = ['石刻', '民俗', '古陶瓷', '青铜器', '钱币', '书画', '汉画像石'] as const;
export const TEMPLE_NAMES = ['兴国', '普济', '延寿', '圆觉', '福胜', '崇庆', '广化', '永宁'] as const;

/** [description, material, periods]: what is taken from each kind of site. */
export type RelicForm = readonly [string, string, readonly string[]];

export const RELIC_FORMS: Record<HeritageKind, readonly RelicForm[]> = {
  'ancient-tomb': [
    ['青铜鼎', '青铜', ['商', '西周', '东周', '战国']],
    ['青铜镜', '青铜', ['战国', '西汉', '东汉', '唐', '宋']],
    ['玉璧', '玉', ['战国', '西汉', '东汉']],
    ['玉蝉', '玉', ['西汉', '东汉']],
    ['彩绘陶俑', '陶', ['西汉', '北魏', '唐']],
    ['三彩马', '陶', ['唐']],
    ['金带饰', '金', ['战国', '西汉', '辽']],
    ['漆木盒', '漆木', ['战国', '西汉']],
    ['青铜剑', '青铜', ['东周', '战国']],
    ['青瓷罐', '瓷', ['东汉', '唐', '宋']],
    ['墓志', '石', ['北魏', '唐', '宋', '明']],
    ['银簪', '银', ['唐', '宋', '明']],
  ],
  'ancient-ruin': [
    ['彩陶罐', '陶', ['仰韶文化', '马家窑文化']],
    ['玉琮', '玉', ['良渚文化', '龙山文化']],
    ['磨制石斧', '石', ['新石器时代']],
    ['陶范', '陶', ['商', '西周']],
    ['卜骨', '骨', ['商']],
    ['瓦当', '陶', ['秦', '西汉']],
    ['青铜镞', '青铜', ['商', '西周', '战国']],
  ],
  'cave-temple': [
    ['石雕佛首', '砂岩', ['北魏', '东魏', '北齐', '隋', '唐']],
    ['菩萨造像', '石灰岩', ['北魏', '北齐', '唐']],
    ['飞天浮雕', '砂岩', ['北魏', '唐']],
    ['造像碑残块', '石', ['北魏', '西魏', '北周', '唐']],
    ['力士像', '石灰岩', ['唐', '宋']],
    ['壁画残片', '颜料、灰泥', ['唐', '宋', '元']],
  ],
  'ancient-building': [
    ['木雕构件', '木', ['明', '清']],
    ['木雕斗拱', '木', ['元', '明', '清']],
    ['石狮', '花岗岩', ['明', '清']],
    ['木雕门窗', '木', ['明', '清']],
    ['琉璃脊兽', '琉璃', ['明', '清']],
    ['抱鼓石', '石', ['明', '清']],
    ['木匾', '木', ['清']],
  ],
  museum: [
    ['青铜簋', '青铜', ['西周']],
    ['玉佩', '玉', ['战国', '西汉', '清']],
    ['青花瓷瓶', '瓷', ['元', '明', '清']],
    ['鎏金铜佛像', '鎏金铜', ['明', '清']],
    ['书法立轴', '纸本', ['明', '清']],
    ['铜钱一批', '青铜', ['北宋', '南宋']],
  ],
};

// ---- phones and vehicles

/** Mobile number prefixes of the three Chinese carriers (and the virtual ones on 170). */
export const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '158',
  '159',
  '166',
  '170',
  '173',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '199',
] as const;

/** Type allocation codes that open IMEIs (plausible handset models). */
export const IMEI_TACS = [
  '86012303',
  '86458704',
  '86779105',
  '35332510',
  '86643505',
  '86175806',
  '35846708',
  '86891203',
  '86203104',
  '86966303',
  '35209911',
  '86474005',
  '86537703',
  '86088502',
  '35670211',
  '86730404',
] as const;

export const PHONE_MODELS = ['华为', '小米', 'OPPO', 'vivo', '荣耀', '苹果', '老人机'] as const;

/** [make, model]; the first are petrol vans, pickups and cars, NEW_ENERGY_MODELS the electric ones. */
export const VEHICLE_MODELS: ReadonlyArray<readonly [string, string]> = [
  ['五菱', '宏光面包车'],
  ['长城', '风骏皮卡'],
  ['丰田', '陆地巡洋舰'],
  ['哈弗', 'H6'],
  ['大众', '桑塔纳'],
  ['比亚迪', 'F3'],
  ['金杯', '海狮面包车'],
  ['别克', 'GL8'],
  ['长安', '之星货车'],
  ['本田', 'CR-V'],
  ['福田', '轻型货车'],
  ['奥迪', 'A6L'],
];
export const NEW_ENERGY_MODELS: ReadonlyArray<readonly [string, string]> = [
  ['比亚迪', '秦PLUS'],
  ['比亚迪', '元PLUS'],
  ['五菱', '宏光MINIEV'],
  ['特斯拉', 'Model Y'],
  ['理想', 'L7'],
  ['吉利', '几何A'],
];

export const COLOURS = ['白色', '黑色', '银色', '灰色', '红色', '蓝色'] as const;

// A small investigation with planted duplicate persons (a misspelling, an alias, a shared ID
// number, a shared IMEI) and look-alikes that are different people (a father sharing his son's
// phone and car, two namesakes, a switchboard number shared by many). Written with GraphWriter.
import seedrandom from 'seedrandom';
import type { Db } from '../../server/db/db.ts';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';

export const PLANTED = [
  ['Person:li-1', 'Person:li-2'], // shared ID number
  ['Person:chen-1', 'Person:chen-2'], // same IMEI on two phone records
  ['Person:wang-1', 'Person:wang-2'], // misspelt name, shared phone, same birth date
  ['Person:zhao-1', 'Person:zhao-2'], // alias of one is the other's name, shared vehicle
] as const;

const person = (key: string, props: NodeRecord['props'], line: number): NodeRecord => ({
  type: 'Person',
  key,
  props,
  source: `persons.csv#${line}`,
});
const P = (key: string) => ({ type: 'Person' as const, key });

export async function writeFixture(db: Db, seed = 'resolution'): Promise<void> {
  const nodes: NodeRecord[] = [
    person('wang-1', { name: 'Wang Lei', birthDate: '1975-04-12', aliases: ['Xiao Wang'] }, 2),
    person('wang-2', { name: 'Wnag Lei', birthDate: '1975-4-12' }, 3),
    person('wang-father', { name: 'Wang Jian', birthDate: '1950-01-01' }, 4),
    person('zhao-1', { name: 'Zhao Gang', aliases: ['Lao Hu'] }, 5),
    person('zhao-2', { name: 'Laohu' }, 6),
    person('li-1', { name: 'Li Ming', documentIds: ['370102198001011234'] }, 7),
    person('li-2', { name: 'Ming L.', documentIds: ['370102-19800101-1234'] }, 8),
    person('chen-1', { name: 'Chen Hao' }, 9),
    person('chen-2', { name: 'Hu Bin' }, 10),
    person('zhang-1', { name: 'Zhang Wei', birthDate: '1980-02-02' }, 11),
    person('zhang-2', { name: 'Zhang Wei', birthDate: '1991-07-30' }, 12),
    person('sun-1', { name: 'Sun Li', documentIds: ['P99'] }, 13),
    { type: 'Phone', key: '+8613800000001', props: { number: '+86 138 0000 0001' }, source: 'phones.csv#2' },
    { type: 'Phone', key: '+8613900000002', props: { imei: '35-209900-176148-1' }, source: 'phones.csv#3' },
    { type: 'Phone', key: '+8613900000003', props: { imei: '352099001761481' }, source: 'phones.csv#4' },
    { type: 'Phone', key: '+8610000000000', props: { number: 'switchboard' }, source: 'phones.csv#5' },
    { type: 'Vehicle', key: 'JA12345', props: { plate: '京A 12345' }, source: 'vehicles.csv#2' },
    { type: 'Vehicle', key: 'SX0001', props: { plate: 'SX-0001' }, source: 'vehicles.csv#3' },
    {
      type: 'Case',
      key: 'C1',
      props: { title: 'Tomb looting at Site 7', kind: 'tomb-looting' },
      source: 'cases.csv#2',
    },
  ];
  const rels: RelRecord[] = [
    { type: 'USES', from: P('wang-1'), to: { type: 'Phone', key: '+8613800000001' }, source: 'uses.csv#2' },
    { type: 'USES', from: P('wang-2'), to: { type: 'Phone', key: '+8613800000001' }, source: 'uses.csv#3' },
    {
      type: 'USES',
      from: P('wang-father'),
      to: { type: 'Phone', key: '+8613800000001' },
      source: 'uses.csv#4',
    },
    { type: 'OWNS', from: P('wang-father'), to: { type: 'Vehicle', key: 'JA12345' }, source: 'veh.csv#2' },
    { type: 'DRIVES', from: P('wang-1'), to: { type: 'Vehicle', key: 'JA12345' }, source: 'veh.csv#3' },
    { type: 'OWNS', from: P('zhao-1'), to: { type: 'Vehicle', key: 'SX0001' }, source: 'veh.csv#4' },
    { type: 'DRIVES', from: P('zhao-2'), to: { type: 'Vehicle', key: 'SX0001' }, source: 'veh.csv#5' },
    { type: 'USES', from: P('chen-1'), to: { type: 'Phone', key: '+8613900000002' }, source: 'uses.csv#5' },
    { type: 'USES', from: P('chen-2'), to: { type: 'Phone', key: '+8613900000003' }, source: 'uses.csv#6' },
    {
      type: 'PARTY_TO',
      from: P('wang-1'),
      to: { type: 'Case', key: 'C1' },
      qualifier: 'suspect',
      source: 'c.csv#2',
    },
    {
      type: 'PARTY_TO',
      from: P('wang-2'),
      to: { type: 'Case', key: 'C1' },
      qualifier: 'arrested',
      source: 'c.csv#3',
    },
    {
      type: 'PARTY_TO',
      from: P('li-2'),
      to: { type: 'Case', key: 'C1' },
      qualifier: 'suspect',
      source: 'c.csv#4',
    },
    {
      type: 'ASSOCIATE_OF',
      from: P('wang-1'),
      to: P('wang-2'),
      qualifier: 'known-associate',
      source: 'a.csv#2',
    },
    { type: 'ASSOCIATE_OF', from: P('wang-father'), to: P('wang-1'), qualifier: 'family', source: 'a.csv#3' },
    {
      type: 'ASSOCIATE_OF',
      from: P('li-1'),
      to: P('wang-2'),
      qualifier: 'known-associate',
      source: 'a.csv#4',
    },
    { type: 'ASSOCIATE_OF', from: P('zhao-1'), to: P('li-1'), qualifier: 'phone-contact', source: 'a.csv#5' },
  ];
  // Sixty people calling through one switchboard: a block far too large to mean anything.
  const rng = seedrandom(seed);
  const family = ['Liu', 'Yang', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao'];
  const given = ['Fang', 'Jun', 'Yan', 'Jie', 'Tao', 'Ping', 'Hui', 'Xin', 'Bo', 'Qing', 'Lan', 'Kai'];
  for (let i = 0; i < 60; i++) {
    const name = `${family[Math.floor(rng() * family.length)]} ${given[Math.floor(rng() * given.length)]}`;
    const year = 1950 + Math.floor(rng() * 50);
    nodes.push(person(`sb-${i}`, { name, birthDate: `${year}-0${1 + (i % 9)}-1${i % 10}` }, 100 + i));
    rels.push({
      type: 'USES',
      from: P(`sb-${i}`),
      to: { type: 'Phone', key: '+8610000000000' },
      source: `uses.csv#${100 + i}`,
    });
  }
  await new GraphWriter(db, 500, () => 1_700_000_000_000).write(nodes, rels);
}

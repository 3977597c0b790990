// The bridged-gangs case shared by the analysis job tests (in-process and GDS engines).
import type { NodeRecord, RelRecord } from '../../server/features/ingest/writer.ts';

export const T0 = Date.UTC(2024, 0, 1);
export const DAY = 86_400_000;

/**
 * Two gangs of 8 (A: looters of a tomb, B: resellers), each tied by shared phones, calls, a joint
 * case and associations; their only tie is the bridge X, an associate of a0 and b0 who bought from
 * a0 and sold to b0. A buyer in B bought a relic from b1.
 */
export function bridgedGangs(): { nodes: NodeRecord[]; rels: RelRecord[] } {
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  const person = (key: string) =>
    nodes.push({ type: 'Person', key, props: { name: key }, source: 't#' + key });
  const P = (key: string) => ({ type: 'Person' as const, key });
  for (const g of ['a', 'b']) {
    for (let i = 0; i < 8; i++) person(`${g}${i}`);
    const caseKey = `case-${g}`;
    nodes.push({
      type: 'Case',
      key: caseKey,
      props: { kind: g === 'a' ? 'tomb-looting' : 'illegal-resale', at: T0 + (g === 'a' ? 10 : 40) * DAY },
      source: 't#c',
    });
    for (let i = 0; i < 8; i++) {
      rels.push({
        type: 'PARTY_TO',
        from: P(`${g}${i}`),
        to: { type: 'Case', key: caseKey },
        qualifier: 'suspect',
        source: 't#p',
      });
      // Ring of shared phones and a chord of associations.
      const phone = `+86${g === 'a' ? 1 : 2}00000000${i}`;
      nodes.push({ type: 'Phone', key: phone, props: {}, source: 't#ph' });
      rels.push({ type: 'USES', from: P(`${g}${i}`), to: { type: 'Phone', key: phone }, source: 't#u' });
      rels.push({
        type: 'USES',
        from: P(`${g}${(i + 1) % 8}`),
        to: { type: 'Phone', key: phone },
        source: 't#u',
      });
      rels.push({
        type: 'ASSOCIATE_OF',
        from: P(`${g}${i}`),
        to: P(`${g}${(i + 3) % 8}`),
        qualifier: 'known-associate',
        source: 't#k',
      });
    }
  }
  person('x');
  rels.push({ type: 'ASSOCIATE_OF', from: P('x'), to: P('a0'), qualifier: 'known-associate', source: 't#x' });
  rels.push({ type: 'ASSOCIATE_OF', from: P('x'), to: P('b0'), qualifier: 'known-associate', source: 't#x' });
  // Relic flow: a0 → x → b0; b1 → buyer b7.
  const sale = (key: string, seller: string, buyer: string, at: number) => {
    nodes.push({ type: 'Sale', key, props: { at }, source: 't#s' });
    rels.push({ type: 'SOLD', from: P(seller), to: { type: 'Sale', key }, source: 't#s' });
    rels.push({ type: 'BOUGHT', from: P(buyer), to: { type: 'Sale', key }, source: 't#s' });
  };
  sale('s1', 'a0', 'x', T0 + 20 * DAY);
  sale('s2', 'x', 'b0', T0 + 30 * DAY);
  sale('s3', 'b1', 'b7', T0 + 50 * DAY);
  // A person merged into another by entity resolution is left out of projections.
  nodes.push({ type: 'Person', key: 'dup', props: { name: 'dup', mergedInto: 'Person:a1' }, source: 't#d' });
  rels.push({ type: 'ASSOCIATE_OF', from: P('dup'), to: P('b3'), qualifier: 'family', source: 't#d' });
  return { nodes, rels };
}

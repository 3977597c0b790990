// Integers decode straight to numbers (server/db/bolt-integers.ts). The patch must give exactly
// what the driver gives (Integer.toNumberOrInfinity) for every encoding of an integer, leave
// unpackers that keep Integers or make BigInts as they are, and apply to the installed driver (so
// that an upgrade that moves the unpacker is noticed instead of silently costing CPU).
import { createRequire } from 'node:module';
import neo4j, { type Integer } from 'neo4j-driver';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { boltIntegersAsNumbers, int64ToNumber } from '../../server/db/bolt-integers.ts';

const require = createRequire(import.meta.url);
const { alloc } = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
  alloc: (size: number) => { reset(): void };
};
const packstream = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js') as {
  Packer: new (buf: unknown) => { packable(v: unknown): () => void };
  Unpacker: new (
    disableLosslessIntegers: boolean,
    useBigInt: boolean,
  ) => { unpack(buf: unknown): unknown } & Record<symbol, unknown>;
};

/** Packs `values` as the driver would send them and reads them back with the given unpacker. */
function roundTrip(values: unknown[], disableLosslessIntegers: boolean, useBigInt = false): unknown {
  const buf = alloc(64 * 1024);
  new packstream.Packer(buf).packable(values)();
  buf.reset();
  return new packstream.Unpacker(disableLosslessIntegers, useBigInt).unpack(buf);
}

// Every encoding: tiny ints at both ends, INT_8/16/32/64 around their bounds, the safe range's
// edges, the int64 extremes, and random 64-bit values.
const EDGES = [
  '0',
  '1',
  '127',
  '128',
  '-1',
  '-16',
  '-17',
  '-128',
  '-129',
  '32767',
  '32768',
  '-32768',
  '-32769',
  '2147483647',
  '2147483648',
  '-2147483648',
  '-2147483649',
  '4294967295',
  '4294967296',
  '-4294967296',
  '9007199254740991',
  '9007199254740992',
  '-9007199254740991',
  '-9007199254740992',
  '9223372036854775807',
  '-9223372036854775808',
  '1700000000000',
  '-1700000000000',
];

function samples(): Integer[] {
  const rng = seedrandom('bolt-integers');
  const out = EDGES.map((s) => neo4j.int(s));
  for (let i = 0; i < 2_000; i++) {
    const high = Math.floor(rng() * 2 ** 32) - 2 ** 31;
    const low = Math.floor(rng() * 2 ** 32) - 2 ** 31;
    // Random magnitudes too, not only huge ones: shift the high word down by 0..31 bits.
    out.push(new neo4j.Integer(low, high >> Math.floor(rng() * 32)));
  }
  return out;
}

describe('Bolt integers as numbers', () => {
  it('applies to the installed neo4j-driver', () => {
    expect(boltIntegersAsNumbers).toBe(true);
    const proto = packstream.Unpacker.prototype as unknown as Record<symbol, unknown>;
    expect(proto[Symbol.for('crimegraph.boltIntegersAsNumbers')]).toBe(true);
  });

  it('decodes every integer as Integer.toNumberOrInfinity does', () => {
    const ints = samples();
    const decoded = roundTrip([...ints, 1.5, -0.25, 'text', null, true, [neo4j.int(7)]], true) as unknown[];
    expect(decoded.slice(0, ints.length)).toEqual(ints.map((i) => i.toNumberOrInfinity()));
    expect(decoded.slice(ints.length)).toEqual([1.5, -0.25, 'text', null, true, [7]]);
    for (const i of ints) expect(int64ToNumber(i.high, i.low)).toBe(i.toNumberOrInfinity());
  });

  it('leaves lossless and BigInt decoding as the driver does it', () => {
    const ints = samples().slice(0, 200);
    const lossless = roundTrip(ints, false) as Integer[];
    expect(lossless.every((v) => neo4j.isInt(v))).toBe(true);
    expect(lossless.map(String)).toEqual(ints.map(String));
    const big = roundTrip(ints, false, true) as bigint[];
    expect(big).toEqual(ints.map((i) => i.toBigInt()));
  });
});

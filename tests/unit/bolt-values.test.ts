// Bolt values decoded in one pass (server/db/bolt-values.ts). The patch must give exactly what the
// driver's own unpacker gives, for every kind and size of value, hand structures and byte arrays
// to the driver (with the values inside them still decoded by the patch), leave unpackers that keep
// Integers or make BigInts alone, refuse a message that ends inside a value, and apply to the
// installed driver (so that an upgrade that moves the unpacker is noticed).
import { createRequire } from 'node:module';
import neo4j from 'neo4j-driver';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { boltValuesInOnePass, driverOwnUnpack } from '../../server/db/bolt-values.ts';

const require = createRequire(import.meta.url);
const { alloc } = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
  alloc: (size: number) => Channel;
};
const { Structure } = require('neo4j-driver-bolt-connection/lib/packstream/structure.js') as {
  Structure: new (signature: number, fields: unknown[]) => object;
};
const packstream = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js') as {
  Packer: new (buf: unknown) => { packable(v: unknown): () => void };
  Unpacker: new (disableLosslessIntegers: boolean, useBigInt: boolean) => Unpacker;
};

interface Channel {
  position: number;
  reset(): void;
}
interface Unpacker {
  unpack(buf: Channel): unknown;
}

/** `values` packed as the driver would send them, in a buffer of `size` bytes. */
function packed(values: unknown, size = 4 * 1024 * 1024): Channel {
  const buf = alloc(size);
  new packstream.Packer(buf).packable(values)();
  buf.reset();
  return buf;
}

/**
 * Decoded by the patched unpacker and by the driver's own, from the same bytes. The driver's
 * unpacker reads nested values through `this.unpack`: the reference has the driver's own as an own
 * property, so that none of its values is decoded by the patch.
 */
function both(values: unknown, disableLosslessIntegers = true, useBigInt = false) {
  const a = packed(values);
  const patched = new packstream.Unpacker(disableLosslessIntegers, useBigInt).unpack(a);
  const reference = new packstream.Unpacker(disableLosslessIntegers, useBigInt);
  reference.unpack = driverOwnUnpack()! as unknown as Unpacker['unpack'];
  const b = packed(values);
  const driver = reference.unpack(b);
  return { patched, driver, patchedEnd: a.position, driverEnd: b.position };
}

const STRINGS = [
  '',
  'a',
  'name',
  'firstAt',
  'Person',
  '__proto__',
  'exactly twenty-four char',
  'twenty-five characters ok',
  '5:558c35b0-3713-42c0-8fab-fdcfaf8fac88:2156628',
  'Vehicle:甘D·UY723',
  'é',
  'Zoë Müller',
  '🏺 bronze ding',
  '\u0000nul\u0000',
  'x'.repeat(255),
  'y'.repeat(256),
  '盗'.repeat(30_000), // 90,000 bytes: STRING_32
];

/** Nested lists and maps of every kind of value, from a seeded RNG. */
function randomValue(rng: () => number, depth: number): unknown {
  const pick = Math.floor(rng() * (depth > 2 ? 7 : 10));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return rng() < 0.5;
    case 2: {
      const scale = [1, 200, 40_000, 3e9, 2 ** 60][Math.floor(rng() * 5)]!;
      return neo4j.int(Math.round((rng() - 0.5) * scale));
    }
    case 3:
      return [rng() * 1e6 - 5e5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e-300][Math.floor(rng() * 5)];
    case 4:
    case 5:
      return STRINGS[Math.floor(rng() * (STRINGS.length - 1))];
    case 6:
      return `${Math.floor(rng() * 1e9)}:${'k'.repeat(Math.floor(rng() * 40))}`;
    case 7: {
      // Lists of 16 and 256 items take the longer size encodings: only near the top, to stay small.
      const size = [0, 3, 15, 16, 255, 256][Math.floor(rng() * (depth === 0 ? 6 : 4))]!;
      return Array.from({ length: size }, () => randomValue(rng, depth + 1));
    }
    case 8: {
      const size = [0, 2, 15, 16, 300][Math.floor(rng() * (depth === 0 ? 5 : 4))]!;
      const map: Record<string, unknown> = {};
      for (let i = 0; i < size; i++) map[STRINGS[i % 8]! + (i >= 8 ? i : '')] = randomValue(rng, depth + 1);
      return map;
    }
    default:
      return new Structure(0x4e, [neo4j.int(Math.floor(rng() * 1e6)), ['Person'], { uid: 'P:1', n: 1 }]);
  }
}

describe('Bolt values in one pass', () => {
  it('applies to the installed neo4j-driver', () => {
    expect(boltValuesInOnePass).toBe(true);
    const proto = packstream.Unpacker.prototype as unknown as Record<symbol, unknown>;
    expect(proto[Symbol.for('crimegraph.boltValuesInOnePass')]).toBe(true);
    expect(typeof driverOwnUnpack()).toBe('function');
    expect(driverOwnUnpack()).not.toBe(packstream.Unpacker.prototype.unpack);
  });

  it('decodes strings of every length and script as the driver does', () => {
    // Twice: the second time short strings come from the table of strings already seen.
    for (let round = 0; round < 2; round++) {
      const { patched, driver, patchedEnd, driverEnd } = both(STRINGS);
      expect(patched).toEqual(STRINGS);
      expect(patched).toEqual(driver);
      expect(patchedEnd).toBe(driverEnd);
    }
  });

  it('decodes random nested values (seeded) exactly as the driver does', () => {
    const rng = seedrandom('bolt-values');
    for (let i = 0; i < 300; i++) {
      const value = randomValue(rng, 0);
      const { patched, driver, patchedEnd, driverEnd } = both([value]);
      expect(patched).toStrictEqual(driver);
      expect(patchedEnd).toBe(driverEnd);
    }
  });

  it('keeps a key __proto__ as an own property, never as the prototype', () => {
    const map = Object.defineProperty({ a: 1 } as Record<string, unknown>, '__proto__', {
      value: { polluted: true },
      enumerable: true,
    });
    const { patched } = both(map);
    const decoded = patched as Record<string, unknown>;
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(['a', '__proto__']);
    expect(decoded.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(decoded, '__proto__')?.value).toEqual({ polluted: true });
  });

  it('hands structures and byte arrays to the driver, with the values inside still decoded', () => {
    const value = [
      new Structure(0x4e, [neo4j.int(5), ['Person', 'Entity'], { uid: 'Person:P1', born: neo4j.int(1970) }]),
      Int8Array.from([1, -2, 3]),
      { nested: new Structure(0x44, [neo4j.int(19_000)]) },
    ];
    const { patched, driver } = both(value);
    expect(patched).toStrictEqual(driver);
    const [node, bytes] = patched as [{ signature: number; fields: unknown[] }, Int8Array];
    expect(node.signature).toBe(0x4e);
    expect(node.fields).toEqual([5, ['Person', 'Entity'], { uid: 'Person:P1', born: 1970 }]);
    expect(Array.from(bytes)).toEqual([1, -2, 3]);
  });

  it('leaves lossless and BigInt decoding to the driver', () => {
    const value = [neo4j.int('9007199254740993'), 'text', { n: neo4j.int(7) }];
    const lossless = both(value, false);
    expect(neo4j.isInt((lossless.patched as unknown[])[0])).toBe(true);
    expect(String((lossless.patched as unknown[])[0])).toBe('9007199254740993');
    const big = both(value, false, true);
    expect((big.patched as unknown[])[0]).toBe(9007199254740993n);
    expect(big.patched).toEqual(big.driver);
  });

  it('refuses a message that ends inside a value', () => {
    const full = packed(['a string of some length', 1]);
    const bytes = (full as unknown as { _buffer: Buffer })._buffer;
    const cut = alloc(10) as Channel & { _buffer: Buffer };
    bytes.copy(cut._buffer, 0, 0, 10);
    cut.reset();
    expect(() => new packstream.Unpacker(true, false).unpack(cut)).toThrow(/ends inside a value/);
  });
});

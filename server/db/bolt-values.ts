// Bolt values decoded in one pass.
//
// The driver's unpacker reads each value by trying every kind in turn (null, boolean, number,
// string, list, byte array, UUID, map, structure), reads every byte through two method calls,
// decodes every string after an own-property check of its buffer, and sets every map entry with
// Object.defineProperty and a fresh descriptor object. For the answers the service reads most (a
// neighbourhood is one record of a few thousand lists, strings and numbers) that was the largest
// part of its database CPU after the query itself (`node --cpu-prof` under `npm run bench -- api`).
//
// With this patch, an unpacker that reads integers as numbers (the service's: see
// bolt-integers.ts) decodes nulls, booleans, numbers, strings, lists and maps itself, with one
// switch on the marker, straight from the message's bytes. Everything else (structures such as
// nodes, relationships, paths and temporal values; byte arrays; UUIDs) is handed back to the
// driver's own code, which calls this unpack again for the values inside. The values are the
// driver's: the same strings, the same numbers (integers as bolt-integers.ts gives them), maps
// with the same own properties (a key `__proto__` is a property, not the prototype).
//
// The unpacker class is the driver's own (see driver-patch.ts): when a release moves or changes
// it, values decode as the driver does it. `boltValuesInOnePass` says which happened;
// tests/unit/bolt-values.test.ts checks that it applied and that it decodes as the driver does.
import { int64ToNumber } from './bolt-integers.ts';
import { patchDriverPrototype } from './driver-patch.ts';

/** The driver's buffer over one received message (neo4j-driver-bolt-connection ChannelBuffer). */
interface ChannelBufferLike {
  position: number;
  length: number;
  _buffer: unknown;
}

type Hydrate = (structure: unknown) => unknown;

interface UnpackerLike {
  _disableLosslessIntegers: boolean;
  _useBigInt: boolean;
  unpack(buffer: ChannelBufferLike, hydrate?: Hydrate): unknown;
}

// PackStream markers (neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js).
const TINY_STRING = 0x80;
const TINY_LIST = 0x90;
const TINY_MAP = 0xa0;
const NULL = 0xc0;
const FLOAT_64 = 0xc1;
const FALSE = 0xc2;
const TRUE = 0xc3;
const INT_8 = 0xc8;
const INT_16 = 0xc9;
const INT_32 = 0xca;
const INT_64 = 0xcb;
const STRING_8 = 0xd0;
const STRING_16 = 0xd1;
const STRING_32 = 0xd2;
const LIST_8 = 0xd4;
const LIST_16 = 0xd5;
const LIST_32 = 0xd6;
const MAP_8 = 0xd8;
const MAP_16 = 0xd9;
const MAP_32 = 0xda;

/** Buffer's own decoders, which toString(encoding, start, end) calls after checking its arguments. */
interface FastSlices {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
}

/** One pass over one message: where it is, and what to hand back to the driver. */
class Reader {
  constructor(
    readonly unpacker: UnpackerLike,
    readonly channel: ChannelBufferLike,
    readonly hydrate: Hydrate | undefined,
    readonly bytes: Buffer,
    public pos: number,
  ) {}

  value(): unknown {
    const bytes = this.bytes;
    if (this.pos >= bytes.length) throw truncated(this.pos);
    const marker = bytes[this.pos++]!;
    if (marker < 0x80) return marker; // TINY_INT 0..127
    if (marker >= 0xf0) return marker - 0x100; // TINY_INT -16..-1
    switch (marker & 0xf0) {
      case TINY_STRING:
        return this.string(marker & 0x0f);
      case TINY_LIST:
        return this.list(marker & 0x0f);
      case TINY_MAP:
        return this.map(marker & 0x0f);
    }
    switch (marker) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case FLOAT_64:
        return this.float64();
      case INT_8:
        return this.int(1);
      case INT_16:
        return this.int(2);
      case INT_32:
        return this.int(4);
      case INT_64: {
        const high = this.int(4);
        return int64ToNumber(high, this.int(4));
      }
      case STRING_8:
        return this.string(this.size(1));
      case STRING_16:
        return this.string(this.size(2));
      case STRING_32:
        return this.string(this.size(4));
      case LIST_8:
        return this.list(this.size(1));
      case LIST_16:
        return this.list(this.size(2));
      case LIST_32:
        return this.list(this.size(4));
      case MAP_8:
        return this.map(this.size(1));
      case MAP_16:
        return this.map(this.size(2));
      case MAP_32:
        return this.map(this.size(4));
      default:
        return this.byDriver();
    }
  }

  /** Structures, byte arrays, UUIDs: the driver's own code, from the marker just read. */
  private byDriver(): unknown {
    this.channel.position = this.pos - 1;
    const value = driverUnpack!.call(this.unpacker, this.channel, this.hydrate);
    this.pos = this.channel.position;
    return value;
  }

  private need(n: number): number {
    const at = this.pos;
    if (at + n > this.bytes.length) throw truncated(at);
    this.pos = at + n;
    return at;
  }

  private size(n: 1 | 2 | 4): number {
    const at = this.need(n);
    return n === 1 ? this.bytes[at]! : n === 2 ? this.bytes.readUInt16BE(at) : this.bytes.readUInt32BE(at);
  }

  private int(n: 1 | 2 | 4): number {
    const at = this.need(n);
    return n === 1
      ? this.bytes.readInt8(at)
      : n === 2
        ? this.bytes.readInt16BE(at)
        : this.bytes.readInt32BE(at);
  }

  private float64(): number {
    return this.bytes.readDoubleBE(this.need(8));
  }

  private string(length: number): string {
    if (length === 0) return '';
    const at = this.need(length);
    return length <= SHORT ? shortString(this.bytes, at, length) : utf8(this.bytes, at, at + length);
  }

  private list(size: number): unknown[] {
    const list: unknown[] = [];
    for (let i = 0; i < size; i++) list.push(this.value());
    return list;
  }

  private map(size: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let i = 0; i < size; i++) {
      const key = this.value() as string;
      const value = this.value();
      // As the driver: a key `__proto__` is an own property, never the object's prototype.
      if (key === '__proto__') {
        Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        map[key] = value;
      }
    }
    return map;
  }
}

/**
 * Short strings (keys, labels, relationship types, small values) repeat from record to record: an
 * ASCII one is looked up in a small direct-mapped table by a hash of its bytes, and only made when
 * it is not there, so the same key is one string instead of one per map.
 */
const SHORT = 24;
const TABLE_BITS = 12;
const table: Array<string | undefined> = new Array<string | undefined>(1 << TABLE_BITS).fill(undefined);

function shortString(bytes: Buffer, at: number, length: number): string {
  let hash = length;
  for (let i = at; i < at + length; i++) {
    const b = bytes[i]!;
    if (b > 0x7f) return utf8(bytes, at, at + length);
    hash = Math.imul(hash ^ b, 0x01000193);
  }
  const slot = (hash ^ (hash >>> 15)) & ((1 << TABLE_BITS) - 1);
  const known = table[slot];
  if (known !== undefined && known.length === length) {
    let same = true;
    for (let i = 0; i < length; i++) {
      if (known.charCodeAt(i) !== bytes[at + i]) {
        same = false;
        break;
      }
    }
    if (same) return known;
  }
  const made = latin1(bytes, at, at + length);
  table[slot] = made;
  return made;
}

// Buffer's own decoders where Node has them (every supported release does), else toString.
const own = Buffer.prototype as unknown as Partial<FastSlices>;
const utf8 =
  typeof own.utf8Slice === 'function'
    ? (bytes: Buffer, start: number, end: number) => (bytes as unknown as FastSlices).utf8Slice(start, end)
    : (bytes: Buffer, start: number, end: number) => bytes.toString('utf8', start, end);
const latin1 =
  typeof own.latin1Slice === 'function'
    ? (bytes: Buffer, start: number, end: number) => (bytes as unknown as FastSlices).latin1Slice(start, end)
    : (bytes: Buffer, start: number, end: number) => bytes.toString('latin1', start, end);

function truncated(at: number): Error {
  return new Error(
    `Bolt message ends inside a value (at byte ${at}): the connection sent an incomplete record.`,
  );
}

/** The driver's own unpack, which this patch hands structures and byte arrays back to. */
let driverUnpack: UnpackerLike['unpack'] | undefined;

/** Whether values decode in one pass (false when the driver's internals are not as expected). */
export const boltValuesInOnePass = patchDriverPrototype<UnpackerLike>(
  'boltValuesInOnePass',
  'packstream/packstream-v1.js',
  (mod) => {
    const proto = (mod.Unpacker as { prototype?: UnpackerLike } | undefined)?.prototype;
    return typeof proto?.unpack === 'function' ? proto : undefined;
  },
  (proto) => {
    const original = proto.unpack;
    driverUnpack = original;
    proto.unpack = function (this: UnpackerLike, channel: ChannelBufferLike, hydrate?: Hydrate) {
      const bytes = channel?._buffer;
      // Only where the message is one contiguous Buffer indexed as the channel is (ChannelBuffer);
      // an unpacker that keeps Integers or makes BigInts is left to the driver.
      if (
        !this._disableLosslessIntegers ||
        this._useBigInt ||
        !Buffer.isBuffer(bytes) ||
        channel.length !== bytes.length
      ) {
        return original.call(this, channel, hydrate);
      }
      const reader = new Reader(this, channel, hydrate, bytes, channel.position);
      const value = reader.value();
      channel.position = reader.pos;
      return value;
    };
  },
);

/** The driver's unpack as it was before this patch (for tests that compare the two). */
export function driverOwnUnpack(): UnpackerLike['unpack'] | undefined {
  return driverUnpack;
}

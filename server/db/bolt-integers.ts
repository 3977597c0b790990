// Integers decoded straight to numbers.
//
// The service reads integers as JavaScript numbers (`disableLosslessIntegers`). The driver still
// decodes each one into an Integer object first and then converts it with toNumberOrInfinity,
// which compares it against the safe range with Integer arithmetic: five to ten short-lived
// objects per integer. A drawn neighbourhood has a few hundred integers (counts, first and last
// times), so this was about a tenth of what the service allocated per answer (measured with the
// inspector's sampling heap profiler under `npm run bench -- api`). With this patch an unpacker
// that would convert to numbers reads them as numbers: the same values (±Infinity outside the
// safe range, as toNumberOrInfinity gives), no objects. Unpackers that keep Integers or make
// BigInts are left alone.
//
// The unpacker class is the driver's own (see driver-patch.ts): when a release moves or changes
// it, integers decode as the driver does it. `boltIntegersAsNumbers` says which happened;
// tests/unit/bolt-integers.test.ts checks both that it applied and that it decodes as the driver.
import { patchDriverPrototype } from './driver-patch.ts';

interface BufferLike {
  readInt8(): number;
  readInt16(): number;
  readInt32(): number;
  readFloat64(): number;
}

interface UnpackerLike {
  _disableLosslessIntegers: boolean;
  _useBigInt: boolean;
  _unpackNumberOrInteger(marker: number, buffer: BufferLike): unknown;
}

// PackStream markers (neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js).
const FLOAT_64 = 0xc1;
const INT_8 = 0xc8;
const INT_16 = 0xc9;
const INT_32 = 0xca;
const INT_64 = 0xcb;

/** A 64-bit integer as toNumberOrInfinity gives it: exact within ±(2^53 - 1), else ±Infinity. */
export function int64ToNumber(high: number, low: number): number {
  // 2^53 - 1 is high 0x1fffff with every low bit set; -(2^53 - 1) is high -0x200000, low 1.
  if (high > 0x1fffff) return Number.POSITIVE_INFINITY;
  if (high < -0x200000 || (high === -0x200000 && low === 0)) return Number.NEGATIVE_INFINITY;
  return high * 4294967296 + (low >>> 0);
}

/** Whether integers decode straight to numbers (false when the driver's internals differ). */
export const boltIntegersAsNumbers = patchDriverPrototype<UnpackerLike>(
  'boltIntegersAsNumbers',
  'packstream/packstream-v1.js',
  (mod) => {
    const proto = (mod.Unpacker as { prototype?: UnpackerLike } | undefined)?.prototype;
    return typeof proto?._unpackNumberOrInteger === 'function' ? proto : undefined;
  },
  (proto) => {
    const original = proto._unpackNumberOrInteger;
    proto._unpackNumberOrInteger = function (this: UnpackerLike, marker: number, buffer: BufferLike) {
      if (!this._disableLosslessIntegers || this._useBigInt) return original.call(this, marker, buffer);
      if (marker < 0x80) return marker; // TINY_INT, 0..127
      if (marker >= 0xf0) return marker - 0x100; // TINY_INT, -16..-1
      switch (marker) {
        case FLOAT_64:
          return buffer.readFloat64();
        case INT_8:
          return buffer.readInt8();
        case INT_16:
          return buffer.readInt16();
        case INT_32:
          return buffer.readInt32();
        case INT_64: {
          const high = buffer.readInt32();
          return int64ToNumber(high, buffer.readInt32());
        }
        default:
          return null;
      }
    };
  },
);

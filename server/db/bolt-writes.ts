// One socket write per burst of Bolt messages.
//
// The driver encodes a message into 1,400-byte chunks and writes each to the socket as it fills
// (neo4j-driver-bolt-connection's Chunker; the size is not configurable), so a 4.4 kB statement
// costs four write system calls, and an audit batch of a few hundred kB a few hundred. On a
// loopback or virtualised network each write costs as much CPU as decoding a few hundred
// properties (measured with `node --cpu-prof` under `npm run bench -- api`). Corking the socket
// for the rest of the current tick turns all the writes of one burst (RUN + PULL, BEGIN + RUN +
// PULL, a whole audit batch) into one writev; uncorking on the next tick sends them before any
// I/O is waited for, so no message is delayed.
//
// The channel class is the driver's own (see driver-patch.ts): when a release moves or changes it,
// writes go out as the driver makes them. `boltWritesCoalesced` says which happened.
import { patchDriverPrototype } from './driver-patch.ts';

interface Corkable {
  cork(): void;
  uncork(): void;
  writableCorked: number;
}

interface NodeChannelLike {
  _pending: unknown[] | null;
  _conn: Corkable | undefined;
  write(buffer: unknown): void;
}

function uncork(conn: Corkable): void {
  conn.uncork();
}

/** Whether Bolt writes are coalesced (false when the driver's internals are not as expected). */
export const boltWritesCoalesced = patchDriverPrototype<NodeChannelLike>(
  'boltWritesCoalesced',
  'channel/node/node-channel.js',
  (mod) => {
    const proto = (mod.default as { prototype?: NodeChannelLike } | undefined)?.prototype;
    return typeof proto?.write === 'function' ? proto : undefined;
  },
  (proto) => {
    const write = proto.write;
    proto.write = function (this: NodeChannelLike, buffer: unknown) {
      const conn = this._conn;
      if (this._pending === null && conn && typeof conn.cork === 'function' && !conn.writableCorked) {
        conn.cork();
        process.nextTick(uncork, conn);
      }
      write.call(this, buffer);
    };
  },
);

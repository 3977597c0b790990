// The driver's socket writes are coalesced (server/db/bolt-writes.ts). The patch falls back to the
// driver's own writes when its internals change; this fails first, so that an upgrade of
// neo4j-driver that moves them is noticed instead of silently costing CPU per request.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { boltWritesCoalesced } from '../../server/db/bolt-writes.ts';

describe('Bolt write coalescing', () => {
  it('applies to the installed neo4j-driver', () => {
    expect(boltWritesCoalesced).toBe(true);
    const require = createRequire(import.meta.url);
    const channel = require('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
      default: { prototype: Record<symbol, unknown> };
    };
    expect(channel.default.prototype[Symbol.for('crimegraph.boltWritesCoalesced')]).toBe(true);
  });
});

// A password-hashing thread: runs bcrypt (bcryptjs, pure JS, CPU-bound for ~80 ms a call) so
// that the API's event loop never does. Plain JS: it needs no TypeScript loader, so each thread
// starts in milliseconds. Messages: { id, op: 'hash', input, rounds } | { id, op: 'compare', input, hash }.
import { parentPort } from 'node:worker_threads';
import bcrypt from 'bcryptjs';

const port = parentPort;
port.on('message', (msg) => {
  try {
    const result =
      msg.op === 'hash' ? bcrypt.hashSync(msg.input, msg.rounds) : bcrypt.compareSync(msg.input, msg.hash);
    port.postMessage({ id: msg.id, result });
  } catch (err) {
    port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});

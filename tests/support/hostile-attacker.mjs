/* global fetch, performance, setTimeout */
// A worker thread that sends one request over and over, `concurrency` at a time, for `rounds`
// rounds, and reports each answer's status and first error code: the attacker runs beside the
// service under test, not on its event loop (building and sending large bodies is the attacker's
// cost, as it would be on another machine). Used by tests/support/hostile.ts's underAttack().
import { parentPort, workerData } from 'node:worker_threads';

const { url, body, token, rounds, concurrency, idPrefix, pauseMs } = workerData;
let n = 0;

async function once() {
  const id = `${idPrefix}${n++}`;
  const post = () =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hostile-id': id,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
  const t0 = performance.now();
  const res = await post().catch((err) => {
    if (err?.cause?.code !== 'ECONNRESET') throw err;
    return post();
  });
  const text = await res.text();
  let code = 'NOT_JSON';
  try {
    const parsed = JSON.parse(text);
    code = parsed.errors?.length ? (parsed.errors[0]?.extensions?.code ?? 'NONE') : 'OK';
  } catch {
    // stays NOT_JSON
  }
  return { id, status: res.status, code, ms: performance.now() - t0, bytes: text.length };
}

// rounds: a number, or 0 for "until told to stop" (a 'stop' message; the round under way ends).
let stopped = false;
parentPort.on('message', (m) => {
  if (m === 'stop') stopped = true;
});
const answers = [];
for (let r = 0; rounds === 0 ? !stopped : r < rounds; r++) {
  answers.push(...(await Promise.all(Array.from({ length: concurrency }, once))));
  // Bursts of `concurrency` requests, `pauseMs` apart (which also lets the 'stop' message in).
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
}
parentPort.postMessage(answers);

// V8's allocation-site pretenuring, turned off for the processes that serve or measure requests.
//
// V8 watches which allocation sites' objects survive young-generation collections and, when
// enough do, allocates that site's objects straight in the old generation. Under 32 concurrent
// 2-hop neighbourhoods it took that decision for the Bolt decoder's lists and maps (an answer is
// decoded just before it is used, so at any collection some answers are mid-flight): the decoded
// lists, now old, kept their young strings and maps alive through every scavenge until the next
// full collection, which the scavenges then copied and promoted, which kept the site pretenured.
// A process reading neighbourhoods through the database layer settled into that state in about
// half of its runs: 10-37 MB survived each scavenge instead of under 1, its GC threads used three
// times the main thread's time, and it spent 0.80-0.96 instead of 0.58-0.65 ms of CPU per answer
// (`node --trace-gc-nvp`, new_space_survived). With pretenuring off: 17 runs, none in that state,
// 0.56-0.62 ms.
// The service (server/main.ts) and the benchmark's processes (bench/run.ts and its load clients,
// so that the plain-driver reference runs under the same settings) turn it off before they start.
import v8 from 'node:v8';

let applied = false;

/** Turns off allocation-site pretenuring for this process (idempotent; flags are process-wide). */
export function tuneV8(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}

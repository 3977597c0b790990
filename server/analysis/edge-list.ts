// A compact undirected weighted edge list keyed by integer node ids, and the accumulator that
// builds one from streamed evidence rows. Evidence about the same pair is summed into one edge, so
// the graph is simple (no parallel edges, no self-loops) whatever the number of rows.

export interface EdgeList {
  /** Node ids (e.g. Person uids); node i of the arrays below is ids[i]. */
  readonly ids: readonly string[];
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Edge weights; undefined means every edge weighs 1. */
  readonly weight: Float64Array | undefined;
  readonly edgeCount: number;
}

/**
 * Sums evidence into one edge per unordered pair of nodes. The pair → edge look-up is an
 * open-addressing hash table of edge indices in an Int32Array (linear probing, at most half full),
 * comparing against the edge's own src/dst: about 8 bytes per pair and no garbage, where a
 * Map<number, number> keyed by a * 2^26 + b took a heap number per key, about 60 bytes per pair,
 * and stops at V8's 2^24-entry limit (16.7M pairs). bench/suites/scale.ts measures it.
 */
export class EdgeAccumulator {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private slots = new Int32Array(2048).fill(-1);
  private src = new Int32Array(1024);
  private dst = new Int32Array(1024);
  private weight = new Float64Array(1024);
  private count = 0;

  /** The integer id of a node, adding it when new. */
  node(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  get nodeCount(): number {
    return this.ids.length;
  }

  get edgeCount(): number {
    return this.count;
  }

  /** Adds `w` to the undirected edge between a and b (ignored for a self-pair or w <= 0). */
  add(a: string, b: string, w = 1): void {
    if (a === b || !(w > 0)) return;
    this.addIds(this.node(a), this.node(b), w);
  }

  addIds(a: number, b: number, w = 1): void {
    if (a === b || !(w > 0)) return;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const { slots, src, dst } = this;
    const mask = slots.length - 1;
    let s = pairHash(lo, hi) & mask;
    for (let e = slots[s]!; e !== -1; e = slots[s]!) {
      if (src[e] === lo && dst[e] === hi) {
        this.weight[e] = this.weight[e]! + w;
        return;
      }
      s = (s + 1) & mask;
    }
    if (this.count === this.src.length) this.grow();
    const e = this.count++;
    this.src[e] = lo;
    this.dst[e] = hi;
    this.weight[e] = w;
    slots[s] = e;
    if (2 * this.count > slots.length) this.rehash();
  }

  private grow(): void {
    const cap = this.src.length * 2;
    const s = new Int32Array(cap);
    s.set(this.src);
    const d = new Int32Array(cap);
    d.set(this.dst);
    const w = new Float64Array(cap);
    w.set(this.weight);
    this.src = s;
    this.dst = d;
    this.weight = w;
  }

  /** Doubles the table and reinserts every edge (pairs are distinct, so no comparisons). */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    const { src, dst } = this;
    for (let e = 0; e < this.count; e++) {
      let s = pairHash(src[e]!, dst[e]!) & mask;
      while (slots[s] !== -1) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }

  toEdgeList(): EdgeList {
    return {
      ids: this.ids,
      src: this.src.slice(0, this.count),
      dst: this.dst.slice(0, this.count),
      weight: this.weight.slice(0, this.count),
      edgeCount: this.count,
    };
  }
}

/** A 32-bit mix of the pair (murmur3's finaliser over a multiplicative combination). */
function pairHash(lo: number, hi: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ hi;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Parses a whitespace-separated edge list ("a b" or "a b w" per line, integer node ids, '#' comments)
 * straight from bytes into typed arrays: no per-line strings. Node ids are kept as given.
 */
export function parseEdgeList(buf: Uint8Array): EdgeList {
  let cap = Math.max(1024, buf.length >>> 3);
  let src = new Int32Array(cap);
  let dst = new Int32Array(cap);
  let weight: Float64Array | undefined;
  let count = 0;
  let maxId = -1;
  const n = buf.length;
  let i = 0;
  const fields: number[] = [0, 0, 0];
  while (i < n) {
    let f = 0;
    // One line.
    while (i < n && buf[i] !== 10) {
      const c = buf[i]!;
      if (c === 35) {
        while (i < n && buf[i] !== 10) i++;
        break;
      }
      if (c === 32 || c === 9 || c === 13 || c === 44) {
        i++;
        continue;
      }
      // A number (integer or decimal).
      let v = 0;
      let frac = 0;
      let scale = 1;
      while (i < n) {
        const d = buf[i]!;
        if (d >= 48 && d <= 57) {
          if (frac) scale /= 10;
          v = frac ? v + (d - 48) * scale : v * 10 + (d - 48);
        } else if (d === 46) frac = 1;
        else break;
        i++;
      }
      if (f < 3) fields[f] = v;
      f++;
    }
    i++;
    if (f < 2) continue;
    if (count === cap) {
      cap *= 2;
      const s = new Int32Array(cap);
      s.set(src);
      src = s;
      const d = new Int32Array(cap);
      d.set(dst);
      dst = d;
      if (weight) {
        const w = new Float64Array(cap);
        w.set(weight);
        weight = w;
      }
    }
    const a = fields[0]!;
    const b = fields[1]!;
    src[count] = a;
    dst[count] = b;
    if (f >= 3) {
      if (!weight) weight = new Float64Array(cap).fill(1);
      weight[count] = fields[2]!;
    } else if (weight) weight[count] = 1;
    if (a > maxId) maxId = a;
    if (b > maxId) maxId = b;
    count++;
  }
  const ids = new Array<string>(maxId + 1);
  for (let k = 0; k <= maxId; k++) ids[k] = String(k);
  return {
    ids,
    src: src.slice(0, count),
    dst: dst.slice(0, count),
    weight: weight?.slice(0, count),
    edgeCount: count,
  };
}

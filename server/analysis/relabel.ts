// Dense community labels, largest community first: the one numbering every partition is reported in.

/** Relabels community ids densely, largest first (ties by lowest member index), for stable output. */
export function relabelBySize(raw: Int32Array): { membership: Int32Array; count: number } {
  // Ids are shifted into 0..range-1 and counted in typed arrays (one pass, no Map per node): the
  // library returns dense ids, so the range is small; any Int32 ids work.
  let lo = 0;
  let hi = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (i === 0 || c < lo) lo = c;
    if (i === 0 || c > hi) hi = c;
  }
  const range = hi - lo + 1;
  if (range > 4 * raw.length + 16) return relabelSparse(raw);
  const size = new Int32Array(range);
  const first = new Int32Array(range).fill(-1);
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]! - lo;
    if (size[c]!++ === 0) first[c] = i;
  }
  const order: number[] = [];
  for (let c = 0; c < range; c++) if (size[c]! > 0) order.push(c);
  order.sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);
  const label = new Int32Array(range);
  for (let k = 0; k < order.length; k++) label[order[k]!] = k;
  const membership = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) membership[i] = label[raw[i]! - lo]!;
  return { membership, count: order.length };
}

function relabelSparse(raw: Int32Array): { membership: Int32Array; count: number } {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  }
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const label = new Map(order.map((c, k) => [c, k]));
  const membership = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) membership[i] = label.get(raw[i]!)!;
  return { membership, count: order.length };
}

// Normalised mutual information between two partitions of the same nodes (arithmetic-mean
// normalisation, as igraph's compare_communities(method="nmi") and scikit-learn use).

export function nmi(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError('nmi: partitions of different lengths.');
  const n = a.length;
  if (n === 0) return 1;
  const ca = new Map<number, number>();
  const cb = new Map<number, number>();
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    ca.set(a[i]!, (ca.get(a[i]!) ?? 0) + 1);
    cb.set(b[i]!, (cb.get(b[i]!) ?? 0) + 1);
    const key = `${a[i]}\u0000${b[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const h = (counts: Map<number, number>) => {
    let s = 0;
    for (const c of counts.values()) s -= (c / n) * Math.log(c / n);
    return s;
  };
  const ha = h(ca);
  const hb = h(cb);
  if (ha === 0 && hb === 0) return 1;
  let mi = 0;
  for (const [key, c] of joint) {
    const [x, y] = key.split('\u0000').map(Number) as [number, number];
    mi += (c / n) * Math.log((c * n) / (ca.get(x)! * cb.get(y)!));
  }
  return (2 * mi) / (ha + hb);
}

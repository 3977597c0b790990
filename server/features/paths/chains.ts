// Resale chains of one relic, from its sales: a chain is a sequence of sales where a buyer of
// each sale is a seller of the next, strictly later (and within maxGap when given). Every maximal
// chain is returned: it starts with a sale no earlier sale leads to (the looter's or first
// dealer's) and ends with one that leads nowhere (the last known holders). Pure, so it is unit-tested.

export interface SaleRecord {
  key: string;
  at: number | null;
  sellers: readonly string[];
  buyers: readonly string[];
}

export const MAX_CHAINS = 1_000;

/** Chains as lists of indices into `sales`, earliest start first, then longest. */
export function resaleChains(sales: readonly SaleRecord[], maxGap: number | null = null): number[][] {
  const next: number[][] = sales.map(() => []);
  const hasPrev = sales.map(() => false);
  sales.forEach((a, i) => {
    const t = a.at;
    if (t === null) return;
    sales.forEach((b, j) => {
      if (i === j || b.at === null || b.at <= t) return;
      if (maxGap !== null && b.at - t > maxGap) return;
      if (!a.buyers.some((p) => b.sellers.includes(p))) return;
      next[i]!.push(j);
      hasPrev[j] = true;
    });
  });
  const chains: number[][] = [];
  const walk = (path: number[]) => {
    if (chains.length >= MAX_CHAINS) return;
    const last = path[path.length - 1]!;
    const onward = next[last]!;
    if (onward.length === 0) chains.push(path);
    else for (const j of onward) walk([...path, j]);
  };
  sales.forEach((_, i) => {
    if (!hasPrev[i]) walk([i]);
  });
  const at = (i: number) => sales[i]!.at ?? Number.POSITIVE_INFINITY;
  return chains.sort((x, y) => at(x[0]!) - at(y[0]!) || y.length - x.length);
}

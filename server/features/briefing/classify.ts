// What each community of a run is reported as, from what its members did. Louvain groups people
// by how densely they are tied, so the dealers, collectors and buyers who trade with many gangs
// can form a community of their own: that is the market, not a gang. The rule (stated in the
// document's method appendix, MARKET_RULE):
//   market cluster  at least half its members bought relics and are party to no offence, at most
//                   a fifth offend together with another member, and its members traded (sold to
//                   or bought from) members of at least three other communities;
//   gang            otherwise, when at least two of its members are party to the same offence;
//   other           the rest (families, circles of acquaintances, lone buyers): counted, not reported.
import type { CommunityKind, CommunityProfile, MemberRole } from './types.ts';

export const MARKET_RULE = {
  minMarketShare: 0.5,
  maxCoOffenderShare: 0.2,
  minTradePartners: 3,
} as const;
export const MIN_CO_OFFENDERS = 2;

export interface MemberFacts {
  offences: number;
  lootings: number;
  sold: number;
  bought: number;
}

/** A member's primary role: looting above any other offence above selling above buying. */
export function roleOf(m: MemberFacts): MemberRole {
  if (m.lootings > 0) return 'looter';
  if (m.offences > 0) return 'offender';
  if (m.sold > 0) return 'seller';
  if (m.bought > 0) return 'buyer';
  return 'associate';
}

export const isMarketSide = (m: MemberFacts) => m.offences === 0 && m.bought > 0;

export function kindOf(p: Omit<CommunityProfile, 'kind'>): CommunityKind {
  const size = Math.max(1, p.size);
  if (
    p.marketSide / size >= MARKET_RULE.minMarketShare &&
    p.coOffenders / size <= MARKET_RULE.maxCoOffenderShare &&
    p.tradePartners >= MARKET_RULE.minTradePartners
  ) {
    return 'market';
  }
  return p.coOffenders >= MIN_CO_OFFENDERS ? 'gang' : 'other';
}

export interface CommunityRow {
  index: number;
  size: number;
  density: number;
  cases: number;
  sales: number;
  sites: number;
  relics: number;
  firstAt: number | null;
  lastAt: number | null;
  keyPlayers: string[];
}

/** Profiles of every community: members' facts summed, trades counted, the rule applied. */
export function profileCommunities(
  rows: readonly CommunityRow[],
  members: ReadonlyArray<MemberFacts & { community: number }>,
  coOffenders: ReadonlyMap<number, number>,
  trades: ReadonlyArray<{ seller: number; buyer: number; sales: number }>,
): CommunityProfile[] {
  const market = new Map<number, number>();
  const offenders = new Map<number, number>();
  for (const m of members) {
    if (isMarketSide(m)) market.set(m.community, (market.get(m.community) ?? 0) + 1);
    if (m.offences > 0) offenders.set(m.community, (offenders.get(m.community) ?? 0) + 1);
  }
  const partners = new Map<number, Set<number>>();
  const outside = new Map<number, number>();
  for (const t of trades) {
    if (t.seller === t.buyer) continue;
    for (const [self, other] of [
      [t.seller, t.buyer],
      [t.buyer, t.seller],
    ] as const) {
      let set = partners.get(self);
      if (!set) partners.set(self, (set = new Set()));
      set.add(other);
      outside.set(self, (outside.get(self) ?? 0) + t.sales);
    }
  }
  return rows.map((r) => {
    const p = {
      ...r,
      marketSide: market.get(r.index) ?? 0,
      offenders: offenders.get(r.index) ?? 0,
      coOffenders: coOffenders.get(r.index) ?? 0,
      tradePartners: partners.get(r.index)?.size ?? 0,
      outsideSales: outside.get(r.index) ?? 0,
    };
    return { ...p, kind: kindOf(p) };
  });
}

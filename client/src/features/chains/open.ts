// Resale chains' actions: ask the API for every time-ordered chain of sales of a relic, put them on
// the canvas in time order beside what is there (graph/chain-layout.ts, the chain's nodes only),
// draw the current chain over the rest and list its sales in the drawer.
import i18next from 'i18next';
import { createElement } from 'react';
import type { ChainsResaleQuery, ChainsResaleQueryVariables } from '../../api/__generated__/operations.ts';
import { toSubgraph, type ApiSubgraph } from '../../api/mapping.ts';
import { api } from '../../app/api.ts';
import { errorCode, errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import { caption, type CaptionInput } from '../../graph/captions.ts';
import { chainLayout } from '../../graph/chain-layout.ts';
import type { Picked } from '../paths/EntityPicker.tsx';
import { afterResize, emphasise, fitNodes } from '../paths/on-canvas.ts';
import CHAINS from './chains.graphql?raw';
import { useChains, type Chain, type ChainsAnswer } from './state.ts';

export const DRAWER_TAB = 'resale-chains';
/** Chains asked for at once (the API pages them). */
const FIRST = 100;
const DAY = 86_400_000;

type Raw = ChainsResaleQuery['resaleChains'];
type RawEntity = Raw['relic'];

const entity = (e: RawEntity): CaptionInput => ({
  id: e.id,
  type: e.type,
  label: e.label,
  at: 'at' in e ? (e.at as number | null) : null,
  price: 'price' in e ? (e.price as number | null) : null,
  currency: 'currency' in e ? (e.currency as string | null) : null,
  properties: (e.properties as Record<string, unknown>) ?? {},
});

/** From the paths panel or anywhere a relic is offered: switch to resale chains and open them. */
export function openChainsFor(relic: Picked): void {
  useChains.getState().set({ relic, problem: null });
  useWorkspace.getState().setTask('chains');
  void openChains();
}

export async function openChains(): Promise<void> {
  const s = useChains.getState();
  if (!s.relic) {
    s.set({ problem: { key: 'check.noRelic' } });
    return;
  }
  if (s.relic.entity.type !== 'Relic') {
    s.set({ problem: { key: 'check.notRelic' } });
    return;
  }
  if (s.maxGapDays !== null && !(s.maxGapDays >= 0)) {
    s.set({ problem: { key: 'check.gap' } });
    return;
  }
  s.set({ busy: true, problem: null });
  const { setBusy } = useWorkspace.getState();
  setBusy({ text: i18next.t('chains:opening'), progress: null });
  try {
    const d = await api.request<ChainsResaleQuery, ChainsResaleQueryVariables>(
      CHAINS,
      {
        relicId: s.relic.id,
        maxGapMs: s.maxGapDays === null ? null : s.maxGapDays * DAY,
        first: FIRST,
      },
      'ChainsResale',
    );
    const r = d.resaleChains;
    const chains: Chain[] = r.items.map((c) => ({
      startAt: c.startAt,
      endAt: c.endAt,
      lastHolders: c.lastHolders.map(entity),
      steps: c.steps.map((st) => ({
        sale: entity(st.sale),
        sellers: st.sellers.map(entity),
        buyers: st.buyers.map(entity),
        at: st.at,
        price: st.price,
        currency: st.currency,
        soldAt: st.soldAt ? entity(st.soldAt) : null,
      })),
    }));
    const sub = r.subgraph as unknown as ApiSubgraph;
    const answer: ChainsAnswer = {
      relic: entity(r.relic),
      origin: r.origin ? entity(r.origin) : null,
      chains,
      more: r.nextCursor !== null,
      first: FIRST,
      truncated: sub.truncated,
      nodeIds: sub.nodes.map((n) => n.id),
      edgeIds: sub.edges.map((e) => e.id),
    };
    useChains.getState().set({ answer, current: 0, busy: false });
    draw(answer, sub);
  } catch (err) {
    errorMessage(err); // logs what the server said, for whoever debugs
    useChains.getState().set({ busy: false, problem: { code: errorCode(err) } });
  } finally {
    setBusy(null);
  }
}

/** The chains on the canvas in time order, beside what is there; the first drawn over the rest. */
function draw(answer: ChainsAnswer, apiSub: ApiSubgraph): void {
  const { canvas } = useWorkspace.getState();
  if (canvas) {
    if (answer.chains.length) {
      canvas.add(toSubgraph(apiSub));
      chainLayout(canvas.graph, answer.nodeIds);
      canvas.renderer.refresh();
      useWorkspace.getState().graphChanged();
    } else emphasise(canvas, null);
  }
  if (answer.chains.length) {
    showChain(0, { fit: false });
    // The drawer takes room from the canvas: fit once the canvas has its new size.
    void openTable().then(() => afterResize(() => canvas && fitNodes(canvas, answer.nodeIds)));
  } else useWorkspace.getState().closeDrawerTab(DRAWER_TAB);
}

/** The nodes of one chain: its relic and origin, each sale with its parties and place. */
export function chainNodes(answer: ChainsAnswer, chain: Chain): string[] {
  const ids = new Set<string>([answer.relic.id]);
  if (answer.origin) ids.add(answer.origin.id);
  for (const st of chain.steps) {
    ids.add(st.sale.id);
    for (const p of [...st.sellers, ...st.buyers]) ids.add(p.id);
    if (st.soldAt) ids.add(st.soldAt.id);
  }
  return [...ids];
}

/** Shows chain `i`: drawn over the rest, its sales in the drawer's table. */
export function showChain(i: number, opts: { fit?: boolean } = {}): void {
  const { answer } = useChains.getState();
  if (!answer?.chains.length) return;
  const n = answer.chains.length;
  const current = ((i % n) + n) % n;
  useChains.getState().set({ current });
  const canvas = useWorkspace.getState().canvas;
  if (!canvas) return;
  const nodes = new Set(chainNodes(answer, answer.chains[current]!));
  const drawing = new Set(answer.edgeIds);
  const edges = canvas.graph.filterEdges((e, _a, s, t) => drawing.has(e) && nodes.has(s) && nodes.has(t));
  emphasise(canvas, { nodes, edges });
  if (opts.fit !== false) fitNodes(canvas, [...nodes]);
}

export function clearChains(): void {
  const canvas = useWorkspace.getState().canvas;
  if (canvas) emphasise(canvas, null);
  useChains.getState().set({ answer: null, current: 0, problem: null });
  useWorkspace.getState().closeDrawerTab(DRAWER_TAB);
}

const tableTitle = () => {
  const a = useChains.getState().answer;
  return a ? i18next.t('chains:table.title', { relic: caption(a.relic) }) : i18next.t('chains:title');
};

export function openTable(): Promise<void> {
  return import('./ChainsTable.tsx').then(({ ChainsTable }) =>
    useWorkspace.getState().openDrawer({
      id: DRAWER_TAB,
      title: tableTitle,
      render: () => createElement(ChainsTable),
    }),
  );
}

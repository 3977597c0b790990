// Analyst views: run community detection with its parameters and watch its progress; the gangs
// with size, key players and activity; colour the canvas by community; repeat offenders; gang
// evolution across time windows.
import {
  communities,
  communityGraph,
  detectCommunities,
  gangEvolution,
  keyPlayers,
  memberships,
  repeatOffenders,
  waitForJob,
  type Community,
  type Job,
} from '../api/analysis.ts';
import { neighbourhood } from '../api/investigation.ts';
import type { AppContext } from './context.ts';
import { clear, fmtDate, h, showError, table } from './dom.ts';

function progressView(): { el: HTMLElement; update: (j: Job) => void } {
  const bar = h('progress', { max: 1, value: 0, id: 'job-progress' });
  const text = h('span', { id: 'job-status', class: 'muted' });
  return {
    el: h('div', { class: 'job', 'aria-live': 'polite' }, bar, ' ', text),
    update: (j) => {
      bar.value = j.progress;
      text.textContent = `${j.status}${j.message ? ` — ${j.message}` : ''}${j.engine ? ` (${j.engine})` : ''}`;
    },
  };
}

export function analystPanel(ctx: AppContext): HTMLElement {
  let runId: string | null = null;
  const resolution = h('input', { id: 'louvain-resolution', type: 'number', step: 0.1, min: 0.1, value: 1 });
  const seed = h('input', { id: 'louvain-seed', type: 'number', step: 1, value: 42 });
  const prog = progressView();
  const gangs = h('div', { id: 'gangs' });
  const msg = h('div', { 'aria-live': 'polite' });

  const colourCanvas = async () => {
    if (!runId) return showError(msg, new Error('Run community detection first (or load the latest run).'));
    try {
      const m = await memberships(ctx.api, ctx.canvas.graph.nodes(), runId);
      ctx.canvas.graph.forEachNode((n) => {
        const c = m.get(n);
        if (c !== undefined) ctx.canvas.graph.setNodeAttribute(n, 'community', String(c));
      });
      ctx.canvas.setStyle({ colorBy: 'community' });
      const colourBy = document.getElementById('color-by') as HTMLSelectElement | null;
      if (colourBy) colourBy.value = 'community';
      ctx.status(`Coloured ${m.size} people by their community`);
      clear(msg);
    } catch (err) {
      showError(msg, err);
    }
  };

  const openGang = async (c: Community) => {
    try {
      const members = await keyPlayers(ctx.api, c.runId, c.index, 500);
      const ids = members.map((m) => m.id);
      const sub = await neighbourhood(ctx.api, ids.slice(0, 50), {
        hops: 1,
        nodeTypes: ['Person', 'Phone', 'Vehicle', 'Case'],
      });
      ctx.canvas.add(sub);
      for (const m of members)
        if (ctx.canvas.graph.hasNode(m.id))
          ctx.canvas.graph.setNodeAttribute(m.id, 'community', String(m.community));
      ctx.canvas.setStyle({ colorBy: 'community' });
      ctx.canvas.select(ids.filter((id) => ctx.canvas.graph.hasNode(id)).slice(0, 5));
      ctx.status(`Gang ${c.index}: ${c.size} people on the canvas`);
    } catch (err) {
      showError(msg, err);
    }
  };

  /**
   * Every gang's members on the canvas, one disc per gang, shown as gangs first: one node per gang
   * sized by its members, linked by the weighted ties between gangs (the server's community graph;
   * without it, gangs only). Double-click a gang to open its members.
   */
  const openAllGangs = async () => {
    try {
      const overview = await communityGraph(ctx.api, runId);
      const list = overview ? overview.nodes : await communities(ctx.api, runId);
      if (!list[0]) return showError(msg, new Error('No community run yet: run community detection first.'));
      runId = list[0].runId;
      const cols = Math.ceil(Math.sqrt(list.length));
      const nodes = [];
      // Members of every gang, four requests at a time (one request per gang).
      const memberLists: Awaited<ReturnType<typeof keyPlayers>>[] = new Array(list.length);
      let next = 0;
      let loaded = 0;
      const worker = async () => {
        while (next < list.length) {
          const i = next++;
          const c = list[i]!;
          memberLists[i] = await keyPlayers(ctx.api, c.runId, c.index, 500);
          ctx.status(`Loading gangs: ${++loaded}/${list.length}`);
        }
      };
      await Promise.all(Array.from({ length: Math.min(4, list.length) }, worker));
      for (const [i, c] of list.entries()) {
        const members = memberLists[i]!;
        const cx = (i % cols) * 12;
        const cy = Math.floor(i / cols) * 12;
        for (const [j, m] of members.entries()) {
          const r = 4 * Math.sqrt((j + 0.5) / members.length);
          const a = j * 2.39996; // golden angle: an even disc
          nodes.push({
            id: m.id,
            type: 'Person',
            label: m.name ?? m.id,
            community: c.index,
            x: cx + r * Math.cos(a),
            y: cy + r * Math.sin(a),
          });
        }
      }
      ctx.canvas.replace({ nodes, edges: [] });
      ctx.canvas.setStyle({ colorBy: 'community' });
      ctx.canvas.collapse(
        overview && {
          sizes: new Map(overview.nodes.map((c) => [String(c.index), c.size])),
          links: overview.edges.map((e) => ({ ...e, source: String(e.source), target: String(e.target) })),
        },
      );
      const links = overview
        ? `, ${overview.edges.length} links between gangs${overview.capped ? ` (the ${list.length} largest of ${overview.totalCommunities} gangs, heaviest links only)` : ''}`
        : ' (this server gives no links between gangs)';
      ctx.status(`${list.length} gangs, ${nodes.length} people${links}. Double-click a gang to open it.`);
    } catch (err) {
      showError(msg, err);
    }
  };

  const showGangs = async () => {
    try {
      const list = await communities(ctx.api, runId);
      if (list[0]) runId = list[0].runId;
      const names = new Map<string, string>();
      const top = await keyPlayers(ctx.api, runId, null, 200).catch(() => []);
      for (const k of top) names.set(k.id, k.name ?? k.id);
      clear(
        gangs,
        h('p', { class: 'muted' }, `${list.length} communities in run ${runId ?? '—'}`),
        table(
          ['Gang', 'Size', 'Key players', 'Cases / sales', 'Active'],
          list.slice(0, 100).map((c) => [
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => void openGang(c), title: 'Open on the canvas' },
              `#${c.index}`,
            ),
            String(c.size),
            c.keyPlayers
              .slice(0, 3)
              .map((id) => names.get(id) ?? id.replace(/^Person:/, ''))
              .join(', '),
            `${c.cases ?? 0} / ${c.sales ?? 0}`,
            `${fmtDate(c.firstAt)} – ${fmtDate(c.lastAt)}`,
          ]),
          { class: 'gangs', id: 'gangs-table' },
        ),
      );
    } catch (err) {
      showError(gangs, err);
    }
  };

  const run = async () => {
    try {
      const job = await detectCommunities(ctx.api, {
        resolution: Number(resolution.value),
        seed: Number(seed.value),
      });
      const done = await waitForJob(ctx.api, job, prog.update);
      runId = done.runId;
      ctx.status(`Community detection finished (run ${runId})`);
      await showGangs();
    } catch (err) {
      showError(msg, err);
    }
  };

  // Repeat offenders
  const minCases = h('input', { id: 'min-cases', type: 'number', min: 2, value: 2 });
  const roOut = h('div', { id: 'repeat-offenders' });
  const runRepeat = async () => {
    const p = progressView();
    clear(roOut, p.el);
    try {
      const r = await repeatOffenders(ctx.api, Number(minCases.value), p.update);
      clear(
        roOut,
        h('p', {}, `${r.total} people party to ${minCases.value}+ cases`),
        table(
          ['Person', 'Cases', 'First', 'Last'],
          r.offenders
            .slice(0, 50)
            .map((o) => [
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => void ctx.open([o.id]) },
                o.id.replace(/^Person:/, ''),
              ),
              String(o.cases),
              fmtDate(o.first),
              fmtDate(o.last),
            ]),
        ),
      );
    } catch (err) {
      showError(roOut, err);
    }
  };

  // Evolution
  const year = 365 * 24 * 3600 * 1000;
  const evFrom = h('input', {
    id: 'evo-from',
    type: 'date',
    value: new Date(Date.now() - 5 * year).toISOString().slice(0, 10),
  });
  const evTo = h('input', { id: 'evo-to', type: 'date', value: new Date().toISOString().slice(0, 10) });
  const evWindow = h('input', { id: 'evo-window', type: 'number', min: 7, value: 365 });
  const evOut = h('div', { id: 'evolution' });
  const runEvolution = async () => {
    const p = progressView();
    clear(evOut, p.el);
    try {
      const days = Number(evWindow.value);
      const r = await gangEvolution(
        ctx.api,
        { from: Date.parse(evFrom.value), to: Date.parse(evTo.value), windowDays: days, stepDays: days / 2 },
        p.update,
      );
      clear(
        evOut,
        h(
          'p',
          {},
          `${r.births} births, ${r.deaths} deaths, ${r.merges} merges, ${r.splits} splits across ${r.windows.length} windows`,
        ),
        table(
          ['Window', 'Gangs', 'People'],
          r.windows.map((w) => [w.label, String(w.communities), String(w.people)]),
        ),
        table(
          ['Gang', 'Sizes by window', 'Core'],
          r.gangs
            .slice(0, 30)
            .map((g) => [
              `#${g.id}${g.parent !== null ? ` (from #${g.parent})` : ''}`,
              g.windows.map((w, i) => `${w}:${g.sizes[i]}`).join(' '),
              String(g.core.length),
            ]),
        ),
      );
    } catch (err) {
      showError(evOut, err);
    }
  };

  return h(
    'section',
    { class: 'panel', 'aria-label': 'Analyst' },
    h('h2', {}, 'Community detection'),
    h(
      'form',
      { onsubmit: (e: Event) => (e.preventDefault(), void run()) },
      h('label', { for: 'louvain-resolution' }, 'Resolution'),
      resolution,
      h('label', { for: 'louvain-seed' }, 'Seed'),
      seed,
      h('button', { type: 'submit', id: 'run-communities', class: 'primary' }, 'Run job'),
    ),
    prog.el,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', id: 'load-gangs', onclick: () => void showGangs() }, 'Latest run'),
      ' ',
      h(
        'button',
        { type: 'button', id: 'colour-communities', onclick: () => void colourCanvas() },
        'Colour canvas by community',
      ),
      ' ',
      h(
        'button',
        {
          type: 'button',
          id: 'open-all-gangs',
          onclick: () => void openAllGangs(),
          title: 'Every gang as one node; double-click one to open it',
        },
        'Open all gangs',
      ),
    ),
    msg,
    gangs,
    h('h2', {}, 'Repeat offenders'),
    h(
      'form',
      { onsubmit: (e: Event) => (e.preventDefault(), void runRepeat()) },
      h('label', { for: 'min-cases' }, 'Minimum cases'),
      minCases,
      h('button', { type: 'submit', id: 'run-repeat' }, 'Find'),
    ),
    roOut,
    h('h2', {}, 'Gang evolution'),
    h(
      'form',
      { onsubmit: (e: Event) => (e.preventDefault(), void runEvolution()) },
      h('label', { for: 'evo-from' }, 'From'),
      evFrom,
      h('label', { for: 'evo-to' }, 'To'),
      evTo,
      h('label', { for: 'evo-window' }, 'Window (days)'),
      evWindow,
      h('button', { type: 'submit', id: 'run-evolution' }, 'Track'),
    ),
    evOut,
  );
}

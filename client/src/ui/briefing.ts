// The commander's briefing: the gangs, their key players, recent activity and a picture of the
// network, exported to PDF and PNG.
import { jsPDF } from 'jspdf';
import {
  communities,
  communityGraph,
  keyPlayers,
  type Community,
  type CommunityLink,
  type KeyPlayer,
} from '../api/analysis.ts';
import { download } from '../graph/export.ts';
import { communityColor } from '../sigma/style.ts';
import { snapshotCanvas, canvasToPngBlob } from '../sigma/png.ts';
import type { AppContext } from './context.ts';
import { clear, fmtDate, h, showError, table } from './dom.ts';

interface Briefing {
  gangs: Community[];
  players: Map<string, KeyPlayer>;
  picture: HTMLCanvasElement;
  date: string;
}

/**
 * A picture of the network: the canvas when it holds something, else the gangs as bubbles linked
 * by the weighted ties between them (the run's community graph, when the server offers it).
 */
function picture(ctx: AppContext, gangs: Community[], links: CommunityLink[] = []): HTMLCanvasElement {
  if (ctx.canvas.shown.order > 0) return snapshotCanvas(ctx.canvas.renderer, 1);
  const c = document.createElement('canvas');
  c.width = 800;
  c.height = 450;
  const g = c.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  const shown = gangs.slice(0, 24);
  const max = Math.max(1, ...shown.map((x) => x.size));
  const at = (i: number) => {
    const a = (i / Math.max(1, shown.length)) * 2 * Math.PI;
    return { x: 400 + 300 * Math.cos(a), y: 225 + 170 * Math.sin(a) };
  };
  const slot = new Map(shown.map((gang, i) => [gang.index, i]));
  const drawn = links.filter((l) => slot.has(l.source) && slot.has(l.target));
  const maxW = Math.max(1e-9, ...drawn.map((l) => l.weight));
  g.strokeStyle = '#b8c2cc';
  for (const l of drawn) {
    const p = at(slot.get(l.source)!);
    const q = at(slot.get(l.target)!);
    g.lineWidth = 0.5 + 4 * Math.sqrt(l.weight / maxW);
    g.beginPath();
    g.moveTo(p.x, p.y);
    g.lineTo(q.x, q.y);
    g.stroke();
  }
  shown.forEach((gang, i) => {
    const { x, y } = at(i);
    const r = 8 + 30 * Math.sqrt(gang.size / max);
    g.fillStyle = communityColor(String(gang.index));
    g.beginPath();
    g.arc(x, y, r, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#1d2733';
    g.font = '12px system-ui, sans-serif';
    g.fillText(`#${gang.index} (${gang.size})`, x + r + 4, y + 4);
  });
  return c;
}

const name = (b: Briefing, id: string) => b.players.get(id)?.name ?? id.replace(/^Person:/, '');

function toPdf(b: Briefing): jsPDF {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  pdf.setFontSize(18);
  pdf.text('Crimegraph briefing', 40, 50);
  pdf.setFontSize(10);
  pdf.text(`Prepared ${b.date}. ${b.gangs.length} gangs detected.`, 40, 68);
  const img = b.picture.toDataURL('image/png');
  const w = 380;
  pdf.addImage(img, 'PNG', 420, 80, w, (w * b.picture.height) / b.picture.width);
  let y = 95;
  pdf.setFontSize(12);
  pdf.text('Gangs and key players', 40, y);
  pdf.setFontSize(9);
  for (const g of b.gangs.slice(0, 18)) {
    y += 14;
    pdf.text(
      `#${g.index}  ${g.size} people  ${fmtDate(g.firstAt)} – ${fmtDate(g.lastAt)}  ${g.keyPlayers
        .slice(0, 3)
        .map((id) => name(b, id))
        .join(', ')}`.slice(0, 90),
      40,
      y,
    );
  }
  y += 24;
  pdf.setFontSize(12);
  pdf.text('Recent activity', 40, y);
  pdf.setFontSize(9);
  for (const g of recent(b.gangs).slice(0, 6)) {
    y += 14;
    pdf.text(
      `#${g.index} last active ${fmtDate(g.lastAt)}: ${g.cases ?? 0} cases, ${g.sales ?? 0} sales`,
      40,
      y,
    );
  }
  return pdf;
}

const recent = (gangs: Community[]) =>
  [...gangs].filter((g) => g.lastAt).sort((a, b) => b.lastAt! - a.lastAt!);

function toPng(b: Briefing, view: HTMLElement): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = 1400;
  c.height = 800;
  const g = c.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#1d2733';
  g.font = 'bold 28px system-ui, sans-serif';
  g.fillText('Crimegraph briefing', 30, 50);
  g.font = '14px system-ui, sans-serif';
  g.fillText(`Prepared ${b.date}. ${b.gangs.length} gangs detected.`, 30, 76);
  const lines = [...view.querySelectorAll('#briefing-gangs tbody tr')]
    .slice(0, 30)
    .map((tr) => [...tr.children].map((td) => td.textContent).join('   '));
  lines.forEach((l, i) => g.fillText(l.slice(0, 80), 30, 110 + i * 20));
  const w = 700;
  g.drawImage(b.picture, 670, 90, w, (w * b.picture.height) / b.picture.width);
  return c;
}

export async function openBriefing(ctx: AppContext): Promise<void> {
  const body = h('div', { id: 'briefing-body' }, h('p', {}, 'Preparing the briefing…'));
  const close = () => overlay.remove();
  const header = h(
    'header',
    {},
    h('h1', {}, 'Briefing'),
    h('button', { type: 'button', id: 'briefing-close', onclick: close }, 'Close'),
  );
  const overlay = h(
    'div',
    { class: 'overlay', id: 'briefing', role: 'dialog', 'aria-label': 'Briefing' },
    header,
    body,
  );
  overlay.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  document.body.append(overlay);
  try {
    const gangs = await communities(ctx.api);
    // The links between the largest gangs for the picture; the briefing stands without them.
    const overview = gangs[0] ? await communityGraph(ctx.api, gangs[0].runId, 24).catch(() => null) : null;
    const players = new Map<string, KeyPlayer>();
    for (const k of await keyPlayers(ctx.api, gangs[0]?.runId ?? null, null, 200)) players.set(k.id, k);
    const b: Briefing = {
      gangs,
      players,
      picture: picture(ctx, gangs, overview?.edges ?? []),
      date: new Date().toISOString().slice(0, 10),
    };
    const pdfBtn = h(
      'button',
      {
        type: 'button',
        id: 'briefing-pdf',
        onclick: () => download('crimegraph-briefing.pdf', toPdf(b).output('arraybuffer'), 'application/pdf'),
      },
      'Export PDF',
    );
    const pngBtn = h(
      'button',
      {
        type: 'button',
        id: 'briefing-png',
        onclick: () =>
          void canvasToPngBlob(toPng(b, overlay)).then((blob) =>
            download('crimegraph-briefing.png', blob, 'image/png'),
          ),
      },
      'Export PNG',
    );
    clear(
      body,
      h(
        'div',
        { class: 'side-by-side' },
        h(
          'div',
          {},
          h('h2', {}, 'Gangs and key players'),
          table(
            ['Gang', 'Size', 'Key players', 'Active'],
            gangs.slice(0, 30).map((g) => [
              `#${g.index}`,
              String(g.size),
              g.keyPlayers
                .slice(0, 3)
                .map((id) => name(b, id))
                .join(', '),
              `${fmtDate(g.firstAt)} – ${fmtDate(g.lastAt)}`,
            ]),
            { id: 'briefing-gangs' },
          ),
          h('h2', {}, 'Recent activity'),
          h(
            'ul',
            {},
            ...recent(gangs)
              .slice(0, 6)
              .map((g) =>
                h(
                  'li',
                  {},
                  `Gang #${g.index} last active ${fmtDate(g.lastAt)}: ${g.cases ?? 0} cases, ${g.sales ?? 0} sales`,
                ),
              ),
          ),
        ),
        h('div', {}, h('h2', {}, 'The network'), b.picture),
      ),
    );
    header.append(pdfBtn, pngBtn);
  } catch (err) {
    showError(body, err);
  }
  (header.querySelector('#briefing-close') as HTMLElement).focus();
}

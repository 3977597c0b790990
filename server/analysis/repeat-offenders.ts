// Repeat offenders: people party to several cases, with their timeline; and people who reappear
// across time windows or move between gangs (from an evolution report).
import type { EvolutionReport, WindowCommunities } from './evolution.ts';

export interface CaseEvent {
  person: string;
  caseId: string;
  at: number | null;
  role: string;
}

export interface RepeatOffender {
  person: string;
  cases: number;
  first: number | null;
  last: number | null;
  timeline: Array<{ caseId: string; at: number | null; role: string }>;
}

export function repeatOffenders(events: readonly CaseEvent[], minCases = 2): RepeatOffender[] {
  const byPerson = new Map<string, Map<string, CaseEvent>>();
  for (const e of events) {
    const cases = byPerson.get(e.person) ?? new Map<string, CaseEvent>();
    if (!cases.has(e.caseId)) cases.set(e.caseId, e);
    byPerson.set(e.person, cases);
  }
  const out: RepeatOffender[] = [];
  for (const [person, cases] of byPerson) {
    if (cases.size < minCases) continue;
    const timeline = [...cases.values()]
      .map(({ caseId, at, role }) => ({ caseId, at, role }))
      .sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.caseId.localeCompare(b.caseId));
    const times = timeline.map((t) => t.at).filter((t): t is number => t !== null);
    out.push({
      person,
      cases: cases.size,
      first: times.length ? Math.min(...times) : null,
      last: times.length ? Math.max(...times) : null,
      timeline,
    });
  }
  return out.sort((a, b) => b.cases - a.cases || a.person.localeCompare(b.person));
}

export interface Reappearance {
  person: string;
  /** Windows in which the person is in some community. */
  windows: number[];
  /** Gang lineage per window present. */
  gangs: number[];
  /** Absent from at least one window between two present ones. */
  reappears: boolean;
  /** In more than one gang lineage over time. */
  movedBetweenGangs: boolean;
}

export function reappearances(windows: readonly WindowCommunities[], evo: EvolutionReport): Reappearance[] {
  const byPerson = new Map<string, Array<{ w: number; gang: number }>>();
  windows.forEach((win, w) => {
    win.communities.forEach((members, c) => {
      const gang = evo.gangOf[w]?.[c] ?? -1;
      if (gang < 0) return;
      for (const p of members) byPerson.set(p, [...(byPerson.get(p) ?? []), { w, gang }]);
    });
  });
  const out: Reappearance[] = [];
  for (const [person, seen] of byPerson) {
    const ws = seen.map((s) => s.w);
    const reappears = ws.some((w, i) => i > 0 && w - ws[i - 1]! > 1);
    const movedBetweenGangs = new Set(seen.map((s) => s.gang)).size > 1;
    if (!reappears && !movedBetweenGangs) continue;
    out.push({ person, windows: ws, gangs: seen.map((s) => s.gang), reappears, movedBetweenGangs });
  }
  return out.sort(
    (a, b) => Number(b.movedBetweenGangs) - Number(a.movedBetweenGangs) || a.person.localeCompare(b.person),
  );
}

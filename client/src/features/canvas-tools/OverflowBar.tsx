// One row of tools that never wraps: the tools that do not fit go into a "More" menu, the least
// important first (each tool has a priority). Widths are measured from a hidden copy of the row in
// the current language, again whenever the row is resized or a label changes.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { MenuButton, type MenuEntry, type MenuSection } from './Menu.tsx';

interface ToolBase {
  id: string;
  label: string;
  title: string;
  /** 1 = stays in the row longest. */
  priority: number;
  /** Tools of one group sit together, a gap between groups. */
  group: string;
  disabled?: boolean;
}

export interface ActionTool extends ToolBase {
  kind: 'action';
  run: () => void;
  /** A toggle's state (aria-pressed). */
  pressed?: boolean;
}

export interface MenuTool extends ToolBase {
  kind: 'menu';
  sections: MenuSection[];
}

export type Tool = ActionTool | MenuTool;

const GAP = 2;
const GROUP_GAP = 10;

function ToolButton({ tool }: { tool: ActionTool }): ReactNode {
  return (
    <button
      type="button"
      className="tool"
      id={`tool-${tool.id}`}
      title={tool.title}
      aria-pressed={tool.pressed}
      disabled={tool.disabled}
      onClick={tool.run}
    >
      {tool.label}
    </button>
  );
}

function moreSections(tools: Tool[]): MenuSection[] {
  const out: MenuSection[] = [];
  let loose: MenuEntry[] = [];
  const flush = () => {
    if (loose.length) out.push({ entries: loose });
    loose = [];
  };
  for (const t of tools) {
    if (t.kind === 'menu') {
      flush();
      for (const [i, s] of t.sections.entries())
        out.push({ heading: i === 0 ? (s.heading ?? t.label) : s.heading, entries: s.entries });
    } else
      loose.push({
        id: t.id,
        label: t.label,
        title: t.title,
        run: t.run,
        disabled: t.disabled,
        checked: t.pressed,
      });
  }
  flush();
  return out;
}

export function OverflowBar({
  tools,
  moreLabel,
  moreTitle,
  label,
}: {
  tools: Tool[];
  moreLabel: string;
  moreTitle: string;
  label: string;
}): ReactNode {
  const row = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Set<string> | null>(null);
  const signature = tools.map((t) => `${t.id}:${t.label}:${t.group}`).join('|');

  useLayoutEffect(() => {
    const compute = () => {
      if (!row.current || !measure.current) return;
      const avail = row.current.clientWidth;
      const widths = new Map<string, number>();
      for (const el of measure.current.querySelectorAll<HTMLElement>('[data-measure]'))
        widths.set(el.dataset.measure!, el.getBoundingClientRect().width);
      const more = widths.get('__more') ?? 60;
      const cost = (list: Tool[]) =>
        list.reduce(
          (sum, t, i) =>
            sum + (widths.get(t.id) ?? 60) + (i === 0 ? 0 : list[i - 1]!.group === t.group ? GAP : GROUP_GAP),
          0,
        );
      if (cost(tools) <= avail) {
        setShown(new Set(tools.map((t) => t.id)));
        return;
      }
      const keep = new Set<string>();
      const byPriority = tools
        .map((t, i) => ({ t, i }))
        .sort((a, b) => a.t.priority - b.t.priority || a.i - b.i);
      for (const { t } of byPriority) {
        keep.add(t.id);
        if (cost(tools.filter((x) => keep.has(x.id))) + GROUP_GAP + more > avail) {
          keep.delete(t.id);
          break;
        }
      }
      setShown(keep);
    };
    compute();
    const ro = new ResizeObserver(compute);
    if (row.current) ro.observe(row.current);
    return () => ro.disconnect();
    // Measured again when a label changes (the language, "Pin" / "Unpin"), not on every render.
  }, [signature]);

  const inline = shown ? tools.filter((t) => shown.has(t.id)) : tools;
  const hidden = shown ? tools.filter((t) => !shown.has(t.id)) : [];
  return (
    <div className="overflow-bar" ref={row}>
      <div className="overflow-measure-box" aria-hidden="true" inert>
        <div className="overflow-measure" ref={measure}>
          {tools.map((t) => (
            <button key={t.id} type="button" tabIndex={-1} className="tool" data-measure={t.id}>
              {t.label}
              {t.kind === 'menu' ? ' ▾' : ''}
            </button>
          ))}
          <button type="button" tabIndex={-1} className="tool" data-measure="__more">
            {moreLabel} ▾
          </button>
        </div>
      </div>
      <div
        role="toolbar"
        aria-label={label}
        className="tool-row"
        style={{ visibility: shown ? undefined : 'hidden' }}
      >
        {inline.map((t, i) => (
          <span
            key={t.id}
            className="tool-slot"
            style={{ marginLeft: i === 0 ? 0 : inline[i - 1]!.group === t.group ? GAP : GROUP_GAP }}
          >
            {t.kind === 'action' ? (
              <ToolButton tool={t} />
            ) : (
              <MenuButton
                id={`tool-${t.id}`}
                label={t.label}
                title={t.title}
                sections={t.sections}
                disabled={t.disabled}
              />
            )}
          </span>
        ))}
        {hidden.length > 0 && (
          <span className="tool-slot" style={{ marginLeft: GROUP_GAP }}>
            <MenuButton
              id="tool-more"
              label={moreLabel}
              title={moreTitle}
              sections={moreSections(hidden)}
              align="right"
            />
          </span>
        )}
      </div>
    </div>
  );
}

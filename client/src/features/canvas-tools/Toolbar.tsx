// The canvas tools above the network, one compact row that never wraps (what does not fit goes into
// "More", least used first): fit, undo/redo, select, arrange and layouts, node actions, filters,
// style and the time bar, exports, the table view and clear. Panels (filters, style) open under the
// row over the canvas; the time bar is a row of its own.
import i18next from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { typeName } from '../../graph/captions.ts';
import { formatNumber } from '../../i18n/format.ts';
import { CanvasTable } from '../../views/CanvasTable.tsx';
import {
  allPinned,
  arrange,
  clearCanvas,
  expandTargets,
  hide,
  remove,
  targets,
  timeline,
  toggleLayout,
  togglePin,
} from './commands.ts';
import { exportCsv, exportGexf, exportPng } from './exports.ts';
import { activeFilterCount, FiltersPanel } from './FiltersPanel.tsx';
import { OverflowBar, type Tool } from './OverflowBar.tsx';
import { StylePanel } from './StylePanel.tsx';
import { TimeBar } from './TimeBar.tsx';
import './canvas-tools.css';

const TABLE_TAB = 'canvas-table';

type Panel = 'filters' | 'style' | null;

export default function Toolbar(): ReactNode {
  const canvas = useWorkspace((s) => s.canvas);
  if (!canvas) return <div className="canvas-tools" />;
  return <Tools canvas={canvas} />;
}

function Tools({ canvas }: { canvas: Canvas }): ReactNode {
  const { t } = useTranslation('canvas-tools');
  useWorkspace((s) => s.graphVersion);
  const selected = useWorkspace((s) => s.selectedNodes);
  const tableOpen = useWorkspace((s) => s.drawerOpen && s.drawerActive === TABLE_TAB);
  const onMap = useWorkspace((s) => s.view === 'map');
  const canRead = useCan('read:entities');
  const [panel, setPanel] = useState<Panel>(null);
  const [timeOpen, setTimeOpen] = useState(false);
  const { notify, openDrawer, closeDrawerTab } = useWorkspace.getState();

  const g = canvas.shown;
  const empty = g.order === 0;
  const sel = targets(canvas);
  const none = sel.length === 0;
  const hidden = g.filterNodes((_n, a) => !!a.hidden).length;
  const filters = activeFilterCount(canvas);
  const pinned = allPinned(canvas, sel);
  const types = canvas.typeCounts();

  const run = (what: string, job: () => void | Promise<void>) => async () => {
    try {
      await job();
      if (what) notify('info', t('exported', { what }));
    } catch (err) {
      console.error(err);
      notify('error', t('common:error.unknown', { code: 'EXPORT' }));
    }
  };
  const toggleTable = () => {
    if (tableOpen) closeDrawerTab(TABLE_TAB);
    else
      openDrawer({
        id: TABLE_TAB,
        title: () => i18next.t('table.title', { ns: 'canvas-tools' }),
        render: () => <CanvasTable />,
      });
  };

  const tools: Tool[] = [
    {
      kind: 'action',
      id: 'fit',
      group: 'view',
      priority: 1,
      label: t('fit'),
      title: t('fitTitle'),
      disabled: empty,
      run: () => canvas.fit(),
    },
    {
      kind: 'action',
      id: 'undo',
      group: 'history',
      priority: 1,
      label: t('undo'),
      title: t('undoTitle'),
      disabled: !canvas.history.canUndo,
      run: () => canvas.undo(),
    },
    {
      kind: 'action',
      id: 'redo',
      group: 'history',
      priority: 2,
      label: t('redo'),
      title: t('redoTitle'),
      disabled: !canvas.history.canRedo,
      run: () => canvas.redo(),
    },
    {
      kind: 'menu',
      id: 'select',
      group: 'select',
      priority: 2,
      label: t('select'),
      title: t('selectTitle'),
      disabled: empty,
      sections: [
        {
          entries: [
            {
              id: 'select-all',
              label: t('selectAll'),
              title: t('selectAllTitle'),
              run: () => canvas.selectAll(),
            },
            { id: 'select-invert', label: t('invert'), run: () => canvas.invertSelection() },
            {
              id: 'select-none',
              label: t('selectNone'),
              disabled: selected.length === 0,
              run: () => canvas.select([]),
            },
          ],
        },
        {
          heading: t('byType'),
          entries: types.map(({ type, count }) => ({
            id: `select-type-${type}`,
            label: t('byTypeEntry', {
              type: t(`common:entityPlural.${type}`, { defaultValue: typeName(type) }),
              count: formatNumber(count),
            }),
            run: () => canvas.selectByType(type),
          })),
        },
      ],
    },
    {
      kind: 'menu',
      id: 'arrange',
      group: 'layout',
      priority: 3,
      label: t('arrange'),
      title: t('arrangeTitle'),
      disabled: empty,
      sections: [
        {
          entries: [
            { id: 'arrange-grid', label: t('grid'), run: () => arrange(canvas, 'grid') },
            { id: 'arrange-circle', label: t('circle'), run: () => arrange(canvas, 'circle') },
            {
              id: 'time-layout',
              label: t('timeline'),
              title: t('timelineTitle'),
              run: () => timeline(canvas),
            },
          ],
        },
      ],
    },
    {
      kind: 'action',
      id: 'layout-toggle',
      group: 'layout',
      priority: 4,
      label: canvas.layout.running ? t('layoutStop') : t('layoutStart'),
      title: t('layoutTitle'),
      pressed: canvas.layout.running,
      disabled: empty,
      run: () => toggleLayout(canvas),
    },
    ...(canRead
      ? [
          {
            kind: 'action' as const,
            id: 'expand',
            group: 'node',
            priority: 2,
            label: t('expand'),
            title: t('expandTitle'),
            disabled: none,
            run: () => expandTargets(canvas),
          },
        ]
      : []),
    {
      kind: 'action',
      id: 'hide',
      group: 'node',
      priority: 4,
      label: t('hide'),
      title: t('hideTitle'),
      disabled: none,
      run: () => hide(canvas),
    },
    {
      kind: 'action',
      id: 'unhide',
      group: 'node',
      priority: 6,
      label: hidden ? t('hiddenCount', { count: hidden }) : t('unhide'),
      title: t('unhideTitle'),
      disabled: hidden === 0,
      run: () => canvas.unhideAll(),
    },
    {
      kind: 'action',
      id: 'pin',
      group: 'node',
      priority: 5,
      label: pinned ? t('unpin') : t('pin'),
      title: t('pinTitle'),
      pressed: pinned,
      disabled: none,
      run: () => togglePin(canvas),
    },
    {
      kind: 'action',
      id: 'remove',
      group: 'node',
      priority: 3,
      label: t('remove'),
      title: t('removeTitle'),
      disabled: none,
      run: () => remove(canvas),
    },
    {
      kind: 'action',
      id: 'filters',
      group: 'show',
      priority: 3,
      label: filters ? t('filtersOn', { count: filters }) : t('filters'),
      title: t('filtersTitle'),
      pressed: panel === 'filters',
      run: () => setPanel((p) => (p === 'filters' ? null : 'filters')),
    },
    {
      kind: 'action',
      id: 'style',
      group: 'show',
      priority: 5,
      label: t('style'),
      title: t('styleTitle'),
      pressed: panel === 'style',
      run: () => setPanel((p) => (p === 'style' ? null : 'style')),
    },
    {
      kind: 'action',
      id: 'time',
      group: 'show',
      priority: 4,
      label: t('time'),
      title: t('timeTitle'),
      pressed: timeOpen,
      run: () => setTimeOpen((o) => !o),
    },
    {
      kind: 'menu',
      id: 'export',
      group: 'out',
      priority: 4,
      label: t('export'),
      title: t('exportTitle'),
      disabled: empty,
      sections: [
        {
          entries: [
            { id: 'export-png', label: t('png'), run: run('PNG', () => exportPng(canvas)) },
            { id: 'export-csv', label: t('csv'), run: run('CSV', () => exportCsv(canvas)) },
            { id: 'export-gexf', label: t('gexf'), run: run('GEXF', () => exportGexf(canvas)) },
          ],
        },
      ],
    },
    {
      kind: 'action',
      id: 'map-view',
      group: 'out',
      priority: 3,
      label: t('map:view'),
      title: t('map:viewTitle'),
      pressed: onMap,
      run: () => useWorkspace.getState().setView(onMap ? 'graph' : 'map'),
    },
    {
      kind: 'action',
      id: 'table-view',
      group: 'out',
      priority: 4,
      label: t('tableView'),
      title: t('tableViewTitle'),
      pressed: tableOpen,
      run: toggleTable,
    },
    {
      kind: 'action',
      id: 'clear',
      group: 'out',
      priority: 6,
      label: t('clear'),
      title: t('clearTitle'),
      disabled: empty,
      run: () => clearCanvas(canvas),
    },
  ];

  return (
    <>
      <div className="canvas-tools" id="canvas-tools">
        <OverflowBar tools={tools} label={t('toolbar')} moreLabel={t('more')} moreTitle={t('moreTitle')} />
        {panel && (
          <div
            className={`tool-panel tool-panel-${panel}`}
            role="dialog"
            aria-label={panel === 'filters' ? t('filters') : t('style')}
            id={`panel-${panel}`}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setPanel(null);
                document.getElementById(`tool-${panel}`)?.focus();
              }
            }}
          >
            <div className="tool-panel-head">
              <strong>{panel === 'filters' ? t('filters') : t('style')}</strong>
              <button type="button" className="icon" aria-label={t('close')} onClick={() => setPanel(null)}>
                ×
              </button>
            </div>
            {panel === 'filters' ? <FiltersPanel canvas={canvas} /> : <StylePanel canvas={canvas} />}
          </div>
        )}
      </div>
      {timeOpen && <TimeBar canvas={canvas} onClose={() => setTimeOpen(false)} />}
    </>
  );
}

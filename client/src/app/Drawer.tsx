// The bottom drawer: the workspace's wide tables and pictures (search results, gangs, chains,
// takedowns, the audit), one tab each, resizable, as wide as the window.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Resizer } from './Resizer.tsx';
import { useWorkspace } from './store.ts';

export function Drawer(): ReactNode {
  const { t } = useTranslation();
  const tabs = useWorkspace((s) => s.drawerTabs);
  const active = useWorkspace((s) => s.drawerActive);
  const open = useWorkspace((s) => s.drawerOpen);
  const height = useWorkspace((s) => s.drawerHeight);
  const { setDrawerOpen, setDrawerActive, closeDrawerTab, setSizes } = useWorkspace.getState();
  const current = tabs.find((x) => x.id === active);
  return (
    <section className={`drawer${open ? ' open' : ''}`} aria-label={t('drawer.title')} id="drawer">
      {open && (
        <Resizer
          axis="y"
          value={height}
          min={120}
          max={Math.max(160, window.innerHeight - 220)}
          onChange={(v) => setSizes({ drawerHeight: v })}
          invert
        />
      )}
      <div className="drawer-tabs" role="tablist">
        <button
          type="button"
          className="drawer-toggle"
          onClick={() => setDrawerOpen(!open)}
          aria-expanded={open}
          title={open ? t('drawer.hide') : t('drawer.show')}
        >
          {open ? '▾' : '▴'} {t('drawer.title')}
        </button>
        {tabs.map((x) => (
          <span key={x.id} className="drawer-tab" role="presentation">
            <button
              type="button"
              role="tab"
              data-drawer-tab={x.id}
              aria-selected={x.id === active}
              onClick={() => setDrawerActive(x.id)}
            >
              {x.title()}
            </button>
            <button
              type="button"
              className="icon"
              aria-label={t('drawer.close', { title: x.title() })}
              onClick={() => closeDrawerTab(x.id)}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      {open && (
        <div className="drawer-body" style={{ height }} role="tabpanel" data-drawer-body={current?.id ?? ''}>
          {current ? current.render() : <p className="muted">{t('drawer.empty')}</p>}
        </div>
      )}
    </section>
  );
}

// The app shell: header (brand, search, language, account), the task column on the left, the
// network in the centre with its tools, details on the right, the tables drawer at the bottom.
// Laid out as a CSS grid that fills the window and never scrolls the page; side columns and the
// drawer are resizable and remember their size.
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertCount } from '../features/alerts/HeaderCount.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { LANGUAGES, setLanguage, type Language } from '../i18n/index.ts';
import { GraphView } from '../views/GraphView.tsx';
import { api } from './api.ts';
import { Drawer } from './Drawer.tsx';
import { Resizer } from './Resizer.tsx';
import { useCan, useWorkspace } from './store.ts';
import { DetailsPanel, MapView, StartScreen, tasksFor, Toolbar } from './tasks.ts';

export function Shell({ onSignOut }: { onSignOut: () => void }): ReactNode {
  const { t } = useTranslation();
  const user = useWorkspace((s) => s.user)!;
  const task = useWorkspace((s) => s.task);
  const view = useWorkspace((s) => s.view);
  const leftWidth = useWorkspace((s) => s.leftWidth);
  const rightWidth = useWorkspace((s) => s.rightWidth);
  // Re-read on every store change, graphChanged included.
  const empty = useWorkspace((s) => (s.canvas ? s.canvas.graph.order === 0 : true));
  const { setTask, setSizes } = useWorkspace.getState();
  const tasks = tasksFor(user.permissions);
  const current = tasks.find((x) => x.id === task) ?? tasks[0];
  const canRead = useCan('read:entities');

  useEffect(() => {
    if (current && current.id !== task) setTask(current.id);
  }, [current, task, setTask]);

  return (
    <div
      className="shell"
      style={{ gridTemplateColumns: `${leftWidth}px 6px minmax(0, 1fr) 6px ${rightWidth}px` }}
    >
      <header className="top">
        <strong className="brand">{t('app.name')}</strong>
        {canRead && <SearchBox />}
        <nav className="tasks" role="tablist" aria-label={t('task.tasks')}>
          {tasks.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              id={`task-${x.id}`}
              aria-selected={x.id === current?.id}
              onClick={() => setTask(x.id)}
            >
              {t(x.label)}
            </button>
          ))}
        </nav>
        <span className="spacer" />
        <Busy />
        <AlertCount />
        <LanguageSwitch />
        <span className="user" title={user.username}>
          {user.username} · {t(`header.role.${user.role}`)}
        </span>
        <button
          type="button"
          id="sign-out"
          onClick={() => {
            api.setToken(null);
            onSignOut();
          }}
        >
          {t('header.signOut')}
        </button>
      </header>
      <aside className="left" aria-label={current ? t(current.label) : undefined} id="task-panel">
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          {current && <current.Panel />}
        </Suspense>
      </aside>
      <Resizer axis="x" value={leftWidth} min={220} max={560} onChange={(v) => setSizes({ leftWidth: v })} />
      <main className="centre">
        <Suspense fallback={null}>
          <Toolbar />
        </Suspense>
        <GraphView>
          {view === 'map' && (
            <Suspense fallback={null}>
              <MapView />
            </Suspense>
          )}
          {empty && (
            <Suspense fallback={null}>
              <StartScreen />
            </Suspense>
          )}
        </GraphView>
        <Notices />
      </main>
      <Resizer
        axis="x"
        value={rightWidth}
        min={240}
        max={640}
        onChange={(v) => setSizes({ rightWidth: v })}
        invert
      />
      <aside className="right" aria-label={t('panel.details')} id="details">
        <Suspense fallback={null}>
          <DetailsPanel />
        </Suspense>
      </aside>
      <Drawer />
    </div>
  );
}

function LanguageSwitch(): ReactNode {
  const { t, i18n } = useTranslation();
  return (
    <select
      id="language"
      aria-label={t('header.language')}
      value={i18n.language}
      onChange={(e) => void setLanguage(e.target.value as Language)}
    >
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </select>
  );
}

function Busy(): ReactNode {
  const busy = useWorkspace((s) => s.busy);
  if (!busy) return null;
  return (
    <span className="busy" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {busy.text}
      {busy.progress !== null && <progress max={1} value={busy.progress} />}
    </span>
  );
}

function Notices(): ReactNode {
  const { t } = useTranslation();
  const notices = useWorkspace((s) => s.notices);
  const dismiss = useWorkspace((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite" id="status">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`}>
          <span>{n.text}</span>
          <button
            type="button"
            className="icon"
            aria-label={t('notice.dismiss')}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

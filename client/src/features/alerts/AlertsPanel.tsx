// The alerts task: the reader's inbox (newest first, the rule in words, what happened, the records
// that triggered it, the reader's status; mark seen, dismiss, open on the canvas, turn into an
// investigation), their alert rules (create, edit, delete; admins share) and their watchlist.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertStatus } from '../../api/__generated__/operations.ts';
import { openEntities } from '../../app/actions.ts';
import { useWorkspace } from '../../app/store.ts';
import { typeName } from '../../graph/captions.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { typeColor } from '../../sigma/style.ts';
import { openInvestigation } from '../investigations/saved.ts';
import './alerts.css';
import {
  detailIds,
  isGang,
  setStatus,
  setWatched,
  toInvestigation,
  useAlerts,
  type Alert,
  type InboxFilter,
} from './data.ts';
import { alertSentence, entityText, kindName, recordParties, ruleSentence, type Lookup } from './describe.ts';
import { RulesList } from './RulesList.tsx';

type Tab = 'inbox' | 'rules' | 'watches';
const FILTERS: InboxFilter[] = ['open', 'NEW', 'SEEN', 'DISMISSED', 'INVESTIGATION'];

export default function AlertsPanel(): ReactNode {
  const { t } = useTranslation('alerts');
  const [tab, setTab] = useState<Tab>('inbox');
  const count = useAlerts((s) => s.count);
  return (
    <div className="panel-body alerts-panel">
      <div className="alerts-tabs" role="tablist" aria-label={t('task')}>
        {(['inbox', 'rules', 'watches'] as const).map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`alerts-tab-${x}`}
            aria-selected={tab === x}
            onClick={() => setTab(x)}
          >
            {t(`tab.${x}`)}
            {x === 'inbox' && count ? <span className="alerts-badge">{count}</span> : null}
          </button>
        ))}
      </div>
      {tab === 'inbox' && <Inbox />}
      {tab === 'rules' && <RulesList />}
      {tab === 'watches' && <Watchlist />}
    </div>
  );
}

function useLookup(): Lookup {
  const entities = useAlerts((s) => s.entities);
  return (id) => (id ? (entities[id] ?? null) : null);
}

function Inbox(): ReactNode {
  const { t } = useTranslation('alerts');
  const inbox = useAlerts((s) => s.inbox);
  const filter = useAlerts((s) => s.filter);
  const loading = useAlerts((s) => s.loading);
  const { refreshInbox, setFilter } = useAlerts.getState();
  useEffect(() => {
    void refreshInbox();
  }, [refreshInbox]);
  return (
    <>
      <div className="alerts-bar">
        <label className="inline">
          {t('inbox.show')}
          <select
            id="alerts-filter"
            value={filter}
            onChange={(e) => setFilter(e.target.value as InboxFilter)}
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="link"
          id="alerts-refresh"
          onClick={() => void refreshInbox()}
          disabled={loading}
        >
          {t('refresh')}
        </button>
      </div>
      {inbox === null && <p className="muted">{t('loading')}</p>}
      {inbox?.length === 0 && (
        <p className="muted" id="alerts-empty">
          {t(`inbox.empty.${filter}`)}
        </p>
      )}
      <ul className="alert-list" id="alert-list">
        {inbox?.map((a) => (
          <AlertCard key={a.id} alert={a} />
        ))}
      </ul>
    </>
  );
}

function AlertCard({ alert: a }: { alert: Alert }): ReactNode {
  const { t } = useTranslation('alerts');
  const lookup = useLookup();
  const [naming, setNaming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canvas = useWorkspace((s) => s.canvas);
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    await run();
    setBusy(false);
  };
  const records = a.recordIds.filter((id) => !isGang(id));
  const open = () => void openEntities([...new Set([...records, ...detailIds(a.detail)])]);
  const status = a.status.toLowerCase();
  return (
    <li className={`alert-card status-${status}`} data-alert-status={a.status} data-kind={a.ruleKind}>
      <div className="alert-head">
        <span className={`alert-status ${status}`}>{t(`status.${a.status}`)}</span>
        <strong className="alert-kind">{kindName(a.ruleKind)}</strong>
        {a.shared && <span className="alert-shared">{t('shared')}</span>}
      </div>
      <p className="alert-what">{alertSentence(a, lookup)}</p>
      <p className="muted small alert-rule">
        {t('inbox.rule', { rule: ruleSentence(a.ruleKind, a.ruleParams) })}
      </p>
      <p className="muted small alert-when">{t('inbox.raised', { when: formatDateTime(a.raisedAt) })}</p>
      <ul className="alert-records" aria-label={t('inbox.records')}>
        {records.map((id) => {
          const e = lookup(id);
          return (
            <li key={id}>
              <span
                className="type-dot"
                style={{ background: typeColor(e?.type ?? '') }}
                aria-hidden="true"
              />
              <button
                type="button"
                className="link"
                title={e ? typeName(e.type) : undefined}
                disabled={!e || !canvas}
                onClick={() => void openEntities([id])}
              >
                {entityText(id, lookup, e?.type === 'Sighting' ? recordParties(a, lookup) : undefined)}
              </button>
            </li>
          );
        })}
      </ul>
      {naming === null ? (
        <div className="alert-actions">
          {a.status === 'NEW' && (
            <button
              type="button"
              data-action="seen"
              disabled={busy}
              onClick={() => void act(() => setStatus(a.id, 'SEEN'))}
            >
              {t('action.seen')}
            </button>
          )}
          {a.status !== 'DISMISSED' && a.status !== 'INVESTIGATION' && (
            <button
              type="button"
              data-action="dismiss"
              disabled={busy}
              onClick={() => void act(() => setStatus(a.id, 'DISMISSED'))}
            >
              {t('action.dismiss')}
            </button>
          )}
          {a.status === 'DISMISSED' && (
            <button
              type="button"
              data-action="restore"
              disabled={busy}
              onClick={() => void act(() => setStatus(a.id, 'NEW' as AlertStatus))}
            >
              {t('action.restore')}
            </button>
          )}
          <button type="button" data-action="open" disabled={!canvas || !records.length} onClick={open}>
            {t('action.open')}
          </button>
          {a.investigationId ? (
            <button
              type="button"
              data-action="open-investigation"
              onClick={() => void openInvestigation(a.investigationId!)}
            >
              {t('action.openInvestigation')}
            </button>
          ) : (
            <button
              type="button"
              data-action="investigate"
              disabled={busy}
              onClick={() =>
                setNaming(
                  t('inbox.defaultName', {
                    kind: kindName(a.ruleKind),
                    what: entityText(records[0], lookup),
                  }),
                )
              }
            >
              {t('action.investigate')}
            </button>
          )}
        </div>
      ) : (
        <form
          className="alert-name"
          onSubmit={(e) => {
            e.preventDefault();
            const name = naming.trim();
            if (name) void act(() => toInvestigation(a.id, name)).then(() => setNaming(null));
          }}
        >
          <label>
            {t('inbox.name')}
            <input
              data-field="investigation-name"
              value={naming}
              maxLength={200}
              autoFocus
              onChange={(e) => setNaming(e.target.value)}
            />
          </label>
          <div className="alert-actions">
            <button
              type="submit"
              className="primary"
              data-action="save-investigation"
              disabled={busy || !naming.trim()}
            >
              {t('inbox.makeInvestigation')}
            </button>
            <button type="button" onClick={() => setNaming(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function Watchlist(): ReactNode {
  const { t } = useTranslation('alerts');
  const watches = useAlerts((s) => s.watches);
  const lookup = useLookup();
  const canvas = useWorkspace((s) => s.canvas);
  const { refreshWatches } = useAlerts.getState();
  useEffect(() => {
    void refreshWatches();
  }, [refreshWatches]);
  return (
    <>
      <p className="muted small">{t('watch.hint')}</p>
      {watches === null && <p className="muted">{t('loading')}</p>}
      {watches?.length === 0 && <p className="muted">{t('watch.none')}</p>}
      <ul className="watch-list" id="watch-list">
        {watches?.map((w) => {
          const type = isGang(w.entityId) ? 'Community' : w.entityType;
          return (
            <li key={w.id} data-watch={w.entityType}>
              <span className="type-dot" style={{ background: typeColor(type) }} aria-hidden="true" />
              <span className="watch-name">
                {isGang(w.entityId) ? (
                  entityText(w.entityId, lookup)
                ) : (
                  <button
                    type="button"
                    className="link"
                    disabled={!canvas}
                    onClick={() => void openEntities([w.entityId])}
                  >
                    {entityText(w.entityId, lookup)}
                  </button>
                )}
                <span className="muted small"> · {typeName(type)}</span>
              </span>
              <button type="button" data-action="unwatch" onClick={() => void setWatched(w.entityId, false)}>
                {t('watch.stop')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

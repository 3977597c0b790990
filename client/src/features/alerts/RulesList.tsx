// The reader's alert rules and the shared ones: each in words, switched on or off, edited or
// deleted by whoever may (their own; shared ones by an admin), and the form that makes a new one
// with the parameters of its kind (docs/alerts.md). Vehicles and sites a rule narrows to are taken
// from the canvas selection and shown by caption.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertRuleInvestigationsQuery, AlertRuleKind } from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { caption } from '../../graph/captions.ts';
import DOC from './alerts.graphql?raw';
import { createRule, deleteRule, updateRule, useAlerts, type Rule } from './data.ts';
import {
  CHANNELS,
  KINDS,
  captionOf,
  channelName,
  kindName,
  ruleSentence,
  type RuleParams,
} from './describe.ts';

export function RulesList(): ReactNode {
  const { t } = useTranslation('alerts');
  const rules = useAlerts((s) => s.rules);
  const isAdmin = useCan('admin:alerts');
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const { refreshRules } = useAlerts.getState();
  useEffect(() => {
    void refreshRules();
  }, [refreshRules]);
  if (editing) return <RuleForm rule={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />;
  return (
    <>
      <div className="alerts-bar">
        <p className="muted small">{t('rules.hint')}</p>
        <button type="button" className="primary" id="rule-new" onClick={() => setEditing('new')}>
          {t('rules.new')}
        </button>
      </div>
      {rules === null && <p className="muted">{t('loading')}</p>}
      {rules?.length === 0 && <p className="muted">{t('rules.none')}</p>}
      <ul className="rule-list" id="rule-list">
        {rules?.map((r) => {
          const mayChange = r.mine || (r.shared && isAdmin);
          return (
            <li key={r.id} data-kind={r.kind} className={r.enabled ? '' : 'disabled'}>
              <div className="alert-head">
                <strong>{kindName(r.kind)}</strong>
                {r.shared && <span className="alert-shared">{t('sharedBy', { owner: r.owner })}</span>}
                {!r.enabled && <span className="alert-status dismissed">{t('rules.off')}</span>}
              </div>
              <p className="rule-sentence">{ruleSentence(r.kind, r.params)}</p>
              {mayChange &&
                (confirm === r.id ? (
                  <div className="alert-actions">
                    <span>{t('rules.deleteConfirm')}</span>
                    <button
                      type="button"
                      data-action="delete-yes"
                      onClick={() => void deleteRule(r.id).then(() => setConfirm(null))}
                    >
                      {t('rules.delete')}
                    </button>
                    <button type="button" onClick={() => setConfirm(null)}>
                      {t('cancel')}
                    </button>
                  </div>
                ) : (
                  <div className="alert-actions">
                    <label className="inline">
                      <input
                        type="checkbox"
                        data-action="enable"
                        checked={r.enabled}
                        onChange={(e) => void updateRule(r.id, { enabled: e.target.checked })}
                      />
                      {t('rules.enabled')}
                    </label>
                    <button type="button" data-action="edit" onClick={() => setEditing(r)}>
                      {t('rules.edit')}
                    </button>
                    <button type="button" data-action="delete" onClick={() => setConfirm(r.id)}>
                      {t('rules.delete')}
                    </button>
                  </div>
                ))}
            </li>
          );
        })}
      </ul>
    </>
  );
}

type Investigations = AlertRuleInvestigationsQuery['investigations']['items'];

function RuleForm({ rule, onDone }: { rule: Rule | null; onDone: () => void }): ReactNode {
  const { t } = useTranslation('alerts');
  const isAdmin = useCan('admin:alerts');
  const [kind, setKind] = useState<AlertRuleKind>(rule?.kind ?? 'WATCHED_ACTIVITY');
  const [p, setP] = useState<RuleParams>(() => ({ ...((rule?.params as RuleParams | null) ?? {}) }));
  const [shared, setShared] = useState(rule?.shared ?? false);
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RuleParams>) => setP((x) => ({ ...x, ...patch }));

  // Only the parameters of this kind are sent: the server refuses others.
  const params = (): RuleParams => {
    switch (kind) {
      case 'PLATE_IN_GEOFENCE': {
        const night = p.night !== false;
        return {
          night,
          ...(night ? { nightStartHour: p.nightStartHour ?? 20, nightEndHour: p.nightEndHour ?? 6 } : {}),
          ...(p.vehicleIds?.length ? { vehicleIds: p.vehicleIds } : {}),
          ...(p.siteIds?.length ? { siteIds: p.siteIds } : {}),
        };
      }
      case 'RELIC_RESURFACING':
        return {
          ...(p.channels?.length ? { channels: p.channels } : {}),
          ...(p.watchedOnly ? { watchedOnly: true } : {}),
        };
      case 'CROSS_GANG_CALL':
        return p.watchedGangsOnly ? { watchedGangsOnly: true } : {};
      case 'INVESTIGATION_LINK':
        return p.investigationIds?.length ? { investigationIds: p.investigationIds } : {};
      default:
        return {};
    }
  };
  const save = async () => {
    setBusy(true);
    const ok = rule
      ? await updateRule(rule.id, { params: params(), enabled, ...(isAdmin ? { shared } : {}) })
      : await createRule({ kind, params: params(), enabled, shared: isAdmin && shared });
    setBusy(false);
    if (ok) {
      useWorkspace.getState().notify('info', t(rule ? 'rules.updated' : 'rules.created'));
      onDone();
    }
  };

  return (
    <form
      className="rule-form"
      id="rule-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{rule ? t('rules.editTitle') : t('rules.newTitle')}</h2>
      <label>
        {t('form.kind')}
        <select
          id="rule-kind"
          value={kind}
          disabled={!!rule}
          onChange={(e) => setKind(e.target.value as AlertRuleKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(k)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small" id="rule-kind-hint">
        {t(`kind.${kind}.hint`)}
      </p>
      {kind === 'PLATE_IN_GEOFENCE' && (
        <>
          <label className="inline">
            <input
              type="checkbox"
              id="rule-night"
              checked={p.night !== false}
              onChange={(e) => set({ night: e.target.checked })}
            />
            {t('form.night')}
          </label>
          {p.night !== false && (
            <div className="rule-hours">
              <label>
                {t('form.nightStart')}
                <HourSelect
                  id="rule-night-start"
                  value={p.nightStartHour ?? 20}
                  onChange={(v) => set({ nightStartHour: v })}
                />
              </label>
              <label>
                {t('form.nightEnd')}
                <HourSelect
                  id="rule-night-end"
                  value={p.nightEndHour ?? 6}
                  onChange={(v) => set({ nightEndHour: v })}
                />
              </label>
            </div>
          )}
          <PickFromSelection
            id="rule-vehicles"
            label={t('form.vehicles')}
            empty={t('form.vehiclesAll')}
            type="Vehicle"
            value={p.vehicleIds ?? []}
            onChange={(v) => set({ vehicleIds: v })}
          />
          <PickFromSelection
            id="rule-sites"
            label={t('form.sites')}
            empty={t('form.sitesAll')}
            type="Site"
            value={p.siteIds ?? []}
            onChange={(v) => set({ siteIds: v })}
          />
        </>
      )}
      {kind === 'RELIC_RESURFACING' && (
        <>
          <fieldset className="rule-channels" id="rule-channels">
            <legend>{t('form.channels')}</legend>
            {CHANNELS.map((c) => (
              <label className="inline" key={c}>
                <input
                  type="checkbox"
                  value={c}
                  checked={p.channels?.includes(c) ?? false}
                  onChange={(e) =>
                    set({
                      channels: e.target.checked
                        ? [...(p.channels ?? []), c]
                        : (p.channels ?? []).filter((x) => x !== c),
                    })
                  }
                />
                {channelName(c)}
              </label>
            ))}
            <p className="muted small">{t('form.channelsAll')}</p>
          </fieldset>
          <label className="inline">
            <input
              type="checkbox"
              id="rule-watched-only"
              checked={p.watchedOnly ?? false}
              onChange={(e) => set({ watchedOnly: e.target.checked })}
            />
            {t('form.watchedOnly')}
          </label>
        </>
      )}
      {kind === 'CROSS_GANG_CALL' && (
        <label className="inline">
          <input
            type="checkbox"
            id="rule-watched-gangs"
            checked={p.watchedGangsOnly ?? false}
            onChange={(e) => set({ watchedGangsOnly: e.target.checked })}
          />
          {t('form.watchedGangsOnly')}
        </label>
      )}
      {kind === 'INVESTIGATION_LINK' && (
        <InvestigationPicker
          value={p.investigationIds ?? []}
          onChange={(v) => set({ investigationIds: v })}
        />
      )}
      {isAdmin && (
        <label className="inline" title={t('form.sharedHint')}>
          <input
            type="checkbox"
            id="rule-shared"
            checked={shared}
            onChange={(e) => setShared(e.target.checked)}
          />
          {t('form.shared')}
        </label>
      )}
      <label className="inline">
        <input
          type="checkbox"
          id="rule-enabled"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        {t('rules.enabled')}
      </label>
      <p className="muted small" id="rule-preview">
        {ruleSentence(kind, params())}
      </p>
      <p className="muted small">{t('form.nextIngest')}</p>
      <div className="alert-actions">
        <button type="submit" className="primary" id="rule-save" disabled={busy}>
          {t('form.save')}
        </button>
        <button type="button" id="rule-cancel" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function HourSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: number;
  onChange: (v: number) => void;
}): ReactNode {
  return (
    <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: 24 }, (_, h) => (
        <option key={h} value={h}>
          {`${String(h).padStart(2, '0')}:00`}
        </option>
      ))}
    </select>
  );
}

/** Entities of one type a rule narrows to, taken from the canvas selection, shown by caption. */
function PickFromSelection({
  id,
  label,
  empty,
  type,
  value,
  onChange,
}: {
  id: string;
  label: string;
  empty: string;
  type: string;
  value: string[];
  onChange: (v: string[]) => void;
}): ReactNode {
  const { t } = useTranslation('alerts');
  const canvas = useWorkspace((s) => s.canvas);
  const selected = useWorkspace((s) => s.selectedNodes);
  useWorkspace((s) => s.graphVersion);
  const entities = useAlerts((s) => s.entities);
  const typeOf = (x: string) =>
    canvas?.graph.hasNode(x) ? canvas.graph.getNodeAttribute(x, 'entityType') : x.split(':')[0];
  const pickable = selected.filter((x) => typeOf(x) === type && !value.includes(x));
  const name = (x: string) => {
    if (canvas?.graph.hasNode(x)) {
      const a = canvas.graph.getNodeAttributes(x);
      return caption({ id: x, type, label: a.label, at: a.at, properties: a.properties });
    }
    const e = entities[x];
    return e ? captionOf(e) : t('inbox.gone');
  };
  return (
    <fieldset className="rule-pick" id={id}>
      <legend>{label}</legend>
      {value.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="chips">
          {value.map((x) => (
            <li key={x}>
              {name(x)}
              <button
                type="button"
                className="icon"
                aria-label={t('form.remove', { name: name(x) })}
                onClick={() => onChange(value.filter((y) => y !== x))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={!pickable.length} onClick={() => onChange([...value, ...pickable])}>
        {t('form.addSelected', { count: pickable.length })}
      </button>
    </fieldset>
  );
}

function InvestigationPicker({
  value,
  onChange,
}: {
  value: string[];
  onChange: (v: string[]) => void;
}): ReactNode {
  const { t } = useTranslation('alerts');
  const [items, setItems] = useState<Investigations | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .request<AlertRuleInvestigationsQuery>(DOC, {}, 'AlertRuleInvestigations')
      .then((d) => setItems(d.investigations.items))
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);
  return (
    <fieldset className="rule-pick" id="rule-investigations">
      <legend>{t('form.investigations')}</legend>
      {error && <p className="error">{error}</p>}
      {items?.length === 0 && <p className="muted small">{t('form.noInvestigations')}</p>}
      {items?.map((inv) => (
        <label className="inline" key={inv.id}>
          <input
            type="checkbox"
            checked={value.includes(inv.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, inv.id] : value.filter((x) => x !== inv.id))
            }
          />
          {inv.name}
        </label>
      ))}
      <p className="muted small">{t('form.investigationsAll')}</p>
    </fieldset>
  );
}

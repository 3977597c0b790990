// The saved-investigations task: save the canvas (name, note, shared or not) as a new investigation
// or over the one open now, and open or delete saved ones (mine, and colleagues' shared ones).
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import { InvestigationList } from './InvestigationList.tsx';
import { saveCanvas, splitByOwner, useSaved } from './saved.ts';

export default function SavedPanel(): ReactNode {
  const { t } = useTranslation('investigations');
  const canvas = useWorkspace((s) => s.canvas);
  const userId = useWorkspace((s) => s.user?.id);
  // Re-read on every store change, graphChanged included.
  const empty = useWorkspace((s) => (s.canvas ? s.canvas.graph.order === 0 : true));
  const { items, error, loading, current, refresh } = useSaved();
  const [name, setName] = useState(current?.name ?? '');
  const [description, setDescription] = useState(current?.description ?? '');
  const [shared, setShared] = useState(current?.shared ?? false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  // Opening an investigation fills the form with it.
  useEffect(() => {
    if (!current) return;
    setName(current.name);
    setDescription(current.description ?? '');
    setShared(current.shared);
  }, [current]);

  const mineCurrent = current && current.ownerId === userId ? current : null;
  const save = async (asNew: boolean) => {
    if (!canvas) return;
    setBusy(true);
    await saveCanvas(canvas, { name, description, shared }, asNew ? undefined : mineCurrent?.id);
    setBusy(false);
  };
  const { mine, shared: others } = splitByOwner(items ?? [], userId);

  return (
    <div className="panel-body saved-panel">
      <h2>{t('saveTitle')}</h2>
      <form
        className="inv-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(!mineCurrent);
        }}
      >
        {current && <p className="muted inv-current">{t('current', { name: current.name })}</p>}
        <label>
          {t('name')}
          <input
            id="inv-name"
            value={name}
            maxLength={200}
            placeholder={t('namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          {t('description')}
          <input id="inv-description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <label className="inline" title={t('sharedHint')}>
          <input
            id="inv-shared"
            type="checkbox"
            checked={shared}
            onChange={(e) => setShared(e.target.checked)}
          />
          {t('shared')}
        </label>
        <div className="inv-buttons">
          {mineCurrent ? (
            <>
              <button type="submit" id="inv-update" className="primary" disabled={busy || empty}>
                {t('update', { name: mineCurrent.name })}
              </button>
              <button type="button" id="inv-save" disabled={busy || empty} onClick={() => void save(true)}>
                {t('saveAsNew')}
              </button>
            </>
          ) : (
            <button type="submit" id="inv-save" className="primary" disabled={busy || empty}>
              {busy ? t('saving') : t('save')}
            </button>
          )}
        </div>
        {empty && <p className="muted small">{t('emptyCanvas')}</p>}
      </form>

      <div className="inv-head">
        <h2>{t('mine')}</h2>
        <button type="button" className="link" onClick={() => void refresh()} disabled={loading}>
          {t('refresh')}
        </button>
      </div>
      {error && <p className="error">{error}</p>}
      {items && <InvestigationList id="inv-list-mine" items={mine} empty={t('none')} allowDelete />}
      <h2>{t('sharedWithMe')}</h2>
      {items && <InvestigationList id="inv-list-shared" items={others} empty={t('noneShared')} showOwner />}
    </div>
  );
}

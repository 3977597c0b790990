// "Watch" / "Stop watching" for the entity shown in the details panel: a person, phone, vehicle,
// relic or a gang of an analysis run. Its alerts come from the reader's rules (WATCHED_ACTIVITY,
// PLATE_IN_GEOFENCE, …). Shown only to readers of alerts.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/store.ts';
import { isWatchable, setWatched, useAlerts } from './data.ts';

export function WatchButton({ id, type }: { id: string; type: string }): ReactNode {
  const can = useCan('read:alerts');
  if (!can || !isWatchable(id, type)) return null;
  return <Toggle id={id} />;
}

function Toggle({ id }: { id: string }): ReactNode {
  const { t } = useTranslation('alerts');
  const watches = useAlerts((s) => s.watches);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (useAlerts.getState().watches === null) void useAlerts.getState().refreshWatches();
  }, []);
  const watched = watches?.some((w) => w.entityId === id) ?? false;
  return (
    <button
      type="button"
      id="details-watch"
      aria-pressed={watched}
      disabled={busy || watches === null}
      title={t(watched ? 'watch.stopHint' : 'watch.startHint')}
      onClick={() => {
        setBusy(true);
        void setWatched(id, !watched).finally(() => setBusy(false));
      }}
    >
      {watched ? t('watch.stop') : t('watch.start')}
    </button>
  );
}

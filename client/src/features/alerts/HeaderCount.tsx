// The header's count of new alerts: polled every minute (and when the window comes back into view),
// refreshed after every action on an alert; a click opens the inbox. Shown only to readers of alerts.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useWorkspace } from '../../app/store.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useAlerts } from './data.ts';

export const POLL_MS = 60_000;

export function AlertCount(): ReactNode {
  const can = useCan('read:alerts');
  if (!can) return null;
  return <Count />;
}

function Count(): ReactNode {
  const { t } = useTranslation('alerts');
  const count = useAlerts((s) => s.count);
  const task = useWorkspace((s) => s.task);
  useEffect(() => {
    const { refreshCount } = useAlerts.getState();
    void refreshCount();
    const timer = setInterval(() => void refreshCount(), POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refreshCount();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  const n = count ?? 0;
  return (
    <button
      type="button"
      id="alert-count"
      className={`alert-count${n > 0 ? ' has-new' : ''}`}
      aria-pressed={task === 'alerts'}
      data-count={n}
      title={n > 0 ? t('header.new', { count: n }) : t('header.none')}
      onClick={() => {
        useWorkspace.getState().setTask('alerts');
        void useAlerts.getState().refreshInbox();
      }}
    >
      {t('header.label')}
      {n > 0 && <span className="alerts-badge">{formatNumber(n)}</span>}
    </button>
  );
}

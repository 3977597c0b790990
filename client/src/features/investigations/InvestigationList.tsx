// A list of saved investigations (name, owner, size, last change), each opened with one click; the
// owner's own may be deleted (after a confirmation in place). Used by the saved panel and by the
// start screen.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { deleteInvestigation, openInvestigation, useSaved, type Summary } from './saved.ts';
import './investigations.css';

export function InvestigationList({
  id,
  items,
  empty,
  showOwner = false,
  allowDelete = false,
  limit,
}: {
  id: string;
  items: Summary[];
  empty: string;
  showOwner?: boolean;
  allowDelete?: boolean;
  limit?: number;
}): ReactNode {
  const { t } = useTranslation('investigations');
  const current = useSaved((s) => s.current?.id);
  const userId = useWorkspace((s) => s.user?.id);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const shown = limit ? items.slice(0, limit) : items;
  if (!shown.length)
    return (
      <p className="muted" id={id}>
        {empty}
      </p>
    );
  const open = async (inv: Summary) => {
    setOpening(inv.id);
    await openInvestigation(inv.id);
    setOpening(null);
  };
  return (
    <ul className="inv-list" id={id}>
      {shown.map((inv) => {
        const meta = {
          owner: inv.owner,
          count: inv.entityIds.length,
          date: formatDateTime(inv.updatedAt),
        };
        return (
          <li key={inv.id} data-id={inv.id} className={inv.id === current ? 'current' : undefined}>
            <div className="inv-main">
              <button
                type="button"
                className="link inv-open"
                title={t('openTitle', { name: inv.name })}
                disabled={opening !== null}
                aria-current={inv.id === current ? 'true' : undefined}
                onClick={() => void open(inv)}
              >
                {inv.name}
              </button>
              {inv.shared && <span className="badge">{t('sharedBadge')}</span>}
            </div>
            <div className="muted inv-meta">{showOwner ? t('metaShared', meta) : t('meta', meta)}</div>
            {inv.description && <div className="inv-desc">{inv.description}</div>}
            {allowDelete && inv.ownerId === userId && (
              <div className="inv-actions">
                {confirm === inv.id ? (
                  <>
                    <span>{t('deleteConfirm', { name: inv.name })}</span>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        setConfirm(null);
                        void deleteInvestigation(inv.id);
                      }}
                    >
                      {t('deleteYes')}
                    </button>
                    <button type="button" onClick={() => setConfirm(null)}>
                      {t('deleteNo')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="inv-delete" onClick={() => setConfirm(inv.id)}>
                    {t('delete')}
                  </button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

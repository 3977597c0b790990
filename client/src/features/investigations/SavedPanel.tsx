// Placeholder until the investigations feature is built: its panel in the workspace shell.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function SavedPanel(): ReactNode {
  const { t } = useTranslation('investigations');
  return (
    <div className="panel-body">
      <p className="muted">{t('soon')}</p>
    </div>
  );
}

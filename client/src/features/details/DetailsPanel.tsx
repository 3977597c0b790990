// Placeholder until the details feature is built: its panel in the workspace shell.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function DetailsPanel(): ReactNode {
  const { t } = useTranslation('details');
  return (
    <div className="panel-body">
      <p className="muted">{t('soon')}</p>
    </div>
  );
}

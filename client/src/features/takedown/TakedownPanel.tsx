// Placeholder until the takedown feature is built: its panel in the workspace shell.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function TakedownPanel(): ReactNode {
  const { t } = useTranslation('takedown');
  return (
    <div className="panel-body">
      <p className="muted">{t('soon')}</p>
    </div>
  );
}

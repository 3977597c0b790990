// Placeholder until the start feature is built: its panel in the workspace shell.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function StartScreen(): ReactNode {
  const { t } = useTranslation('start');
  return (
    <div className="panel-body">
      <p className="muted">{t('soon')}</p>
    </div>
  );
}

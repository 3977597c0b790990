// Placeholder until the canvas-tools feature is built: its panel in the workspace shell.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function Toolbar(): ReactNode {
  const { t } = useTranslation('canvas-tools');
  return (
    <div className="panel-body">
      <p className="muted">{t('soon')}</p>
    </div>
  );
}

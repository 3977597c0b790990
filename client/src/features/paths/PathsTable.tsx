// Every path of the answer as a table in the drawer (for lists too long for the side panel):
// number, steps, the chain of captions, its link types. A row shows its path on the canvas.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../tables/DataTable.tsx';
import { pathLine, pathSpan, pathTypes } from './describe.ts';
import { showPath } from './find.ts';
import { usePaths, type FoundPath } from './state.ts';

interface Row {
  index: number;
  path: FoundPath;
}

export function PathsTable(): ReactNode {
  const { t } = useTranslation('paths');
  const answer = usePaths((s) => s.answer);
  const current = usePaths((s) => s.current);
  if (!answer) return <p className="muted">{t('table.gone')}</p>;
  const rows: Row[] = answer.paths.map((path, index) => ({ index, path }));
  const timed = answer.mode === 'TIME';
  return (
    <DataTable<Row>
      name="paths"
      rows={rows}
      rowKey={(r) => String(r.index)}
      onRowClick={(r) => showPath(r.index)}
      isActive={(r) => r.index === current}
      columns={[
        { id: 'n', header: t('table.n'), value: (r) => r.index + 1, numeric: true },
        { id: 'steps', header: t('table.steps'), value: (r) => r.path.length, numeric: true },
        { id: 'chain', header: t('table.chain'), value: (r) => pathLine(answer, r.path) },
        { id: 'types', header: t('table.types'), value: (r) => pathTypes(answer, r.path) },
        ...(timed
          ? [{ id: 'span', header: t('table.span'), value: (r: Row) => pathSpan(r.path) ?? '—' }]
          : []),
      ]}
    />
  );
}

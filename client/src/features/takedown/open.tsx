// Opening the takedown's drawer tabs (the comparison table and the before/after picture) from
// the task panel, the commander's start screen or each other. Tab titles follow the language.
import i18next from 'i18next';
import { lazy, Suspense } from 'react';
import { errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { loadComparison, type LoadedComparison, type TakedownJob } from './data.ts';

const BeforeAfter = lazy(() => import('./BeforeAfter.tsx'));

export const COMPARISON_TAB = 'takedown-comparison';
export const BEFORE_AFTER_TAB = 'takedown-before-after';

const titles: Record<string, () => string> = {
  [COMPARISON_TAB]: () => i18next.t('takedown:comparison.title'),
  [BEFORE_AFTER_TAB]: () => i18next.t('takedown:beforeAfter.title'),
};

/** Makes the drawer at least this share of the window tall (a picture needs room). */
export function ensureDrawerHeight(share = 0.5): void {
  const s = useWorkspace.getState();
  const want = Math.round(Math.min(520, window.innerHeight * share));
  if (s.drawerHeight < want) s.setSizes({ drawerHeight: want });
}

export function openComparison(data: LoadedComparison): void {
  useWorkspace.getState().openDrawer({
    id: COMPARISON_TAB,
    title: titles[COMPARISON_TAB]!,
    render: () => <ComparisonTable data={data} />,
  });
}

export function openBeforeAfter(data: LoadedComparison, group?: string): void {
  ensureDrawerHeight();
  useWorkspace.getState().openDrawer({
    id: BEFORE_AFTER_TAB,
    title: titles[BEFORE_AFTER_TAB]!,
    render: () => (
      <Suspense fallback={null}>
        <BeforeAfter data={data} initialGroup={group} />
      </Suspense>
    ),
  });
}

/** Loads a job's comparison and opens one of its views; errors become a notice. */
export async function openTakedown(job: TakedownJob, view: 'table' | 'picture'): Promise<void> {
  try {
    const data = await loadComparison(job);
    if (view === 'table') openComparison(data);
    else openBeforeAfter(data);
  } catch (err) {
    useWorkspace.getState().notify('error', errorMessage(err));
  }
}

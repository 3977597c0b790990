// A drag handle between panels; arrow keys move it too.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Resizer({
  axis,
  value,
  min,
  max,
  onChange,
  invert = false,
}: {
  axis: 'x' | 'y';
  value: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
  /** The panel grows when the handle moves left / up. */
  invert?: boolean;
}): ReactNode {
  const { t } = useTranslation();
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));
  const onPointerDown = (e: React.PointerEvent) => {
    e.preventDefault();
    const start = axis === 'x' ? e.clientX : e.clientY;
    const from = value;
    const move = (ev: PointerEvent) => {
      const d = (axis === 'x' ? ev.clientX : ev.clientY) - start;
      onChange(clamp(from + (invert ? -d : d)));
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 50 : 10;
    const grow = axis === 'x' ? (invert ? 'ArrowLeft' : 'ArrowRight') : invert ? 'ArrowUp' : 'ArrowDown';
    const shrink = axis === 'x' ? (invert ? 'ArrowRight' : 'ArrowLeft') : invert ? 'ArrowDown' : 'ArrowUp';
    if (e.key === grow) onChange(clamp(value + step));
    else if (e.key === shrink) onChange(clamp(value - step));
    else return;
    e.preventDefault();
  };
  return (
    <div
      className={`resizer resizer-${axis}`}
      role="separator"
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-label={t('panel.resize')}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

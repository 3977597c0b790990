// A drop-down menu of the toolbar (WAI-ARIA menu button): opens under its button, arrow keys move
// through the entries, Enter or Space runs one, Escape closes and gives the focus back.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuEntry {
  id: string;
  label: string;
  title?: string;
  run: () => void;
  disabled?: boolean;
  /** A check mark (a toggle's state). */
  checked?: boolean;
}

export interface MenuSection {
  heading?: string;
  entries: MenuEntry[];
}

interface MenuButtonProps {
  /** Id of the button (the menu is `${id}-menu`). */
  id?: string;
  label: ReactNode;
  title?: string;
  sections: MenuSection[];
  className?: string;
  disabled?: boolean;
  align?: 'left' | 'right';
}

export function MenuButton({
  id,
  label,
  title,
  sections,
  className,
  disabled,
  align = 'left',
}: MenuButtonProps): ReactNode {
  const [open, setOpen] = useState(false);
  const auto = useId();
  const buttonId = id ?? `menu-${auto.replace(/:/g, '')}`;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const first = menu.current?.querySelector<HTMLButtonElement>('[role^="menuitem"]:not([disabled])');
    first?.focus();
    const outside = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not([disabled])') ?? []),
  ];
  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') list[(at + 1) % list.length]?.focus();
    else if (e.key === 'ArrowUp') list[(at - 1 + list.length) % list.length]?.focus();
    else if (e.key === 'Home') list[0]?.focus();
    else if (e.key === 'End') list.at(-1)?.focus();
    else if (e.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <span className={`menu-wrap${className ? ` ${className}` : ''}`}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${buttonId}-menu` : undefined}
        title={title}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={`${buttonId}-menu`}
          role="menu"
          aria-labelledby={buttonId}
          className={`menu menu-${align}`}
          onKeyDown={onMenuKey}
        >
          {sections.map((s, i) => (
            <div role="group" key={i} aria-label={s.heading} className="menu-section">
              {s.heading && (
                <div className="menu-heading" aria-hidden="true">
                  {s.heading}
                </div>
              )}
              {s.entries.map((e) => (
                <button
                  key={e.id}
                  type="button"
                  role={e.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                  aria-checked={e.checked}
                  data-action={e.id}
                  id={`tool-${e.id}`}
                  title={e.title}
                  disabled={e.disabled}
                  tabIndex={-1}
                  onClick={() => {
                    setOpen(false);
                    e.run();
                  }}
                >
                  <span className="menu-check" aria-hidden="true">
                    {e.checked ? '✓' : ''}
                  </span>
                  {e.label}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </span>
  );
}

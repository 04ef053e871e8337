// "Move to…" for a panel's tab (right-click, Shift+F10 or the context-menu key on the tab): the other five areas
// as a menu. Arrow keys move through it, Enter picks, Escape or a click elsewhere closes and focus goes back to
// the tab.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { AREA_LABEL, AREAS, type AreaId } from './default-layout.js';

export interface MoveMenuProps {
  readonly panelTitle: string;
  readonly from: AreaId;
  /** Viewport position of the menu's top-left corner. */
  readonly at: { readonly x: number; readonly y: number };
  onPick(area: AreaId): void;
  onClose(): void;
}

export function MoveMenu({ panelTitle, from, at, onPick, onClose }: MoveMenuProps): ReactNode {
  const menu = useRef<HTMLDivElement>(null);
  const targets = AREAS.filter((a) => a !== from);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (e: PointerEvent): void => {
      if (menu.current !== null && e.target instanceof Node && !menu.current.contains(e.target)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = (at + 1) % items.length;
    else if (e.key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    items[next]?.focus();
  };

  return (
    <div
      ref={menu}
      role="menu"
      className="ws-move-menu"
      aria-label={`Move ${panelTitle} to`}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <div className="ws-move-menu-title" aria-hidden="true">
        Move {panelTitle} to
      </div>
      {targets.map((area) => (
        <button key={area} type="button" role="menuitem" tabIndex={-1} onClick={() => onPick(area)}>
          {AREA_LABEL[area]}
        </button>
      ))}
    </div>
  );
}

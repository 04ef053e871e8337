// One area of the workspace: a tab strip over the active panel. Tabs follow the WAI-ARIA tabs pattern with manual
// activation (arrow keys move focus, Enter or Space shows the panel: mounting a grid or chart on every arrow press
// would be slow); a tab's context menu (right-click, Shift+F10) moves its panel to another area.
import { memo, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { AREA_LABEL, type AreaId } from './default-layout.js';
import { useLayoutStore } from './layout.state.js';
import { MoveMenu } from './MoveMenu.js';
import { PANELS } from './panel-registry.js';

interface AreaProps {
  readonly area: AreaId;
  readonly panels: readonly string[];
  readonly active: string | null;
}

interface OpenMenu {
  readonly panel: string;
  readonly at: { readonly x: number; readonly y: number };
}

function titleOf(id: string): string {
  return PANELS.get(id)?.title ?? id;
}

export const Area = memo(function Area({ area, panels, active }: AreaProps): ReactNode {
  const setActive = useLayoutStore((s) => s.setActive);
  const move = useLayoutStore((s) => s.move);
  const focusRequest = useLayoutStore((s) => s.focusRequest);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const strip = useRef<HTMLDivElement>(null);

  const tabOf = (id: string): HTMLButtonElement | null =>
    strip.current?.querySelector<HTMLButtonElement>(`[data-panel="${CSS.escape(id)}"]`) ?? null;

  useEffect(() => {
    if (focusRequest !== null && panels.includes(focusRequest.panel)) tabOf(focusRequest.panel)?.focus();
    // Only a new request moves focus (not a re-render with an old one), hence focusRequest alone.
  }, [focusRequest]);

  const bodyId = `ws-area-${area}`;
  if (panels.length === 0) {
    return (
      <section
        className="area ws-area ws-area-empty"
        data-area={area}
        aria-label={`${AREA_LABEL[area]} (empty)`}
        id={bodyId}
      >
        <p>No panel here. Right-click a tab (or Shift+F10 on it) and choose Move to… {AREA_LABEL[area]}.</p>
      </section>
    );
  }
  const current = active ?? panels[0]!;

  const openMenu = (panel: string, at: OpenMenu['at']): void => setMenu({ panel, at });
  const onContextMenu = (e: MouseEvent<HTMLButtonElement>, panel: string): void => {
    e.preventDefault();
    openMenu(panel, { x: e.clientX, y: e.clientY });
  };
  const onTabKeyDown = (e: KeyboardEvent<HTMLButtonElement>, panel: string): void => {
    const i = panels.indexOf(panel);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % panels.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + panels.length) % panels.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = panels.length - 1;
    else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      const r = e.currentTarget.getBoundingClientRect();
      openMenu(panel, { x: r.left, y: r.bottom });
      return;
    }
    if (next === null) return;
    e.preventDefault();
    tabOf(panels[next]!)?.focus();
  };
  const closeMenu = (): void => {
    const panel = menu?.panel;
    setMenu(null);
    if (panel !== undefined) tabOf(panel)?.focus();
  };

  return (
    <section className="area ws-area" data-area={area} aria-label={`${AREA_LABEL[area]}: ${titleOf(current)}`}>
      <div className="tabs ws-tabs" role="tablist" aria-label={`${AREA_LABEL[area]} panels`} ref={strip}>
        {panels.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`ws-tab-${id}`}
            data-panel={id}
            aria-selected={id === current}
            aria-controls={bodyId}
            tabIndex={id === current ? 0 : -1}
            className={id === current ? 'tab ws-tab active' : 'tab ws-tab'}
            title="Right-click or Shift+F10: move to another area"
            onClick={() => setActive(area, id)}
            onContextMenu={(e) => onContextMenu(e, id)}
            onKeyDown={(e) => onTabKeyDown(e, id)}
          >
            {titleOf(id)}
          </button>
        ))}
      </div>
      <div className="area-body ws-area-body" role="tabpanel" id={bodyId} aria-labelledby={`ws-tab-${current}`}>
        {PANELS.get(current)?.render()}
      </div>
      {menu !== null && (
        <MoveMenu
          panelTitle={titleOf(menu.panel)}
          from={area}
          at={menu.at}
          onClose={closeMenu}
          onPick={(to) => {
            setMenu(null);
            move(menu.panel, to);
          }}
        />
      )}
    </section>
  );
});

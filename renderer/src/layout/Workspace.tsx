// The panels in their areas: three columns, each split into a top and a bottom area, with drag handles between
// the columns and between the areas. Tab choices, sizes and panel moves live in the layout store and are saved to
// UiSettings.layout (use-layout-persistence.ts); sizes reach the CSS grid as custom properties.
import { useCallback, useRef, type CSSProperties, type ReactNode } from 'react';
import { AREAS, type AreaId, type ColumnId, type SplitterId } from './default-layout.js';
import { Area } from './Area.js';
import { activeOf, boundsOf, sizeOf } from './layout-model.js';
import { useLayoutStore } from './layout.state.js';
import { PANELS } from './panel-registry.js';
import { Splitter } from './Splitter.js';
import { useLayoutPersistence } from './use-layout-persistence.js';

const KNOWN: ReadonlySet<string> = new Set(PANELS.keys());

const COLUMN_AREAS: Readonly<Record<ColumnId, readonly [AreaId, AreaId]>> = {
  left: ['left-top', 'left-bottom'],
  centre: ['centre-top', 'centre-bottom'],
  right: ['right-top', 'right-bottom'],
};

function Column({ column }: { column: ColumnId }): ReactNode {
  const layout = useLayoutStore((s) => s.layout);
  const setSize = useLayoutStore((s) => s.setSize);
  const box = useRef<HTMLDivElement>(null);
  const measure = useCallback(() => box.current?.getBoundingClientRect() ?? null, []);
  const split = `${column}-split` as SplitterId;
  const [top, bottom] = COLUMN_AREAS[column];
  const { min, max } = boundsOf(layout, split);
  const style = { '--ws-split': `${sizeOf(layout, split)}%` } as CSSProperties;
  return (
    <div className={`ws-column ws-column-${column}`} id={`ws-column-${column}`} ref={box} style={style}>
      <div className="ws-slot ws-slot-top" id={`ws-slot-${top}`}>
        <Area area={top} panels={layout.areas[top] ?? []} active={activeOf(layout, top)} />
      </div>
      <Splitter
        id={split}
        value={sizeOf(layout, split)}
        min={min}
        max={max}
        container={measure}
        controls={`ws-slot-${top}`}
        onChange={(v) => setSize(split, v)}
      />
      <div className="ws-slot ws-slot-bottom">
        <Area area={bottom} panels={layout.areas[bottom] ?? []} active={activeOf(layout, bottom)} />
      </div>
    </div>
  );
}

export function Workspace(): ReactNode {
  useLayoutPersistence(KNOWN);
  const layout = useLayoutStore((s) => s.layout);
  const setSize = useLayoutStore((s) => s.setSize);
  const box = useRef<HTMLDivElement>(null);
  const measure = useCallback(() => box.current?.getBoundingClientRect() ?? null, []);
  const style = {
    '--ws-col-left': `${sizeOf(layout, 'left')}%`,
    '--ws-col-right': `${sizeOf(layout, 'right')}%`,
  } as CSSProperties;
  const column = (id: 'left' | 'right'): ReactNode => {
    const { min, max } = boundsOf(layout, id);
    return (
      <Splitter
        id={id}
        value={sizeOf(layout, id)}
        min={min}
        max={max}
        container={measure}
        controls={`ws-column-${id}`}
        onChange={(v) => setSize(id, v)}
      />
    );
  };
  return (
    <main className="workspace" ref={box} style={style} aria-label="Workspace" data-areas={AREAS.length}>
      <Column column="left" />
      {column('left')}
      <Column column="centre" />
      {column('right')}
      <Column column="right" />
    </main>
  );
}

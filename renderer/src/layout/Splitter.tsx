// A drag handle between two columns or two areas (WAI-ARIA window splitter): drag it with the pointer, or focus it
// and use the arrow keys (Shift for bigger steps, Home/End for the limits). Its value is the size in percent of the
// column or area it sizes, which is also what the layout stores.
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { SPLITTERS, type SplitterId } from './default-layout.js';

export interface SplitterProps {
  readonly id: SplitterId;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** The box the percentage is of (the workspace for a column, the column for an area). */
  readonly container: () => DOMRect | null;
  /** The element whose size this splitter sets. */
  readonly controls: string;
  onChange(value: number): void;
}

const STEP = 1;
const BIG_STEP = 5;

/** The size the pointer position stands for: the left column grows rightwards, the right column leftwards, the top
 * area downwards. */
function valueAt(id: SplitterId, rect: DOMRect, x: number, y: number): number {
  if (id === 'left') return ((x - rect.left) / rect.width) * 100;
  if (id === 'right') return ((rect.right - x) / rect.width) * 100;
  return ((y - rect.top) / rect.height) * 100;
}

export function Splitter({ id, value, min, max, container, controls, onChange }: SplitterProps): ReactNode {
  const def = SPLITTERS[id];
  const dragging = useRef(false);
  const vertical = def.orientation === 'vertical';

  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    dragging.current = true;
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (!dragging.current) return;
    const rect = container();
    if (rect !== null && rect.width > 0 && rect.height > 0) onChange(valueAt(id, rect, e.clientX, e.clientY));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>): void => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    // Arrow keys move the handle the way they point; for the right column that shrinks or grows it the other way.
    const grow = id === 'right' ? -1 : 1;
    let next: number | null = null;
    if (vertical && e.key === 'ArrowLeft') next = value - step * grow;
    else if (vertical && e.key === 'ArrowRight') next = value + step * grow;
    else if (!vertical && e.key === 'ArrowUp') next = value - step;
    else if (!vertical && e.key === 'ArrowDown') next = value + step;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    if (next === null || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    onChange(Math.round(next));
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      className={`ws-splitter ws-splitter-${def.orientation}`}
      aria-orientation={def.orientation}
      aria-label={def.label}
      aria-controls={controls}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={Math.round(max)}
      aria-valuetext={`${Math.round(value)} percent`}
      data-splitter={id}
      title={`${def.label}: drag, or focus and use the arrow keys`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}

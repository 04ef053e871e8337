// The draggable divider between the message list and the detail pane (a focusable separator: ←/→ resize by
// keyboard, Home/End to the limits). The width is the pane's share of the panel in percent.
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export const PANE_MIN = 25;
export const PANE_MAX = 75;
const STEP = 3;

const clamp = (v: number): number => Math.min(PANE_MAX, Math.max(PANE_MIN, Math.round(v)));

export function PaneSplitter({ value, onChange }: { value: number; onChange(percent: number): void }): ReactNode {
  const dragging = useRef(false);
  const fromPointer = (e: PointerEvent<HTMLDivElement>): void => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (box === undefined || box.width === 0) return;
    onChange(clamp(((box.right - e.clientX) / box.width) * 100));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const next =
      e.key === 'ArrowLeft'
        ? value + STEP
        : e.key === 'ArrowRight'
          ? value - STEP
          : e.key === 'Home'
            ? PANE_MAX
            : e.key === 'End'
              ? PANE_MIN
              : null;
    if (next === null) return;
    e.preventDefault();
    onChange(clamp(next));
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Detail pane width"
      aria-valuemin={PANE_MIN}
      aria-valuemax={PANE_MAX}
      aria-valuenow={value}
      tabIndex={0}
      className="fix-splitter"
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (dragging.current) fromPointer(e);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
    />
  );
}

// The ladder's rows and everything the mouse and keyboard do on them, handled once here (event delegation by the
// data-row / data-col attributes) so rows stay plain memoised markup. Left click in the bid column buys at that
// price, in the ask column sells; right click cancels own orders on the level; own orders drag to another level
// (amend); the wheel scrolls. One tab stop: arrows move the focused row, B / S place, Delete cancels, C re-centres.
import {
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Side } from '../../../../shared/domain/orders.js';
import { buildRows, type RowsInput } from './ladder-rows.js';
import { LadderRow } from './LadderRow.js';
import { ROW_HEIGHT_PX } from './use-row-count.js';

export type LadderKeyIntent =
  | { readonly kind: 'move'; readonly rows: number }
  | { readonly kind: 'place'; readonly side: Side }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'centre' }
  | { readonly kind: 'prefill' }
  | { readonly kind: 'amend'; readonly rows: number };

interface Props {
  readonly input: Omit<RowsInput, 'drag'>;
  readonly bodyRef: RefObject<HTMLDivElement | null>;
  readonly label: string;
  readonly describedBy: string;
  readonly tradable: boolean;
  canDrag(side: Side, row: bigint): boolean;
  onPlace(side: Side, row: bigint): void;
  onPrefill(row: bigint): void;
  onCancelAt(row: bigint, side: Side | null): void;
  onAmend(side: Side, from: bigint, to: bigint): void;
  onScroll(rows: number): void;
  onFocusRow(row: bigint): void;
  onKey(intent: LadderKeyIntent): void;
}

interface Drag {
  readonly side: Side;
  readonly from: bigint;
  readonly over: bigint | null;
  readonly pointerId: number;
}

function rowAt(el: Element | null): bigint | null {
  const row = el?.closest<HTMLElement>('[data-row]')?.dataset['row'];
  return row === undefined ? null : BigInt(row);
}

function colAt(el: Element | null): string | undefined {
  return el?.closest<HTMLElement>('[data-col]')?.dataset['col'];
}

const KEYS: Readonly<Record<string, LadderKeyIntent>> = {
  ArrowUp: { kind: 'move', rows: 1 },
  ArrowDown: { kind: 'move', rows: -1 },
  b: { kind: 'place', side: 'buy' },
  s: { kind: 'place', side: 'sell' },
  Delete: { kind: 'cancel' },
  Backspace: { kind: 'cancel' },
  c: { kind: 'centre' },
  Home: { kind: 'centre' },
  Enter: { kind: 'prefill' },
};

export function LadderGrid(p: Props): ReactNode {
  const [drag, setDrag] = useState<Drag | null>(null);
  const rows = useMemo(
    () => buildRows({ ...p.input, drag: drag === null ? null : { side: drag.side, from: drag.from, over: drag.over } }),
    [p.input, drag],
  );
  const { bodyRef, onScroll } = p;

  // React's onWheel is passive; the ladder must stop the page from scrolling while it scrolls prices.
  useEffect(() => {
    const el = bodyRef.current;
    if (el === null) return;
    const onWheel = (e: WheelEvent): void => {
      e.preventDefault();
      const px = e.deltaMode === 1 ? e.deltaY * ROW_HEIGHT_PX : e.deltaY;
      if (px === 0) return;
      const n = Math.max(1, Math.round(Math.abs(px) / ROW_HEIGHT_PX));
      onScroll(px > 0 ? -n : n);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [bodyRef, onScroll]);

  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    if (e.button !== 0) return;
    const target = e.target instanceof Element ? e.target : null;
    const row = rowAt(target);
    if (row === null) return;
    p.onFocusRow(row);
    const col = colAt(target);
    if (col === 'bid' || col === 'ask') {
      if (p.tradable) p.onPlace(col === 'bid' ? 'buy' : 'sell', row);
    } else if (col === 'price') p.onPrefill(row);
  };
  const onContextMenu = (e: MouseEvent<HTMLDivElement>): void => {
    e.preventDefault();
    const target = e.target instanceof Element ? e.target : null;
    const row = rowAt(target);
    if (row === null) return;
    const col = colAt(target);
    p.onFocusRow(row);
    p.onCancelAt(row, col === 'own-buy' || col === 'bid' ? 'buy' : col === 'own-sell' || col === 'ask' ? 'sell' : null);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    if (e.button !== 0 || !p.tradable) return;
    const target = e.target instanceof Element ? e.target : null;
    const col = colAt(target);
    const row = rowAt(target);
    const side: Side | null = col === 'own-buy' ? 'buy' : col === 'own-sell' ? 'sell' : null;
    if (side === null || row === null || !p.canDrag(side, row)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ side, from: row, over: row, pointerId: e.pointerId });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (drag === null || e.pointerId !== drag.pointerId) return;
    const over = rowAt(document.elementFromPoint(e.clientX, e.clientY));
    if (over !== drag.over) setDrag({ ...drag, over });
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>, commit: boolean): void => {
    if (drag === null || e.pointerId !== drag.pointerId) return;
    setDrag(null);
    const over = commit ? rowAt(document.elementFromPoint(e.clientX, e.clientY)) : null;
    if (over !== null && over !== drag.from) p.onAmend(drag.side, drag.from, over);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.ctrlKey || e.metaKey) return;
    let intent: LadderKeyIntent | undefined = KEYS[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      const page = Math.max(1, p.input.count - 1);
      intent = { kind: 'move', rows: e.key === 'PageUp' ? page : -page };
    }
    if (intent?.kind === 'move' && e.altKey) intent = { kind: 'amend', rows: intent.rows };
    else if (e.altKey) return;
    if (intent === undefined) return;
    e.preventDefault();
    p.onKey(intent);
  };

  const active = rows.find((r) => r.focused)?.id;
  return (
    <div
      ref={bodyRef}
      className={`ld-body${p.tradable ? '' : ' untradable'}${drag !== null ? ' dragging' : ''}`}
      role="grid"
      tabIndex={0}
      aria-label={p.label}
      aria-describedby={p.describedBy}
      aria-rowcount={-1}
      aria-activedescendant={active}
      aria-keyshortcuts="B S Delete C Enter ArrowUp ArrowDown PageUp PageDown Alt+ArrowUp Alt+ArrowDown"
      onClick={onClick}
      onContextMenu={onContextMenu}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(e) => endDrag(e, true)}
      onPointerCancel={(e) => endDrag(e, false)}
      onKeyDown={onKeyDown}
    >
      {rows.map((r) => (
        <LadderRow key={r.price} {...r} />
      ))}
    </div>
  );
}

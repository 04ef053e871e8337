// The FIX message inspector: every message in and out of every session, filtered, with one message's fields or
// two messages' differences beside the list. Keys: ↑/↓ move through messages, Enter opens one, Space or
// Ctrl/Cmd-click picks a second to compare, Esc closes, / goes to the text filter.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useBridge } from '../../bridge/index.js';
import { InspectorToolbar } from './InspectorToolbar.js';
import { MessageDetail } from './MessageDetail.js';
import { MessageDiff } from './MessageDiff.js';
import { MessageGrid } from './MessageGrid.js';
import { PaneSplitter } from './PaneSplitter.js';
import { startMessageFeed } from './message-feed-sync.js';
import { messageFeed, useMessageLogStore } from './message-log.state.js';
import './panel-controls.css';
import './message-log.css';

function isTextEntry(target: EventTarget): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement
  );
}

function SelectionPane(): ReactNode {
  const selected = useMessageLogStore((s) => s.selected);
  const dict = useMessageLogStore((s) => s.dictionary);
  // Re-render when records arrive so a selected message trimmed out of the list is no longer shown.
  useMessageLogStore((s) => s.total);
  const records = selected.map((id) => messageFeed.get(id)).filter((r) => r !== undefined);
  if (records.length === 1) return <MessageDetail key={records[0]!.id} record={records[0]!} dict={dict} />;
  if (records.length === 2) return <MessageDiff left={records[0]!} right={records[1]!} dict={dict} />;
  return (
    <p className="fix-pane-hint">
      {records.length === 0
        ? 'Select a message (click, or Enter on a row) to see its fields. Tick two, or Ctrl/Cmd-click a second, to compare them.'
        : `Compare takes two messages; ${records.length} are selected. Esc clears the selection.`}
    </p>
  );
}

export function MessageInspector(): ReactNode {
  const bridge = useBridge();
  const textRef = useRef<HTMLInputElement>(null);
  const hasSelection = useMessageLogStore((s) => s.selected.length > 0);
  const paneWidth = useMessageLogStore((s) => s.paneWidth);
  const setPaneWidth = useMessageLogStore((s) => s.setPaneWidth);
  useEffect(() => startMessageFeed(bridge), [bridge]);

  const requestClear = useMessageLogStore((s) => s.requestClear);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
    if (e.key === '/') {
      e.preventDefault();
      textRef.current?.focus();
      textRef.current?.select();
    } else if (e.key === 'Escape' && hasSelection) {
      requestClear();
    }
  };

  return (
    <section className="fix-inspector" aria-labelledby="fix-inspector-title" onKeyDown={onKeyDown}>
      <header className="pc-header">
        <h2 className="ws-panel-title" id="fix-inspector-title">
          FIX messages
        </h2>
        <span className="pc-hint">↑↓ move · Enter open · Space / Ctrl-click compare · Esc close · / find</span>
      </header>
      <InspectorToolbar textRef={textRef} />
      <div className={hasSelection ? 'fix-body with-pane' : 'fix-body'}>
        <div className="fix-list">
          <MessageGrid />
        </div>
        {hasSelection && <PaneSplitter value={paneWidth} onChange={setPaneWidth} />}
        <aside className="fix-pane" aria-label="Message detail" style={{ flexBasis: `${paneWidth}%` }}>
          <SelectionPane />
        </aside>
      </div>
    </section>
  );
}

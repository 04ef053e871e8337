// The inspector's filters (session, direction, type, free text), the pause toggle and where the list stands.
// "/" anywhere in the panel focuses the text filter (MessageInspector handles the key).
import { useId, useMemo, type ReactNode, type Ref } from 'react';
import { useBridge } from '../../bridge/index.js';
import { useWorkstationStore } from '../../state/store.js';
import { msgTypeLabel } from './fix-dictionary.js';
import { loadMessageHistory } from './message-feed-sync.js';
import { TYPE_ALL, TYPE_APPLICATION, TYPE_NO_HEARTBEATS } from './message-filter.js';
import { MAX_MESSAGES } from './message-feed.js';
import { useMessageLogStore } from './message-log.state.js';

function useTypeOptions(): { value: string; label: string }[] {
  const dict = useMessageLogStore((s) => s.dictionary);
  const seen = useMessageLogStore((s) => s.seenTypes);
  return useMemo(() => {
    const types = new Set([...dict.messageTypes.map((t) => t.msgType), ...seen.filter((t) => t !== '?')]);
    return [...types]
      .map((t) => ({ value: t, label: msgTypeLabel(dict, t) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [dict, seen]);
}

export function InspectorToolbar({ textRef }: { textRef: Ref<HTMLInputElement> }): ReactNode {
  const bridge = useBridge();
  const ids = { session: useId(), direction: useId(), type: useId(), text: useId() };
  const filter = useMessageLogStore((s) => s.filter);
  const setFilter = useMessageLogStore((s) => s.setFilter);
  const paused = useMessageLogStore((s) => s.paused);
  const setPaused = useMessageLogStore((s) => s.setPaused);
  const newWhilePaused = useMessageLogStore((s) => s.newWhilePaused);
  const seenSessions = useMessageLogStore((s) => s.seenSessions);
  const knownSessions = useWorkstationStore((s) => s.sessionOrder);
  const sessions = useMemo(() => [...new Set([...knownSessions, ...seenSessions])], [knownSessions, seenSessions]);
  const typeOptions = useTypeOptions();

  return (
    <div className="pc-toolbar fix-toolbar" role="toolbar" aria-label="Message filters">
      <label htmlFor={ids.session}>Session</label>
      <select id={ids.session} value={filter.sessionId} onChange={(e) => setFilter({ sessionId: e.target.value })}>
        <option value="">All sessions</option>
        {sessions.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
      <label htmlFor={ids.direction}>Direction</label>
      <select
        id={ids.direction}
        value={filter.direction}
        onChange={(e) =>
          setFilter({ direction: e.target.value === 'in' || e.target.value === 'out' ? e.target.value : '' })
        }
      >
        <option value="">In and out</option>
        <option value="in">← In (received)</option>
        <option value="out">→ Out (sent)</option>
      </select>
      <label htmlFor={ids.type}>Type</label>
      <select id={ids.type} value={filter.msgType} onChange={(e) => setFilter({ msgType: e.target.value })}>
        <option value={TYPE_ALL}>All types</option>
        <option value={TYPE_APPLICATION}>Application only (no session-level)</option>
        <option value={TYPE_NO_HEARTBEATS}>All but Heartbeat / TestRequest</option>
        <optgroup label="One type">
          {typeOptions.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </optgroup>
      </select>
      <label htmlFor={ids.text}>Find</label>
      <input
        id={ids.text}
        ref={textRef}
        type="search"
        className="fix-text-filter"
        placeholder="text, tag=value, ClOrdID…  ( / )"
        aria-keyshortcuts="/"
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filter.text !== '') {
            e.stopPropagation();
            setFilter({ text: '' });
          }
        }}
      />
      <button
        type="button"
        className={paused ? 'ws-button fix-pause paused' : 'ws-button fix-pause'}
        aria-pressed={paused}
        onClick={() => setPaused(!paused)}
        title="Freeze the list; messages keep arriving and show when you resume"
      >
        {paused ? `Resume (${newWhilePaused.toLocaleString('en-US')} new)` : 'Pause'}
      </button>
      <FeedStatus onReload={() => void loadMessageHistory(bridge)} />
    </div>
  );
}

function FeedStatus({ onReload }: { onReload: () => void }): ReactNode {
  const total = useMessageLogStore((s) => s.total);
  const skipped = useMessageLogStore((s) => s.skipped);
  const history = useMessageLogStore((s) => s.history);
  const historyError = useMessageLogStore((s) => s.historyError);
  const dictionaryError = useMessageLogStore((s) => s.dictionaryError);
  return (
    <span className="fix-feed-status">
      <span title={`The newest ${MAX_MESSAGES.toLocaleString('en-US')} are kept here`}>
        {total.toLocaleString('en-US')} messages
      </span>
      {skipped > 0 && (
        <span className="fix-skipped" title="Main sends the newest messages of each frame during a flood">
          {skipped.toLocaleString('en-US')} skipped by the live stream
        </span>
      )}
      {history === 'failed' && <span className="fix-error">History not loaded: {historyError}</span>}
      {dictionaryError !== null && <span className="fix-error">No dictionary: {dictionaryError}</span>}
      <button type="button" className="ws-button" onClick={onReload} aria-busy={history === 'loading'}>
        Reload
      </button>
    </span>
  );
}

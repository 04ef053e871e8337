// The inspector's own state: the dictionary, how the history load went, the toolbar's filter and pause, and which
// messages are selected (one: its detail; two: their diff). The records themselves live in messageFeed (outside
// React: they change every frame); this store holds only what the panel re-renders on.
import { create } from 'zustand';
import type { FixMessageRecord } from '../../../../shared/domain/fix-messages.js';
import { EMPTY_DICTIONARY, type FixDictionary } from './fix-dictionary.js';
import { MessageFeed } from './message-feed.js';
import { messagePredicate, NO_FILTER, type MessageFilter } from './message-filter.js';
import { summarise } from './message-summary.js';

export const messageFeed = new MessageFeed();

export type LoadPhase = 'idle' | 'loading' | 'loaded' | 'failed';

interface MessageLogState {
  readonly dictionary: FixDictionary;
  readonly dictionaryError: string | null;
  readonly history: LoadPhase;
  readonly historyError: string | null;
  /** Records held, and how many the stream skipped (see MessageFeed.skipped). */
  readonly total: number;
  readonly skipped: number;
  /** The view is frozen; records keep arriving and newWhilePaused counts those the filter would show. */
  readonly paused: boolean;
  readonly newWhilePaused: number;
  readonly filter: MessageFilter;
  /** Selected message ids, oldest first. */
  readonly selected: readonly number[];
  readonly seenSessions: readonly string[];
  readonly seenTypes: readonly string[];
  /** The detail pane's share of the panel width, percent. */
  readonly paneWidth: number;
  /** Bumped to ask the list to clear its selection (Esc pressed outside the grid). */
  readonly clearRequests: number;
  setDictionary(dict: FixDictionary): void;
  setDictionaryError(reason: string): void;
  setHistory(phase: LoadPhase, error?: string): void;
  setFilter(patch: Partial<MessageFilter>): void;
  setPaused(paused: boolean): void;
  setSelected(ids: readonly number[]): void;
  setPaneWidth(percent: number): void;
  requestClear(): void;
}

export const useMessageLogStore = create<MessageLogState>()((set) => ({
  dictionary: EMPTY_DICTIONARY,
  dictionaryError: null,
  history: 'idle',
  historyError: null,
  total: 0,
  skipped: 0,
  paused: false,
  newWhilePaused: 0,
  filter: NO_FILTER,
  selected: [],
  seenSessions: [],
  seenTypes: [],
  paneWidth: 48,
  clearRequests: 0,
  setDictionary: (dictionary) => set({ dictionary, dictionaryError: null }),
  setDictionaryError: (dictionaryError) => set({ dictionaryError }),
  setHistory: (history, error) => set({ history, historyError: error ?? null }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  setPaused: (paused) => set({ paused, newWhilePaused: 0 }),
  setSelected: (ids) => set({ selected: [...ids].sort((a, b) => a - b) }),
  setPaneWidth: (paneWidth) => set({ paneWidth }),
  requestClear: () => set((s) => ({ clearRequests: s.clearRequests + 1 })),
}));

// Summaries are parsed once per record and dictionary (the list, the text filter and the detail all ask).
let summaryDict: FixDictionary | null = null;
let summaries = new WeakMap<FixMessageRecord, string>();

export function summaryOf(r: FixMessageRecord): string {
  const dict = useMessageLogStore.getState().dictionary;
  if (dict !== summaryDict) {
    summaryDict = dict;
    summaries = new WeakMap();
  }
  let s = summaries.get(r);
  if (s === undefined) {
    s = summarise(r, dict);
    summaries.set(r, s);
  }
  return s;
}

export function currentPredicate(): (r: FixMessageRecord) => boolean {
  const { filter, dictionary } = useMessageLogStore.getState();
  return messagePredicate(filter, dictionary, summaryOf);
}

function withNew(known: readonly string[], values: Iterable<string>): readonly string[] {
  let out: string[] | null = null;
  for (const v of values) {
    if ((out ?? known).includes(v)) continue;
    out ??= [...known];
    out.push(v);
  }
  return out === null ? known : out.sort();
}

messageFeed.onChange((change) => {
  const s = useMessageLogStore.getState();
  const records = change.reset ? messageFeed.snapshot() : change.added;
  const matches = s.paused && !change.reset ? change.added.filter(currentPredicate()).length : 0;
  useMessageLogStore.setState({
    total: messageFeed.size,
    skipped: messageFeed.skipped,
    newWhilePaused: s.newWhilePaused + matches,
    seenSessions: withNew(
      s.seenSessions,
      records.map((r) => r.sessionId),
    ),
    seenTypes: withNew(
      s.seenTypes,
      records.map((r) => r.msgType),
    ),
  });
});

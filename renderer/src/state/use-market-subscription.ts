// A panel that shows a symbol's market calls useMarketSubscription(symbol): the first watcher subscribes in main
// (md:subscribe, then md:history seeds trades and candles), the last one to leave unsubscribes. Counted here, in the
// renderer, so the ladder, charts and time and sales on one symbol make one subscription.
import { useEffect } from 'react';
import { CommandChannel } from '../../../shared/ipc/channels.js';
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import { useBridge } from '../bridge/index.js';
import { useWorkstationStore } from './store.js';

const watchers = new Map<string, number>();
/** Depth every book is subscribed with: enough for a ladder on a tall screen and the depth chart. */
export const BOOK_DEPTH = 50;

async function start(api: WorkstationApi, symbol: string): Promise<void> {
  const sub = await api.call(CommandChannel.subscribeMarketData, { symbol, depth: BOOK_DEPTH });
  const st = useWorkstationStore.getState();
  if (!sub.ok) {
    st.pushNotice({ level: 'error', text: `${symbol}: ${sub.reason}`, time: Date.now(), topic: `book:${symbol}` });
    return;
  }
  const history = await api.call(CommandChannel.marketHistory, { symbol });
  if (history.ok) st.seedHistory(symbol, history.value.trades, history.value.candles);
}

export function watchSymbol(api: WorkstationApi, symbol: string): () => void {
  const n = watchers.get(symbol) ?? 0;
  watchers.set(symbol, n + 1);
  if (n === 0) void start(api, symbol);
  return () => {
    const left = (watchers.get(symbol) ?? 1) - 1;
    if (left > 0) {
      watchers.set(symbol, left);
      return;
    }
    watchers.delete(symbol);
    void api.call(CommandChannel.unsubscribeMarketData, { symbol });
  };
}

/** Re-subscribes everything watched after the link to main came back (main may have restarted). */
export function resubscribeWatched(api: WorkstationApi): void {
  for (const symbol of watchers.keys()) void start(api, symbol);
}

export function useMarketSubscription(symbol: string | null): void {
  const { api } = useBridge();
  useEffect(() => (symbol === null ? undefined : watchSymbol(api, symbol)), [api, symbol]);
}

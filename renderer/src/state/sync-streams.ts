// Keeps every slice in step with main: stream events are applied as they come, and whenever the link (re)opens the
// starting state is read again (orders snapshot, instruments, risk, settings), so a reload or a dropped web-host
// socket never leaves stale rows. Sessions have their own sync (sync-sessions.ts).
import { CommandChannel, StreamChannel } from '../../../shared/ipc/channels.js';
import type { Bridge } from '../bridge/bridge.js';
import type { useWorkstationStore } from './store.js';
import { MarketFrameMerger } from './market-frame-merger.js';
import { resubscribeWatched } from './use-market-subscription.js';

type Store = typeof useWorkstationStore;

export function syncStreams(bridge: Bridge, store: Store): () => void {
  const { api } = bridge;
  const st = (): ReturnType<Store['getState']> => store.getState();
  const market = new MarketFrameMerger(
    (f) => st().applyMarketFrame(f),
    (run) => requestAnimationFrame(() => run()),
  );
  const refresh = async (): Promise<void> => {
    const [orders, instruments, risk, settings] = await Promise.all([
      api.call(CommandChannel.ordersSnapshot, {}),
      api.call(CommandChannel.listInstruments, {}),
      api.call(CommandChannel.riskState, {}),
      api.call(CommandChannel.settings, {}),
    ]);
    if (orders.ok) st().replaceOrders(orders.value);
    if (instruments.ok) st().replaceInstruments(instruments.value);
    if (risk.ok) st().setRisk(risk.value);
    if (settings.ok) st().setSettings(settings.value);
    for (const o of [orders, instruments, risk, settings]) {
      if (!o.ok) st().pushNotice({ level: 'error', text: o.reason, time: Date.now(), topic: 'sync' });
    }
  };
  const offs = [
    api.listen(StreamChannel.orders, (d) => st().applyOrdersDelta(d)),
    api.listen(StreamChannel.marketData, (f) => market.push(f)),
    api.listen(StreamChannel.risk, (r) => st().setRisk(r)),
    api.listen(StreamChannel.settings, (s) => st().setSettings(s)),
    api.listen(StreamChannel.notice, (n) => st().pushNotice(n)),
    api.listen(StreamChannel.instruments, (list) => st().replaceInstruments(list)),
    bridge.onLink((link) => {
      if (link.phase === 'up') {
        void refresh();
        resubscribeWatched(api);
      }
    }),
  ];
  if (bridge.link.phase === 'up') void refresh();
  return () => offs.forEach((off) => off());
}

import { beforeEach, describe, expect, it } from 'vitest';
import { CommandChannel } from '../../../shared/ipc/channels.js';
import { accepted, rejected } from '../../../shared/ipc/outcome.js';
import { cancelOrders, cancelSide, placeAt } from '../../../renderer/src/features/ladder/ladder-actions.js';
import { useLadderStore } from '../../../renderer/src/features/ladder/ladder.state.js';
import { useWorkstationStore } from '../../../renderer/src/state/store.js';
import { fakeApi } from './ladder-fake-api.js';
import { btc, order } from './ticket-fixtures.js';

const feedback = () => useLadderStore.getState().feedback;
const notices = () => useWorkstationStore.getState().notices;

beforeEach(() => {
  useLadderStore.setState(useLadderStore.getInitialState(), true);
  useWorkstationStore.setState(useWorkstationStore.getInitialState(), true);
});

describe('a ladder click places a GTC limit order at the row price', () => {
  const args = { sessionId: 'demo-trading', inst: btc(), side: 'buy', price: '64000.1', qty: '0.01' } as const;

  it('sends the checked request and reports the ClOrdID', async () => {
    const { api, calls } = fakeApi(() => accepted(order({ clOrdId: 'C-9' })));
    await placeAt(api, args);
    expect(calls).toEqual([
      {
        channel: CommandChannel.newOrder,
        request: {
          sessionId: 'demo-trading',
          symbol: 'BTC/USD',
          side: 'buy',
          type: 'limit',
          qty: '0.01',
          tif: 'GTC',
          price: '64000.1',
        },
      },
    ]);
    expect(feedback()).toMatchObject({ level: 'ok', text: 'Buy 0.01 BTC/USD @ 64000.1 Limit GTC sent · ClOrdID C-9' });
    expect(notices()).toEqual([]);
  });

  it('sends nothing for a quantity or order value the instrument refuses, and says so as a warning', async () => {
    const { api, calls } = fakeApi(() => accepted(order()));
    await placeAt(api, { ...args, side: 'sell', qty: '0.0005' });
    expect(calls).toEqual([]);
    expect(feedback()).toMatchObject({ level: 'warn', text: 'Sell at 64000.1 not sent: Below the minimum 0.001 BTC' });
    await placeAt(api, { ...args, price: '100.0', qty: '0.001' });
    expect(feedback()?.text).toBe('Buy at 100.0 not sent: Order value 0.1 USD is below the minimum 5 USD');
    expect(calls).toEqual([]);
  });

  it('sends nothing while the pair takes no new orders or no session is configured', async () => {
    const { api, calls } = fakeApi(() => accepted(order()));
    await placeAt(api, { ...args, inst: btc({ status: 'cancel_only' }) });
    expect(feedback()?.text).toBe('Buy at 64000.1 not sent: BTC/USD is cancel only: the venue takes no new orders');
    await placeAt(api, { ...args, sessionId: null });
    expect(feedback()?.text).toBe('Buy at 64000.1 not sent: No trading session is configured');
    expect(calls).toEqual([]);
  });

  it('raises a refusal as a notice on the symbol topic', async () => {
    const { api } = fakeApi(() => rejected('kill switch engaged'));
    await placeAt(api, args);
    const text = 'Buy 0.01 BTC/USD @ 64000.1 Limit GTC: kill switch engaged';
    expect(feedback()).toMatchObject({ level: 'error', text });
    expect(notices()).toMatchObject([{ level: 'error', text, topic: 'order:BTC/USD' }]);
  });
});

describe('cancels from the ladder', () => {
  it('cancels every order of a level and counts them', async () => {
    const { api, calls } = fakeApi(() => accepted(order()));
    await cancelOrders(api, [order({ orderKey: 'a' }), order({ orderKey: 'b' })], '100.0');
    expect(calls.map((c) => c.request)).toEqual([{ orderKey: 'a' }, { orderKey: 'b' }]);
    expect(feedback()).toMatchObject({ level: 'ok', text: 'Cancel sent for 2 orders at 100.0' });
  });

  it('says how many of the cancels were refused and why', async () => {
    const { api } = fakeApi((_c, r) =>
      (r as { orderKey: string }).orderKey === 'b' ? rejected('too late') : accepted(order()),
    );
    await cancelOrders(api, [order({ orderKey: 'a' }), order({ orderKey: 'b' })], '100.0');
    expect(feedback()).toMatchObject({ level: 'error', text: 'Cancel at 100.0: 1 of 2 refused: too late' });
  });

  it('does nothing for an empty level', async () => {
    const { api, calls } = fakeApi(() => accepted(order()));
    await cancelOrders(api, [], '100.0');
    expect(calls).toEqual([]);
    expect(feedback()).toBeNull();
  });

  it('cancels one side or the whole symbol, warning when nothing was working', async () => {
    const { api, calls } = fakeApi((_c, r) => accepted({ requested: 'side' in (r as object) ? 0 : 3 }));
    await cancelSide(api, 'BTC/USD', 'buy');
    expect(feedback()).toMatchObject({ level: 'warn', text: 'Cancel bids BTC/USD: no working orders' });
    await cancelSide(api, 'BTC/USD', null);
    expect(feedback()).toMatchObject({ level: 'ok', text: 'Cancel all BTC/USD: 3 cancels sent' });
    expect(calls).toEqual([
      { channel: CommandChannel.cancelAll, request: { symbol: 'BTC/USD', side: 'buy' } },
      { channel: CommandChannel.cancelAll, request: { symbol: 'BTC/USD' } },
    ]);
  });
});

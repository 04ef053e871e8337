import { beforeEach, describe, expect, it } from 'vitest';
import { CommandChannel } from '../../../shared/ipc/channels.js';
import { accepted, rejected, timedOut } from '../../../shared/ipc/outcome.js';
import { amendOrders } from '../../../renderer/src/features/ladder/ladder-actions.js';
import { useLadderStore, type PendingAmend } from '../../../renderer/src/features/ladder/ladder.state.js';
import { judgeAmend } from '../../../renderer/src/features/ladder/use-pending-amends.js';
import { useWorkstationStore } from '../../../renderer/src/state/store.js';
import { fakeApi } from './ladder-fake-api.js';
import { order } from './ticket-fixtures.js';

const ladder = () => useLadderStore.getState();

beforeEach(() => {
  useLadderStore.setState(useLadderStore.getInitialState(), true);
  useWorkstationStore.setState(useWorkstationStore.getInitialState(), true);
});

describe('judging a dragged order against its latest view', () => {
  const sent: PendingAmend = { orderKey: 'k', side: 'buy', fromPrice: '100.0', toPrice: '101.0', answeredAt: null };
  const answered: PendingAmend = { ...sent, answeredAt: 2_000 };

  it('is done once the order shows the new price with nothing in flight, compared as decimals', () => {
    expect(judgeAmend(sent, order({ price: '101.0' }))).toBe('done');
    expect(judgeAmend(sent, order({ price: '101' }))).toBe('done');
  });

  it('keeps waiting while the replace is in flight, even at the new price', () => {
    expect(judgeAmend(sent, order({ price: '101.0', pendingClOrdId: '2', status: 'pending-replace' }))).toBe('keep');
    expect(judgeAmend(answered, order({ price: '100.0', pendingClOrdId: '2', updatedAt: 3_000 }))).toBe('keep');
  });

  it('keeps waiting at the old price until main has answered', () => {
    expect(judgeAmend(sent, order({ price: '100.0', updatedAt: 9_000 }))).toBe('keep');
  });

  it('ignores a view of the order no newer than main answer', () => {
    expect(judgeAmend(answered, order({ price: '100.0', updatedAt: 1_500 }))).toBe('keep');
  });

  it('reports a refused amend: a later view at the old price with nothing in flight', () => {
    expect(judgeAmend(answered, order({ price: '100.0', updatedAt: 2_001 }))).toBe('failed');
  });

  it('settles a refusal from the same millisecond as main answer (a venue that answers at once)', () => {
    expect(judgeAmend(answered, order({ price: '100.0', updatedAt: 2_000 }))).toBe('failed');
  });

  it('is done when the order is gone or finished, whatever its price', () => {
    expect(judgeAmend(sent, undefined)).toBe('done');
    expect(judgeAmend(sent, order({ price: '100.0', status: 'filled' }))).toBe('done');
    expect(judgeAmend(sent, order({ price: '100.0', status: 'canceled', pendingClOrdId: '2' }))).toBe('done');
  });
});

describe('the ladder pending amends', () => {
  it('records main answer time on a pending amend and drops it on request', () => {
    ladder().addPending({ orderKey: 'k', side: 'sell', fromPrice: '1', toPrice: '2', answeredAt: null });
    ladder().answerPending('k', 5_000);
    expect(ladder().pending['k']?.answeredAt).toBe(5_000);
    const before = ladder().pending;
    ladder().answerPending('other', 6_000);
    expect(ladder().pending).toBe(before);
    ladder().dropPending('k');
    expect(ladder().pending).toEqual({});
  });
});

describe('amending dragged orders', () => {
  it('shows the orders pending at the new price while main is asked, then notes its answer', async () => {
    let during: PendingAmend | undefined;
    const { api, calls } = fakeApi(() => {
      during = ladder().pending['a'];
      return accepted(order({ orderKey: 'a', pendingClOrdId: '2', updatedAt: 7_000 }));
    });
    await amendOrders(api, [order({ orderKey: 'a', side: 'sell', price: '100.0' })], '101.0');
    expect(calls).toEqual([{ channel: CommandChannel.amendOrder, request: { orderKey: 'a', price: '101.0' } }]);
    expect(during).toEqual({ orderKey: 'a', side: 'sell', fromPrice: '100.0', toPrice: '101.0', answeredAt: null });
    expect(ladder().pending['a']?.answeredAt).toBe(7_000);
    expect(ladder().feedback).toMatchObject({ level: 'ok', text: 'Amend to 101.0 sent for 1 order' });
  });

  it('puts a refused amend back and says why, in the status line and as a notice', async () => {
    const { api } = fakeApi(() => rejected('a cancel of this order is awaiting the venue answer'));
    await amendOrders(api, [order({ orderKey: 'a' }), order({ orderKey: 'b' })], '99.0');
    expect(ladder().pending).toEqual({});
    const text = 'Amend to 99.0: 2 of 2 refused: a cancel of this order is awaiting the venue answer';
    expect(ladder().feedback).toMatchObject({ level: 'error', text });
    expect(useWorkstationStore.getState().notices).toMatchObject([{ level: 'error', text, topic: 'ladder' }]);
  });

  it('names a risk refusal and a missing answer', async () => {
    const refusal = { rule: 'price-band-ticks', limit: '10 ticks', actual: '25 ticks', message: 'm' } as const;
    await amendOrders(fakeApi(() => rejected('risk', refusal)).api, [order()], '98.0');
    expect(ladder().feedback?.text).toBe(
      'Amend to 98.0: 1 of 1 refused: refused by risk: Price band (ticks): limit 10 ticks, this order 25 ticks',
    );
    await amendOrders(fakeApi(() => timedOut('5 s')).api, [order()], '98.0');
    expect(ladder().feedback?.text).toBe(
      'Amend to 98.0: 1 of 1 refused: no answer in time (5 s); check Working orders',
    );
    expect(ladder().pending).toEqual({});
  });

  it('does not send a second amend for an order still waiting on one, nor for an order without a price', async () => {
    ladder().addPending({ orderKey: 'a', side: 'buy', fromPrice: '100.0', toPrice: '101.0', answeredAt: null });
    const { api, calls } = fakeApi(() => accepted(order()));
    await amendOrders(api, [order({ orderKey: 'a' }), order({ orderKey: 'b', price: null })], '102.0');
    expect(calls).toEqual([]);
    expect(ladder().pending['a']?.toPrice).toBe('101.0');
    expect(ladder().feedback).toBeNull();
  });
});

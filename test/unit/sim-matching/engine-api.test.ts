import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../electron/sim/matching/events.js';
import { MatchingEngine } from '../../../electron/sim/matching/matching-engine.js';
import { FakeClock, Harness, alice, bob, summary, trades } from './support/harness.js';

describe('engine API', () => {
  it('runs a command issued from an event callback after the current command, not inside the match', () => {
    const events: EngineEvent[] = [];
    let reacted = false;
    const engine: MatchingEngine = new MatchingEngine({
      clock: new FakeClock(),
      seed: 1,
      onEvent: (e) => {
        events.push(e);
        // Bob's market maker requotes as soon as it is filled.
        if (!reacted && e.kind === 'trade' && e.owner === bob) {
          reacted = true;
          engine.handle({
            type: 'new-order',
            owner: bob,
            clOrdId: 'requote',
            symbol: 'BTC/USD',
            side: '2',
            ordType: '2',
            orderQty: '1',
            price: '50001.0',
          });
        }
      },
    });
    engine.handle({
      type: 'new-order',
      owner: bob,
      clOrdId: 'ask',
      symbol: 'BTC/USD',
      side: '2',
      ordType: '2',
      orderQty: '1',
      price: '50000.0',
    });
    engine.handle({
      type: 'new-order',
      owner: alice,
      clOrdId: 'lift',
      symbol: 'BTC/USD',
      side: '1',
      ordType: '2',
      orderQty: '2',
      price: '50001.0',
    });
    expect(summary(events)).toEqual([
      'accepted 0/0 ask',
      'accepted 0/0 lift',
      'trade F/2 ask 1.00000000@50000.0 maker',
      'trade F/1 lift 1.00000000@50000.0 taker',
      // The requote arrives after Alice's remainder rested, and trades against it.
      'accepted 0/0 requote',
      'trade F/2 lift 1.00000000@50001.0 maker',
      'trade F/2 requote 1.00000000@50001.0 taker',
    ]);
  });

  it('accepts reduce-only orders without a position check and echoes the flag', () => {
    const h = new Harness();
    const events = h.limit(alice, 'sell', '1', '50000.0', { reduceOnly: true });
    expect(events[0]).toMatchObject({ kind: 'accepted', order: { reduceOnly: true } });
  });

  it('charges the fee in the base currency when the order asks for it (ExecInst f)', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.4', '50000.0');
    const [maker, taker] = trades(h.limit(bob, 'buy', '0.4', '50000.0', { feeInBase: true }));
    expect(maker).toMatchObject({ fee: '50.00000', feeCurrency: 'USD' });
    expect(taker).toMatchObject({ fee: '0.00160000', feeCurrency: 'BTC' });
  });

  it('rounds fees half-even at the pair’s cost decimals', () => {
    const h = new Harness();
    // Maker 0.25%: 0.00005 × 10040.0 = 0.502 USD → 0.001255 → 0.00126 (tie, up to even);
    // 0.00005 × 10120.0 = 0.506 USD → 0.001265 → 0.00126 (tie, down to even).
    h.limit(alice, 'sell', '0.00005', '10040.0');
    h.limit(alice, 'sell', '0.00005', '10120.0', { symbol: 'BTC/USD' });
    const fills = trades(h.limit(bob, 'buy', '0.0001', '10120.0')).filter((t) => t.liquidity === 'maker');
    expect(fills.map((t) => `${t.lastPx} ${t.fee}`)).toEqual(['10040.0 0.00126', '10120.0 0.00126']);
  });

  it('lists its instruments with Kraken-style precision rules', () => {
    const h = new Harness();
    const btc = h.engine.instruments().find((i) => i.symbol === 'BTC/USD');
    expect(btc).toMatchObject({
      priceDecimals: 1,
      tickSize: '0.1',
      lotDecimals: 8,
      qtyMin: '0.00005',
      status: 'online',
    });
    expect(h.engine.instruments().map((i) => i.symbol)).toEqual(
      expect.arrayContaining(['BTC/USD', 'ETH/USD', 'SOL/USD', 'XRP/USD', 'ADA/EUR', 'ETH/BTC']),
    );
  });
});

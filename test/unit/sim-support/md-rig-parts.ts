// What the two market-data rigs (sim-market-data/md-harness.ts: the hub alone; marketdata/md-loop.ts: hub and our
// client back to back) share: test messages really encoded and parsed, and makers resting and pulling limit orders
// on the matching engine that feeds the hub.
import { FixEncoder } from '../../../electron/fix/codec/encoder.js';
import type { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import { FixParser } from '../../../electron/fix/codec/parser.js';
import type { MatchingEngine, Side } from '../../../electron/sim/matching/index.js';

export function encode(msgType: string, body: (enc: FixEncoder) => void): FixMessage {
  const enc = new FixEncoder();
  enc.begin(msgType);
  body(enc);
  const bytes = enc.finish();
  const msg = new FixParser().parse(bytes, 0, bytes.length);
  if (msg === null) throw new Error('unparsable test message');
  return msg.detach();
}

/** Body fields of a message (no 8, 9, 35, 10). */
export function bodyFields(msg: FixMessage): Array<[number, string]> {
  return msg.fields().filter(([t]) => t !== 8 && t !== 9 && t !== 35 && t !== 10);
}

/** Orders of anonymous makers, each with a ClOrdID of its own. */
export class MakerOrders {
  private ids = 0;

  constructor(private readonly engine: MatchingEngine) {}

  /** A resting limit order; returns its ClOrdID. */
  limit(side: Side, price: string, qty: string, symbol = 'BTC/USD', client = 'MAKER'): string {
    const clOrdId = `c${++this.ids}`;
    this.engine.handle({
      type: 'new-order',
      owner: { clientId: client, sessionId: client },
      clOrdId,
      symbol,
      side,
      ordType: '2',
      orderQty: qty,
      price,
    });
    return clOrdId;
  }

  cancel(clOrdId: string, symbol = 'BTC/USD', client = 'MAKER'): void {
    this.engine.handle({
      type: 'cancel',
      owner: { clientId: client, sessionId: client },
      clOrdId: `x${++this.ids}`,
      origClOrdId: clOrdId,
      symbol,
    });
  }
}

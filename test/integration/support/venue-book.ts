// The application behind our acceptor in the interop tests: a minimal venue that answers every NewOrderSingle with
// a "New" ExecutionReport (150=0 39=0, 11/55/54/38 echoed, OrderID, ExecID, LeavesQty = OrderQty, CumQty 0,
// AvgPx 0). Its book outlives any one acceptor instance, as a venue's order database outlives a restart of its FIX
// gateway: that is what lets it drop a PossDup replay of an order it already has (deduplication by ClOrdID).
import { formatUtcTimestamp, type FixMessage } from '../../../electron/fix/codec/index.js';
import type { AppMessageContext, SessionApplication } from '../../../electron/fix/session/index.js';

export interface BookedOrder {
  clOrdId: string;
  /** MsgSeqNum of the order as received, and whether it came as a PossDup replay. */
  inSeq: number;
  inPossDup: boolean;
  /** MsgSeqNum of the ExecutionReport we sent for it. */
  erSeq: number;
}

export class VenueBook {
  readonly orders = new Map<string, BookedOrder>();
  /** PossDup replays of orders already on the book: not answered again. */
  readonly deduped: Array<{ clOrdId: string; seq: number }> = [];
  /** A NewOrderSingle reusing a ClOrdID WITHOUT PossDup: the client broke ClOrdID uniqueness (or a session
   * delivered one message twice). Answered with nothing; listed for the test to fail on. */
  readonly reusedClOrdIds: Array<{ clOrdId: string; seq: number }> = [];
  /** Anything else the application was handed. */
  readonly other: string[] = [];
  /** Called right after an order is booked and answered, inside the session's callback (tests crash here). */
  onBooked: (order: BookedOrder, booked: number) => void = () => undefined;

  application(): SessionApplication {
    return {
      onAppMessage: (msg, ctx) => this.onAppMessage(msg, ctx),
    };
  }

  private onAppMessage(msg: FixMessage, ctx: AppMessageContext): 'unsupported' | undefined {
    if (msg.msgType !== 'D') {
      this.other.push(msg.toString());
      return 'unsupported';
    }
    const clOrdId = msg.getString(11);
    if (clOrdId === undefined) {
      this.other.push(msg.toString());
      return 'unsupported';
    }
    if (this.orders.has(clOrdId)) {
      (ctx.possDup ? this.deduped : this.reusedClOrdIds).push({ clOrdId, seq: ctx.seq });
      return undefined;
    }
    const qty = msg.getString(38) ?? '0';
    const echo = (tag: number): string => msg.getString(tag) ?? '';
    const symbol = echo(55);
    const side = echo(54);
    const erSeq = ctx.session.send('8', (enc) =>
      enc
        .str(37, `OUR-${clOrdId}`)
        .str(17, `OURX-${clOrdId}`)
        .str(150, '0')
        .str(39, '0')
        .str(11, clOrdId)
        .str(55, symbol)
        .str(54, side)
        .str(38, qty)
        .str(151, qty)
        .str(14, '0')
        .str(6, '0')
        .str(60, formatUtcTimestamp(Date.now())),
    );
    const order = { clOrdId, inSeq: ctx.seq, inPossDup: ctx.possDup, erSeq };
    this.orders.set(clOrdId, order);
    this.onBooked(order, this.orders.size);
    return undefined;
  }
}

// An OrderManager on fake ports (a settable clock, a send that encodes and re-parses every request, recorded
// deltas), and the venue's side as real FIX bytes: ExecutionReports written by the simulator's own writer
// (write-report.ts) and refusals by its reject writer (write-reject.ts), parsed back with FixParser.
import { FixEncoder, FixParser, formatUtcTimestamp, type FixMessage } from '../../../electron/fix/codec/index.js';
import {
  OrderManager,
  type MassCancelUpdate,
  type OmsVenueRules,
  type OrderManagerPorts,
} from '../../../electron/oms/index.js';
import type { OrderReport, OrderSnapshot, RequestMsgType } from '../../../electron/sim/matching/index.js';
import { rejectMessage } from '../../../electron/sim/trading/write-reject.js';
import { writeExecutionReport, type TradingDialect } from '../../../electron/sim/trading/write-report.js';
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { NewOrderRequest, OrderView } from '../../../shared/domain/orders.js';
import type { OrdersDelta } from '../../../shared/ipc/streams.js';

export const T0 = Date.UTC(2026, 0, 5, 9, 30, 0);
export const SESSION = 'demo-trading';

const info = (symbol: string, base: string, priceDecimals: number): InstrumentInfo => ({
  symbol,
  base,
  quote: 'USD',
  tickSize: priceDecimals === 1 ? '0.1' : '0.01',
  lotSize: '0.00000001',
  qtyMin: '0.0001',
  qtyMax: '10000',
  costMin: '0.5',
  priceDecimals,
  qtyDecimals: 8,
  status: 'online',
});

export const INSTRUMENTS: Readonly<Record<string, InstrumentInfo>> = {
  'BTC/USD': info('BTC/USD', 'BTC', 1),
  'ETH/USD': info('ETH/USD', 'ETH', 2),
};

const parser = new FixParser();

export function parse(buf: Buffer): FixMessage {
  const msg = parser.parse(buf, 0, buf.length);
  if (msg === null) throw new Error(`unparseable: ${parser.detail}`);
  return msg.detach();
}

export interface Sent {
  readonly sessionId: string;
  readonly msgType: string;
  readonly seq: number;
  readonly msg: FixMessage;
  get(tag: number): string | undefined;
  has(tag: number): boolean;
}

export interface HarnessOptions {
  rules?: (sessionId: string) => OmsVenueRules;
  random?: (size: number) => Uint8Array;
}

export class Harness {
  now = T0;
  readonly sent: Sent[] = [];
  readonly deltas: OrdersDelta[] = [];
  readonly logs: string[] = [];
  readonly massCancels: MassCancelUpdate[] = [];
  /** Sessions whose send throws, as a session that is not logged on does. */
  readonly down = new Set<string>();
  private readonly seqs = new Map<string, number>();
  private inSeq = 0;
  readonly oms: OrderManager;

  constructor(o: HarnessOptions = {}) {
    const ports: OrderManagerPorts = {
      send: (sessionId, msgType, write) => {
        if (this.down.has(sessionId)) throw new Error(`session ${sessionId} is not logged on`);
        const seq = (this.seqs.get(sessionId) ?? 0) + 1;
        const enc = new FixEncoder();
        enc.begin(msgType).str(49, 'CLIENT').str(56, 'KRAKEN-TRD').int(34, seq).str(52, formatUtcTimestamp(this.now));
        write(enc);
        const msg = parse(Buffer.from(enc.finish()));
        this.seqs.set(sessionId, seq);
        this.sent.push({ sessionId, msgType, seq, msg, get: (tag) => msg.getString(tag), has: (tag) => msg.has(tag) });
        return seq;
      },
      now: () => this.now,
      instrument: (symbol) => INSTRUMENTS[symbol],
      onChange: (d) => void this.deltas.push(d),
      onLog: (line) => void this.logs.push(line),
      onMassCancel: (u) => void this.massCancels.push(u),
    };
    if (o.rules !== undefined) ports.rules = o.rules;
    if (o.random !== undefined) ports.random = o.random;
    this.oms = new OrderManager(ports);
  }

  /** The last request of a type the OMS sent. */
  last(msgType: string): Sent {
    const s = this.sent.filter((m) => m.msgType === msgType).at(-1);
    if (s === undefined) throw new Error(`no ${msgType} sent`);
    return s;
  }

  /** A limit order on BTC/USD unless told otherwise. */
  buy(over: Partial<NewOrderRequest> = {}): OrderView {
    return this.oms.newOrder({
      sessionId: SESSION,
      symbol: 'BTC/USD',
      side: 'buy',
      type: 'limit',
      qty: '1',
      price: '50000',
      tif: 'GTC',
      ...over,
    });
  }

  sell(over: Partial<NewOrderRequest> = {}): OrderView {
    return this.buy({ side: 'sell', ...over });
  }

  view(orderKey: string): OrderView {
    const v = this.oms.order(orderKey);
    if (v === undefined) throw new Error(`no order ${orderKey}`);
    return v;
  }

  /** An ExecutionReport as the simulator writes it, delivered to the OMS. */
  report(r: OrderReport, o: { dialect?: TradingDialect; possDup?: boolean; sessionId?: string } = {}): void {
    this.oms.onExecutionReport(
      o.sessionId ?? SESSION,
      erMessage(r, o.dialect ?? 'kraken', ++this.inSeq, o.possDup),
      o.possDup === true,
    );
  }

  /** A refusal as the simulator writes it (Kraken: 35=j; standard: 35=9 for F/G, ER 150=8 for D). */
  refuse(
    echo: { msgType: RequestMsgType; seq: number; clOrdId: string; origClOrdId?: string; orderId?: string },
    text: string,
    dialect: TradingDialect = 'kraken',
    reason = 0,
  ): void {
    const out = rejectMessage(
      {
        echo: { symbol: 'BTC/USD', side: '1', ...echo },
        text,
        reason,
        transactTime: this.now,
        execId: () => `R${++this.inSeq}`,
      },
      dialect,
    );
    const msg = message(out.msgType, ++this.inSeq, false, out.write);
    if (out.msgType === 'j') this.oms.onBusinessMessageReject(SESSION, msg);
    else if (out.msgType === '9') this.oms.onOrderCancelReject(SESSION, msg);
    else this.oms.onExecutionReport(SESSION, msg, false);
  }

  /** Every OrderView the deltas carried for one order, in order. */
  history(orderKey: string): OrderView[] {
    return this.deltas.flatMap((d) => d.orders.filter((v) => v.orderKey === orderKey));
  }
}

export function message(
  msgType: string,
  seq: number,
  possDup: boolean | undefined,
  write: (enc: FixEncoder) => void,
): FixMessage {
  const enc = new FixEncoder();
  enc.begin(msgType).str(49, 'KRAKEN-TRD').str(56, 'CLIENT').int(34, seq);
  if (possDup === true) enc.str(43, 'Y').str(122, formatUtcTimestamp(T0));
  enc.str(52, formatUtcTimestamp(T0));
  write(enc);
  return parse(Buffer.from(enc.finish()));
}

export function erMessage(r: OrderReport, dialect: TradingDialect, seq: number, possDup?: boolean): FixMessage {
  return message('8', seq, possDup, (enc) => writeExecutionReport(enc, r, dialect));
}

/** A message from readable fields, for what the simulator never sends (plain FIX 4.4 venues' tags). */
export function raw(msgType: string, fields: ReadonlyArray<readonly [number, string]>, seq = 900): FixMessage {
  return message(msgType, seq, false, (enc) => {
    for (const [tag, value] of fields) enc.str(tag, value);
  });
}

// ---- the venue's order snapshots and reports, as the matching engine hands them to the writer -----------------

const OWNER = { clientId: 'CLIENT', sessionId: 'CLIENT#1' };
let execSeq = 0;
const execId = (): string => `E${++execSeq}`;

/** An order as the engine reports it: BTC/USD limit buy 1 @ 50000.0 GTC, nothing filled, status New. */
export function snap(over: Partial<OrderSnapshot> & Pick<OrderSnapshot, 'orderId' | 'clOrdId'>): OrderSnapshot {
  const orderQty = over.orderQty ?? '1.00000000';
  return {
    symbol: 'BTC/USD',
    side: '1',
    ordType: '2',
    timeInForce: '1',
    orderQty,
    price: '50000.0',
    cumQty: '0.00000000',
    leavesQty: orderQty,
    avgPx: '0.0',
    ordStatus: '0',
    postOnly: false,
    reduceOnly: false,
    selfTradePrevention: 1,
    untriggered: false,
    ...over,
  };
}

export const accepted = (order: OrderSnapshot, id = execId()): OrderReport => ({
  kind: 'accepted',
  execType: order.ordStatus === 'A' ? 'A' : '0',
  execId: id,
  owner: OWNER,
  transactTime: T0,
  order,
});

export interface TradeOptions {
  lastQty: string;
  lastPx: string;
  fee?: string;
  feeCurrency?: string;
  liquidity?: 'maker' | 'taker';
  execId?: string;
}

export const trade = (order: OrderSnapshot, t: TradeOptions): OrderReport => ({
  kind: 'trade',
  execType: 'F',
  execId: t.execId ?? execId(),
  owner: OWNER,
  transactTime: T0 + 1000,
  order,
  lastQty: t.lastQty,
  lastPx: t.lastPx,
  tradeSeq: execSeq,
  tradeId: `T${execSeq}`,
  liquidity: t.liquidity ?? 'taker',
  fee: t.fee ?? '0',
  feeCurrency: t.feeCurrency ?? 'USD',
  counterOrderId: 'OTHER',
});

export const canceled = (
  order: OrderSnapshot,
  requestClOrdId?: string,
  text = 'User requested',
  id = execId(),
): OrderReport => ({
  kind: 'canceled',
  execType: '4',
  execId: id,
  owner: OWNER,
  transactTime: T0 + 2000,
  order,
  reason: 'user',
  text,
  ...(requestClOrdId !== undefined ? { requestClOrdId } : {}),
});

export const replaced = (order: OrderSnapshot, id = execId()): OrderReport => ({
  kind: 'replaced',
  execType: '5',
  execId: id,
  owner: OWNER,
  transactTime: T0 + 1500,
  order,
  priorityKept: false,
});

export const expired = (order: OrderSnapshot): OrderReport => ({
  kind: 'expired',
  execType: 'C',
  execId: execId(),
  owner: OWNER,
  transactTime: T0 + 3000,
  order,
  text: 'Order expired',
});

export const restated = (order: OrderSnapshot): OrderReport => ({
  kind: 'restated',
  execType: 'D',
  execId: execId(),
  owner: OWNER,
  transactTime: T0 + 2500,
  order,
  triggerPrice: '49000.0',
  text: 'Order triggered',
});

export const status = (order: OrderSnapshot, requestClOrdId?: string): OrderReport => ({
  kind: 'status',
  execType: 'I',
  execId: execId(),
  owner: OWNER,
  transactTime: T0 + 4000,
  order,
  ...(requestClOrdId !== undefined ? { requestClOrdId } : {}),
});

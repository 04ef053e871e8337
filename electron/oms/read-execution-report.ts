// An ExecutionReport (35=8) read once into plain values, as the simulator writes it (write-report.ts) and as Kraken
// or a plain FIX 4.4 venue sends it (spec §1.7, §4.1). Decimals stay exact; anything unreadable counts as absent.
// Fees: Kraken's NoMiscFees group (136/137/138) when present, else Commission 12 with CommType 13 and
// CommCurrency 479. Liquidity: 851 LastLiquidityInd (1 added = maker, 2 removed = taker).
import type { FixMessage } from '../fix/codec/fix-message.js';
import { groupSpec } from '../fix/codec/group-spec.js';
import { parseUtcTimestamp } from '../fix/codec/timestamp.js';
import { add, div, mul, type Dec } from '../../shared/domain/decimal.js';
import type { Liquidity, OrderType, Side, TimeInForce } from '../../shared/domain/orders.js';
import { decOrUndefined } from './decimal-out.js';
import { isPostOnlyExecInst, ordTypeFrom, sideFrom, tifFrom } from './fix-codes.js';

export interface ReportFee {
  readonly amount: Dec;
  /** Undefined when the venue did not say (the instrument's quote currency is assumed). */
  readonly currency: string | undefined;
}

export interface ExecReport {
  readonly clOrdId: string | undefined;
  readonly origClOrdId: string | undefined;
  readonly orderId: string | undefined;
  readonly execId: string | undefined;
  readonly execType: string;
  readonly ordStatus: string | undefined;
  readonly symbol: string | undefined;
  readonly side: Side | undefined;
  readonly ordType: OrderType | undefined;
  readonly tif: TimeInForce | undefined;
  readonly postOnly: boolean;
  readonly qty: Dec | undefined;
  readonly price: Dec | undefined;
  readonly stopPx: Dec | undefined;
  readonly lastQty: Dec | undefined;
  readonly lastPx: Dec | undefined;
  readonly cumQty: Dec | undefined;
  readonly leavesQty: Dec | undefined;
  readonly avgPx: Dec | undefined;
  readonly expireAt: number | undefined;
  readonly transactTime: number | undefined;
  readonly text: string | undefined;
  readonly fee: ReportFee | undefined;
  readonly liquidity: Liquidity;
}

const MISC_FEES = groupSpec(136, 137, [137, 138, 139, 891]);

function opt(msg: FixMessage, tag: number): string | undefined {
  const v = msg.getString(tag);
  return v === undefined || v === '' ? undefined : v;
}

function time(msg: FixMessage, tag: number): number | undefined {
  const v = opt(msg, tag);
  if (v === undefined) return undefined;
  const t = parseUtcTimestamp(v);
  return Number.isNaN(t) ? undefined : t;
}

/** OrderID "NONE" is FIX's placeholder for an order the venue never created. */
function orderIdOf(msg: FixMessage): string | undefined {
  const v = opt(msg, 37);
  return v === 'NONE' ? undefined : v;
}

function miscFees(msg: FixMessage): ReportFee | undefined {
  const n = msg.group(MISC_FEES);
  let total: Dec | undefined;
  let currency: string | undefined;
  for (let k = 0; k < n; k++) {
    let amount: Dec | undefined;
    let ccy: string | undefined;
    for (let i = msg.groupStart(k); i < msg.groupLimit(k, n); i++) {
      if (msg.tagAt(i) === 137) amount = decOrUndefined(msg.stringAt(i));
      else if (msg.tagAt(i) === 138) ccy = msg.stringAt(i);
    }
    if (amount === undefined) continue;
    // Fees in a second currency cannot be added to the first; the first currency's entries are the fill's fee.
    if (total === undefined) {
      total = amount;
      currency = ccy;
    } else if (ccy === currency) {
      total = add(total, amount);
    }
  }
  return total === undefined ? undefined : { amount: total, currency };
}

/** Commission 12 by CommType 13: 1 per unit, 2 percent of the fill's value, 3 (or absent) absolute. */
function commission(msg: FixMessage, lastQty: Dec | undefined, lastPx: Dec | undefined): ReportFee | undefined {
  const amount = decOrUndefined(opt(msg, 12));
  if (amount === undefined) return undefined;
  const currency = opt(msg, 479);
  const type = opt(msg, 13);
  if (type === '1' && lastQty !== undefined) return { amount: mul(amount, lastQty), currency };
  if (type === '2' && lastQty !== undefined && lastPx !== undefined) {
    const value = mul(lastQty, lastPx);
    return { amount: div(mul(amount, value), { units: 100n, scale: 0 }, value.scale + amount.scale + 2), currency };
  }
  return { amount, currency };
}

function liquidity(msg: FixMessage): Liquidity {
  const v = opt(msg, 851);
  return v === '1' ? 'maker' : v === '2' ? 'taker' : 'unknown';
}

export function readExecutionReport(msg: FixMessage): ExecReport {
  const lastQty = decOrUndefined(opt(msg, 32));
  const lastPx = decOrUndefined(opt(msg, 31));
  return {
    clOrdId: opt(msg, 11),
    origClOrdId: opt(msg, 41),
    orderId: orderIdOf(msg),
    execId: opt(msg, 17),
    execType: opt(msg, 150) ?? '',
    ordStatus: opt(msg, 39),
    symbol: opt(msg, 55),
    side: sideFrom(opt(msg, 54)),
    ordType: ordTypeFrom(opt(msg, 40)),
    tif: tifFrom(opt(msg, 59)),
    postOnly: isPostOnlyExecInst(opt(msg, 18)),
    qty: decOrUndefined(opt(msg, 38)),
    price: decOrUndefined(opt(msg, 44)),
    stopPx: decOrUndefined(opt(msg, 99)),
    lastQty,
    lastPx,
    cumQty: decOrUndefined(opt(msg, 14)),
    leavesQty: decOrUndefined(opt(msg, 151)),
    avgPx: decOrUndefined(opt(msg, 6)),
    expireAt: time(msg, 126),
    transactTime: time(msg, 60),
    text: opt(msg, 58),
    fee: miscFees(msg) ?? commission(msg, lastQty, lastPx),
    liquidity: liquidity(msg),
  };
}

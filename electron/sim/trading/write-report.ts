// Engine order reports as ExecutionReport (35=8) bodies, the way Kraken sends them (spec §1.7, matching README):
// every report repeats the order's state; fills add 32/31, 527 and the fee (136/137/138) and liquidity (851).
// The `standard` dialect leaves out the tags Kraken gives its own meaning (18 P/E, 7928).
import type { FixEncoder } from '../../fix/codec/encoder.js';
import { formatUtcTimestamp } from '../../fix/codec/timestamp.js';
import type { OrderReport } from '../matching/index.js';

export type TradingDialect = 'kraken' | 'standard';

function ids(report: OrderReport): { clOrdId: string; origClOrdId: string | undefined } {
  const o = report.order;
  if ((report.kind === 'canceled' || report.kind === 'status') && report.requestClOrdId !== undefined) {
    // A cancel caused by an F/q/G carries the request's id in 11 and the order's current id in 41.
    return report.requestClOrdId === o.clOrdId
      ? { clOrdId: o.clOrdId, origClOrdId: o.origClOrdId }
      : { clOrdId: report.requestClOrdId, origClOrdId: o.clOrdId };
  }
  return { clOrdId: o.clOrdId, origClOrdId: o.origClOrdId };
}

export function writeExecutionReport(enc: FixEncoder, report: OrderReport, dialect: TradingDialect): void {
  const o = report.order;
  const { clOrdId, origClOrdId } = ids(report);
  enc.str(37, o.orderId).str(11, clOrdId);
  if (origClOrdId !== undefined) enc.str(41, origClOrdId);
  enc.str(17, report.execId).str(150, report.execType).str(39, o.ordStatus);
  enc.str(55, o.symbol).str(54, o.side).str(38, o.orderQty).str(40, o.ordType);
  if (o.price !== undefined) enc.str(44, o.price);
  if (o.stopPx !== undefined) enc.str(99, o.stopPx);
  enc.str(59, o.timeInForce);
  if (o.expireTime !== undefined) enc.str(126, formatUtcTimestamp(o.expireTime));
  if (o.effectiveTime !== undefined) enc.str(168, formatUtcTimestamp(o.effectiveTime));
  if (dialect === 'kraken') {
    const inst = [o.postOnly ? 'P' : '', o.reduceOnly ? 'E' : ''].filter((s) => s !== '').join(' ');
    if (inst !== '') enc.str(18, inst);
  }
  if (o.displayQty !== undefined) enc.str(1138, o.displayQty);
  if (report.kind === 'trade') {
    enc.str(32, report.lastQty).str(31, report.lastPx).str(527, String(report.tradeSeq));
  }
  enc.str(14, o.cumQty).str(151, o.leavesQty).str(6, o.avgPx);
  enc.str(60, formatUtcTimestamp(report.transactTime));
  if (report.kind === 'canceled' || report.kind === 'expired' || report.kind === 'restated') enc.str(58, report.text);
  if (report.kind === 'trade') {
    enc.str(851, report.liquidity === 'maker' ? '1' : '2');
    enc.int(136, 1).str(137, report.fee).str(138, report.feeCurrency);
  }
}

// Refusals of order-entry requests. Kraken: always BusinessMessageReject (35=j) with 379 = the request's ClOrdID
// and 58 = "<ClOrdID> : <Kraken text>" (spec §1.6). Standard FIX 4.4 (for strict generic engines): a refused D is
// an ExecutionReport 150=8/39=8, a refused F or G an OrderCancelReject (35=9); H and q keep 35=j.
import type { FixEncoder } from '../../fix/codec/encoder.js';
import { formatUtcTimestamp } from '../../fix/codec/timestamp.js';
import type { RequestEcho } from './parse-request.js';
import type { TradingDialect } from './write-report.js';

export interface Refusal {
  echo: RequestEcho;
  text: string;
  /** 380 BusinessRejectReason. */
  reason: number;
  transactTime: number;
  /** An ExecID for the standard dialect's 150=8. */
  execId: () => string;
}

export interface OutboundMessage {
  msgType: string;
  write: (enc: FixEncoder) => void;
}

export function rejectMessage(r: Refusal, dialect: TradingDialect): OutboundMessage {
  const e = r.echo;
  if (dialect === 'standard' && e.msgType === 'D') {
    return { msgType: '8', write: (enc) => writeRejectedOrder(enc, r) };
  }
  if (dialect === 'standard' && (e.msgType === 'F' || e.msgType === 'G')) {
    return {
      msgType: '9',
      write: (enc) => {
        enc
          .str(37, e.orderId ?? 'NONE')
          .str(11, e.clOrdId)
          .str(41, e.origClOrdId ?? e.orderId ?? 'NONE');
        // 39 is required; the order's state is unknown to a refused request, 8 is the usual "no order" value.
        enc.str(39, '8').str(434, e.msgType === 'F' ? '1' : '2');
        enc.int(102, r.reason === 101 ? 1 : 99).str(58, r.text);
      },
    };
  }
  return {
    msgType: 'j',
    write: (enc) => {
      if (e.seq > 0) enc.int(45, e.seq);
      enc.str(372, e.msgType);
      if (e.clOrdId !== '') enc.str(379, e.clOrdId);
      enc.int(380, r.reason);
      enc.str(58, dialect === 'kraken' ? `${e.clOrdId} : ${r.text}` : r.text);
    },
  };
}

function writeRejectedOrder(enc: FixEncoder, r: Refusal): void {
  const e = r.echo;
  enc.str(37, 'NONE').str(11, e.clOrdId).str(17, r.execId()).str(150, '8').str(39, '8');
  enc.str(55, e.symbol ?? 'NONE').str(54, e.side ?? '1');
  if (e.orderQty !== undefined) enc.str(38, e.orderQty);
  if (e.ordType !== undefined) enc.str(40, e.ordType);
  if (e.price !== undefined) enc.str(44, e.price);
  enc.str(14, '0').str(151, '0').str(6, '0').str(60, formatUtcTimestamp(r.transactTime)).str(58, r.text);
}

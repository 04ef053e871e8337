// What the OrderManager needs from the workstation core, and what it reports back. Plain functions: no sockets,
// no Electron; the core binds them to its FIX sessions, clock, instrument table and the orders stream.
import type { FixEncoder } from '../fix/codec/encoder.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import type { OrdersDelta } from '../../shared/ipc/streams.js';
import type { OmsVenueRules } from './venue-rules.js';

export interface OrderManagerPorts {
  /**
   * Sends one application message on a venue session; returns its MsgSeqNum. Throws when the session is not
   * logged on (the OMS then forgets the request and passes the error on).
   */
  send(sessionId: string, msgType: string, write: (enc: FixEncoder) => void): number;
  /** Epoch milliseconds. */
  now(): number;
  instrument(symbol: string): InstrumentInfo | undefined;
  /** Orders, fills and positions that changed, once per command or inbound message. */
  onChange(delta: OrdersDelta): void;
  /** The dialect and ClOrdID shape of a session; Kraken spot when absent. */
  rules?(sessionId: string): OmsVenueRules;
  /** Progress of a mass cancel (the kill switch keeps it per session). */
  onMassCancel?(update: MassCancelUpdate): void;
  /** One line for the event log: ignored duplicates, answers to requests nobody knows. */
  onLog?(line: string): void;
  /** Random bytes for UUID ClOrdIDs (tests). */
  random?(size: number): Uint8Array;
}

export interface MassCancelUpdate {
  readonly sessionId: string;
  /** The 35=q's ClOrdID. */
  readonly clOrdId: string;
  /** Orders reported canceled by it so far (one 150=4 each; Kraken sends no summary). */
  readonly canceled: number;
  /** The venue's refusal (35=j, or 35=r with 531=0), else null. */
  readonly rejected: string | null;
}

/** An order this OMS does not hold, to ask the venue about (35=H needs its OrderID on Kraken). */
export interface StatusTarget {
  readonly orderId: string;
  readonly symbol: string;
  readonly side?: 'buy' | 'sell';
}

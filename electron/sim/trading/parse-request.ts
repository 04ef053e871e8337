// Inbound order-entry messages (D, F, G, H, q) of the simulator's trading session turned into MatchingEngine
// commands, or into a refusal with a Kraken-style text when a required field is missing or unreadable. Business
// rules (tick, lot, minimums, pair status) stay in the engine; this layer only reads the wire.
import { parseUtcTimestamp } from '../../fix/codec/timestamp.js';
import type { FixMessage } from '../../fix/codec/fix-message.js';
import type {
  EngineCommand,
  MassCancelScope,
  NewOrderCommand,
  Owner,
  RequestMsgType,
  SelfTradePrevention,
  Side,
  TimeInForce,
  TriggerReference,
} from '../matching/index.js';
import { BusinessRejectReason } from '../matching/index.js';

/** The request fields a reject repeats (35=j 379, standard dialect 35=9 / ER 150=8). */
export interface RequestEcho {
  msgType: RequestMsgType;
  seq: number;
  clOrdId: string;
  origClOrdId?: string;
  orderId?: string;
  symbol?: string;
  side?: string;
  orderQty?: string;
  ordType?: string;
  price?: string;
}

export type ParsedRequest =
  | { ok: true; command: EngineCommand; echo: RequestEcho }
  | { ok: false; echo: RequestEcho; text: string; reason: number };

/** Kraken's two ClOrdID shapes (spec §1.6): a positive integer of at most 18 digits, or a v4 UUID. */
const KRAKEN_CL_ORD_ID = /^(?:[1-9][0-9]{0,17}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i;

const SIDES: ReadonlySet<string> = new Set(['1', '2']);
const TIFS: ReadonlySet<string> = new Set(['1', '3', '4', '6']);
const SCOPES: ReadonlySet<string> = new Set(['1', '6', '7']);

class Refusal {
  constructor(
    readonly text: string,
    readonly reason: number,
  ) {}
}

const missing = (name: string, tag: number): Refusal =>
  new Refusal(
    `EGeneral:Invalid arguments:missing ${name} (${tag})`,
    BusinessRejectReason.ConditionallyRequiredFieldMissing,
  );
const invalid = (name: string, tag: number): Refusal =>
  new Refusal(`EGeneral:Invalid arguments:${name} (${tag})`, BusinessRejectReason.Other);

function req(msg: FixMessage, tag: number, name: string): string {
  const v = msg.getString(tag);
  if (v === undefined || v === '') throw missing(name, tag);
  return v;
}

function opt(msg: FixMessage, tag: number): string | undefined {
  const v = msg.getString(tag);
  return v === undefined || v === '' ? undefined : v;
}

function time(msg: FixMessage, tag: number, name: string): number | undefined {
  const v = opt(msg, tag);
  if (v === undefined) return undefined;
  const t = parseUtcTimestamp(v);
  if (Number.isNaN(t)) throw invalid(name, tag);
  return t;
}

function echoOf(msg: FixMessage, type: RequestMsgType, seq: number): RequestEcho {
  const e: RequestEcho = { msgType: type, seq, clOrdId: msg.getString(11) ?? '' };
  const pairs: Array<[keyof RequestEcho, number]> = [
    ['origClOrdId', 41],
    ['orderId', 37],
    ['symbol', 55],
    ['side', 54],
    ['orderQty', 38],
    ['ordType', 40],
    ['price', 44],
  ];
  for (const [key, tag] of pairs) {
    const v = opt(msg, tag);
    if (v !== undefined) (e as unknown as Record<string, string>)[key] = v;
  }
  return e;
}

function execInst(msg: FixMessage): Set<string> {
  return new Set((opt(msg, 18) ?? '').split(' ').filter((s) => s.length > 0));
}

function newOrder(msg: FixMessage, owner: Owner): NewOrderCommand {
  const clOrdId = req(msg, 11, 'ClOrdID');
  const symbol = req(msg, 55, 'Symbol');
  const side = req(msg, 54, 'Side');
  if (!SIDES.has(side)) throw invalid('side', 54);
  const orderQty = req(msg, 38, 'OrderQty');
  const ordType = req(msg, 40, 'OrdType');
  const cmd: NewOrderCommand = {
    type: 'new-order',
    owner,
    clOrdId,
    symbol,
    side: side as Side,
    ordType: ordType as NewOrderCommand['ordType'],
    orderQty,
  };
  const price = opt(msg, 44);
  if (price !== undefined) cmd.price = price;
  const stopPx = opt(msg, 99);
  if (stopPx !== undefined) cmd.stopPx = stopPx;
  const tif = opt(msg, 59);
  if (tif !== undefined) {
    if (!TIFS.has(tif)) throw invalid('timeinforce', 59);
    cmd.timeInForce = tif as TimeInForce;
  }
  const expireTime = time(msg, 126, 'expiretm');
  if (expireTime !== undefined) cmd.expireTime = expireTime;
  const effectiveTime = time(msg, 168, 'starttm');
  if (effectiveTime !== undefined) cmd.effectiveTime = effectiveTime;
  const validUntil = time(msg, 62, 'deadline');
  if (validUntil !== undefined) cmd.validUntilTime = validUntil;
  const inst = execInst(msg);
  if (inst.has('P')) cmd.postOnly = true;
  if (inst.has('E')) cmd.reduceOnly = true;
  if (inst.has('f')) cmd.feeInBase = true;
  const display = opt(msg, 1138);
  if (display !== undefined) cmd.displayQty = display;
  const stp = opt(msg, 7928);
  if (stp !== undefined) {
    if (!/^[012]$/.test(stp)) throw invalid('stptype', 7928);
    cmd.selfTradePrevention = Number(stp) as SelfTradePrevention;
  }
  const trigger = opt(msg, 388);
  if (trigger !== undefined) {
    if (trigger !== '1' && trigger !== '5') throw invalid('trigger', 388);
    cmd.triggerReference = Number(trigger) as TriggerReference;
  }
  return cmd;
}

function toCommand(msg: FixMessage, type: RequestMsgType, owner: Owner): EngineCommand {
  switch (type) {
    case 'D':
      return newOrder(msg, owner);
    case 'F':
    case 'G': {
      const clOrdId = req(msg, 11, 'ClOrdID');
      const orderId = opt(msg, 37);
      const origClOrdId = opt(msg, 41);
      if (orderId === undefined && origClOrdId === undefined) throw missing('OrderID (37) or OrigClOrdID', 41);
      const symbol = req(msg, 55, 'Symbol');
      const ids = {
        ...(orderId !== undefined ? { orderId } : {}),
        ...(origClOrdId !== undefined ? { origClOrdId } : {}),
      };
      if (type === 'F') return { type: 'cancel', owner, clOrdId, symbol, ...ids };
      const amend: EngineCommand = { type: 'amend', owner, clOrdId, symbol, ...ids };
      const qty = opt(msg, 38);
      if (qty !== undefined) amend.orderQty = qty;
      const price = opt(msg, 44);
      if (price !== undefined) amend.price = price;
      const stopPx = opt(msg, 99);
      if (stopPx !== undefined) amend.stopPx = stopPx;
      const display = opt(msg, 1138);
      if (display !== undefined) amend.displayQty = display;
      if (execInst(msg).has('P')) amend.postOnly = true;
      const validUntil = time(msg, 62, 'deadline');
      if (validUntil !== undefined) amend.validUntilTime = validUntil;
      return amend;
    }
    case 'H': {
      const orderId = req(msg, 37, 'OrderID');
      const symbol = req(msg, 55, 'Symbol');
      const clOrdId = opt(msg, 11);
      return { type: 'status', owner, orderId, symbol, ...(clOrdId !== undefined ? { clOrdId } : {}) };
    }
    case 'q': {
      const clOrdId = req(msg, 11, 'ClOrdID');
      const scope = req(msg, 530, 'MassCancelRequestType');
      if (!SCOPES.has(scope)) throw invalid('MassCancelRequestType', 530);
      const symbol = opt(msg, 55);
      if (scope === '1' && symbol === undefined) throw missing('Symbol', 55);
      return {
        type: 'mass-cancel',
        owner,
        clOrdId,
        scope: scope as MassCancelScope,
        ...(symbol !== undefined ? { symbol } : {}),
      };
    }
  }
}

/**
 * Reads one order-entry request; `type` must be one of D, F, G, H, q. `krakenIds`: the ClOrdID must have one of
 * Kraken's shapes (the monotonic increase and the COMB timestamp Kraken may also check are not enforced).
 */
export function parseRequest(
  msg: FixMessage,
  type: RequestMsgType,
  seq: number,
  owner: Owner,
  krakenIds = false,
): ParsedRequest {
  const echo = echoOf(msg, type, seq);
  try {
    if (krakenIds && echo.clOrdId !== '' && !KRAKEN_CL_ORD_ID.test(echo.clOrdId)) throw invalid('cl_ord_id', 11);
    return { ok: true, command: toCommand(msg, type, owner), echo };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, echo, text: err.text, reason: err.reason };
    throw err;
  }
}

export const REQUEST_TYPES: ReadonlySet<string> = new Set(['D', 'F', 'G', 'H', 'q']);

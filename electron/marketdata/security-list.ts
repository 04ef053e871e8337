// SecurityList (35=y, Kraken's InstrumentList, spec §1.8) read into the workstation's InstrumentInfo. Kraken
// sends every rule (5010-5013, 2349, 5022, 5032); a plain FIX 4.4 list carries at most Symbol and MinTradeVol
// (562), so its entries lack a tick size and a maximum quantity: they are reported as incomplete, for the core
// to take those rules from the venue profile instead of inventing them here.

import type { FixMessage } from '../fix/codec/fix-message.js';
import { fix44 } from '../fix/codec/dictionary/index.js';
import type { DecimalText } from '../../shared/domain/decimal-text.js';
import { isDecimalText } from '../../shared/domain/decimal-text.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';

/** AssetPairStatus (5032) names as the InstrumentInfo contract spells statuses. */
const STATUS: Readonly<Record<string, string>> = {
  '0': 'hidden',
  '1': 'online',
  '2': 'maintenance',
  '3': 'cancel_only',
  '4': 'post_only',
  '5': 'limit_only',
  '6': 'delisted',
  '7': 'reduce_only',
};

export interface SecurityListPage {
  readonly securityReqId: string;
  /** SecurityRequestResult (560): 0 valid, 1 invalid request, 2 none found, 4 temporarily unavailable. */
  readonly result: string;
  readonly text?: string;
  readonly instruments: InstrumentInfo[];
  /** Symbols listed without the rules the ticket needs (tick size, quantity step or maximum). */
  readonly incomplete: string[];
  /** LastFragment (893): false while more pages of the same request follow. */
  readonly last: boolean;
}

/** 10^-n as decimal text ("0.00000001" for 8). */
export function stepOf(decimals: number): DecimalText {
  return decimals <= 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`;
}

function decimalsOf(text: DecimalText): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function smallInt(v: string | undefined): number | undefined {
  return v !== undefined && /^\d{1,2}$/.test(v) ? Number(v) : undefined;
}

function decimal(v: string | undefined): DecimalText | undefined {
  return v !== undefined && isDecimalText(v) ? v : undefined;
}

function splitSymbol(symbol: string): [string, string] {
  const sep = symbol.search(/[/-]/);
  return sep < 0 ? [symbol, ''] : [symbol.slice(0, sep), symbol.slice(sep + 1)];
}

function readEntry(fields: ReadonlyMap<number, string>): InstrumentInfo | undefined {
  const symbol = fields.get(55);
  if (symbol === undefined) return undefined;
  const priceDecimalsTag = smallInt(fields.get(2349));
  const tick = decimal(fields.get(5022)) ?? (priceDecimalsTag === undefined ? undefined : stepOf(priceDecimalsTag));
  const qtyDecimalsTag = smallInt(fields.get(5010));
  const lot = qtyDecimalsTag === undefined ? decimal(fields.get(562)) : stepOf(qtyDecimalsTag);
  const qtyMax = decimal(fields.get(5012));
  if (tick === undefined || lot === undefined || qtyMax === undefined) return undefined;
  const [base, quote] = splitSymbol(symbol);
  return {
    symbol,
    base,
    quote: quote || (fields.get(15) ?? ''),
    tickSize: tick,
    lotSize: lot,
    qtyMin: decimal(fields.get(5011)) ?? decimal(fields.get(562)) ?? lot,
    qtyMax,
    costMin: decimal(fields.get(5013)) ?? '0',
    priceDecimals: priceDecimalsTag ?? decimalsOf(tick),
    qtyDecimals: qtyDecimalsTag ?? decimalsOf(lot),
    status: STATUS[fields.get(5032) ?? '1'] ?? `status ${fields.get(5032)}`,
  };
}

export function readSecurityList(msg: FixMessage): SecurityListPage {
  const instruments: InstrumentInfo[] = [];
  const incomplete: string[] = [];
  const spec = fix44().groupSpec('y', 146);
  const n = spec === undefined ? 0 : msg.group(spec);
  for (let k = 0; k < n; k++) {
    const fields = new Map<number, string>();
    for (let i = msg.groupStart(k), end = msg.groupLimit(k, n); i < end; i++) {
      const tag = msg.tagAt(i);
      if (!fields.has(tag)) fields.set(tag, msg.stringAt(i));
    }
    const info = readEntry(fields);
    if (info !== undefined) instruments.push(info);
    else if (fields.has(55)) incomplete.push(fields.get(55)!);
  }
  const text = msg.getString(58);
  return {
    securityReqId: msg.getString(320) ?? '',
    result: msg.getString(560) ?? '0',
    ...(text === undefined ? {} : { text }),
    instruments,
    incomplete,
    last: msg.getString(893) !== 'N',
  };
}

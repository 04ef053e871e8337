// SecurityListRequest (35=x) → SecurityList (35=y), Kraken's InstrumentList (spec §1.8): every pair with its
// trading rules, built from the same instrument table the engine matches with. The standard dialect keeps to
// FIX 4.4 fields (55, 167, 562); Kraken adds 5010–5013, 2349, 5022, 5032.

import type { FixEncoder } from '../../fix/codec/encoder.js';
import type { FixMessage } from '../../fix/codec/fix-message.js';
import { ASSET_PAIR_STATUS_CODE, formatScaled } from '../matching/index.js';
import type { Instrument, MatchingEngine } from '../matching/index.js';
import type { MdDialect } from './md-writers.js';

/** SecurityRequestResult (560). */
const Result = { Valid: '0', Invalid: '1', NoneFound: '2' } as const;

interface Listing {
  result: string;
  text?: string;
  instruments: Instrument[];
}

function select(engine: MatchingEngine, msg: FixMessage): Listing {
  const listed = engine.instruments().filter((i) => engine.engineFor(i.symbol) !== undefined);
  const type = msg.getString(559);
  let chosen: Instrument[];
  if (type === '4') chosen = listed;
  else if (type === '0') {
    const symbol = msg.getString(55);
    chosen = listed.filter((i) => i.symbol === symbol);
  } else if (type === '1') chosen = msg.getString(167) === 'CASH' ? listed : [];
  else return { result: Result.Invalid, text: `Unsupported SecurityListRequestType ${type}`, instruments: [] };
  return chosen.length === 0 ? { result: Result.NoneFound, text: 'No instrument found', instruments: [] } : { result: Result.Valid, instruments: chosen };
}

export function writeInstrumentList(
  enc: FixEncoder,
  engine: MatchingEngine,
  dialect: MdDialect,
  msg: FixMessage,
  responseId: string,
): void {
  const listing = select(engine, msg);
  enc.str(320, msg.getString(320) ?? '').str(322, responseId).str(560, listing.result);
  if (listing.text !== undefined) enc.str(58, listing.text);
  if (listing.instruments.length === 0) return;
  enc.int(146, listing.instruments.length);
  for (const i of listing.instruments) {
    enc.str(55, i.symbol).str(167, 'CASH').str(562, formatScaled(1n, i.lotDecimals));
    if (dialect !== 'kraken') continue;
    const status = engine.engineFor(i.symbol)?.status ?? i.status;
    enc
      .int(5010, i.lotDecimals)
      .str(5011, i.qtyMin)
      .str(5012, i.qtyMax)
      .str(5013, i.costMin)
      .int(2349, i.priceDecimals)
      .str(5022, i.tickSize)
      .int(5032, ASSET_PAIR_STATUS_CODE[status]);
  }
}

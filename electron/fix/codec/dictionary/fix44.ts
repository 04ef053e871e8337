// Our built-in FIX 4.4 dictionary: the standard header/trailer, every session message, and the application
// messages the workstation and its simulator exchange with Kraken and other FIX 4.4 venues, plus Kraken's
// custom tags. Written from the FIX 4.4 specification and Kraken's docs; messages keep the subset of optional
// FIX 4.4 members a crypto/equity order-entry venue uses (load a full FIX44.xml through quickfix-xml.ts when a
// venue sends more). Deviations from FIX 4.4 are listed in each messages-*.ts / components.ts file.
import { buildDictionary } from './build.js';
import { members, type MessageSpec } from './define.js';
import { INSTRUMENT_FIELDS } from './fields-instrument.js';
import { KRAKEN_FIELDS } from './fields-kraken.js';
import { MARKET_DATA_FIELDS } from './fields-market-data.js';
import { ORDER_FIELDS } from './fields-order.js';
import { SESSION_FIELDS } from './fields-session.js';
import { MARKET_DATA_MESSAGES } from './messages-market-data.js';
import { ORDER_MESSAGES } from './messages-orders.js';
import { REFERENCE_MESSAGES } from './messages-reference.js';
import { HEADER, SESSION_MESSAGES, TRAILER } from './messages-session.js';
import type { Dictionary, FieldDef, MessageDef } from './types.js';

function buildFix44(): Dictionary {
  const fields: FieldDef[] = [
    ...SESSION_FIELDS,
    ...INSTRUMENT_FIELDS,
    ...ORDER_FIELDS,
    ...MARKET_DATA_FIELDS,
    ...KRAKEN_FIELDS,
  ].sort((a, b) => a.tag - b.tag);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const message = ([msgType, name, category, spec]: MessageSpec): MessageDef => ({
    msgType,
    name,
    category,
    members: members(spec, byName),
  });
  return buildDictionary({
    beginString: 'FIX.4.4',
    fields,
    header: members(HEADER, byName),
    trailer: members(TRAILER, byName),
    messages: [...SESSION_MESSAGES, ...ORDER_MESSAGES, ...MARKET_DATA_MESSAGES, ...REFERENCE_MESSAGES].map(message),
  });
}

let cached: Dictionary | undefined;

/** The built-in FIX 4.4 + Kraken dictionary (built once, on first use). */
export function fix44(): Dictionary {
  cached ??= buildFix44();
  return cached;
}

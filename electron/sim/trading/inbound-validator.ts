// What the simulator's trading acceptor checks before a message reaches the gateway (spec §1.7 validation
// layers): the FIX 4.4 dictionary first (missing or garbled fields → session Reject 35=3), then, in the Kraken
// dialect, the narrower value sets Kraken accepts on order entry, so a Side or TimeInForce that FIX defines but
// Kraken does not offer is also a 35=3 with 373=5 (Kraken's documented "bad value → 373=5"). Business rules stay
// with the gateway and the engine (35=j).
import { dictionaryValidator, RejectReason, type MessageValidator } from '../../fix/session/index.js';
import type { TradingDialect } from './write-report.js';

/** Per MsgType, tag → the values Kraken accepts (spec §1.6). */
const KRAKEN_VALUES: Readonly<Record<string, ReadonlyArray<readonly [number, string, ReadonlySet<string>]>>> = {
  D: [
    [54, 'Side', new Set(['1', '2'])],
    [59, 'TimeInForce', new Set(['1', '3', '4', '6'])],
  ],
  G: [[54, 'Side', new Set(['1', '2'])]],
  F: [[54, 'Side', new Set(['1', '2'])]],
  q: [[530, 'MassCancelRequestType', new Set(['1', '6', '7'])]],
};

export function tradingInboundValidator(dialect: TradingDialect): MessageValidator {
  const dictionary = dictionaryValidator();
  if (dialect !== 'kraken') return dictionary;
  return (msg) => {
    const problem = dictionary(msg);
    if (problem !== null) return problem;
    for (const [tag, name, allowed] of KRAKEN_VALUES[msg.msgType] ?? []) {
      const value = msg.getString(tag);
      if (value !== undefined && !allowed.has(value)) {
        return {
          reason: RejectReason.ValueOutOfRange,
          tag,
          text: `${name} (${tag}) value '${value}' is not one Kraken accepts (${[...allowed].join(', ')})`,
        };
      }
    }
    return null;
  };
}

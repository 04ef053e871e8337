// MarketDataRequestReject (35=Y) in words: MDReqRejReason (281) as spec §1.8 lists Kraken's values, then the
// venue's Text (58), which usually says more (the symbol, the depth).

const REASONS: Readonly<Record<string, string>> = {
  '0': 'unknown symbol',
  '1': 'duplicate MDReqID',
  '2': 'insufficient bandwidth',
  '3': 'insufficient permissions',
  '4': 'unsupported subscription type',
  '5': 'unsupported market depth',
  '6': 'unsupported update type',
  '7': 'unsupported aggregated book',
  '8': 'unsupported entry type',
  A: 'unsupported scope',
  B: 'L3 not available',
  C: 'trades not available on this request',
};

export function rejectText(reason: string | undefined, text: string | undefined): string {
  const label = reason === undefined ? undefined : `${REASONS[reason] ?? 'reason'} (281=${reason})`;
  if (label !== undefined && text !== undefined) return `${label}: ${text}`;
  return label ?? text ?? 'no reason given';
}

// What a first start looks like: one profile for the embedded exchange, dark theme, hotkeys, quantity presets for
// the exchange's pairs (electron/sim/matching/instruments.ts) and a layout. Risk limits start from the risk
// module's DEFAULT_RISK_LIMITS.
import { DEFAULT_LAYOUT } from '../../shared/domain/default-layout.js';
import type { HotkeySettings, UiSettings } from '../../shared/domain/settings.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';

export const DEMO_PROFILE_ID = 'demo';

/** The embedded exchange. Its endpoints are managed (see managed-endpoints.ts): host and port below are the
 * exchange CLI's defaults, replaced by the core with the ports the exchange really listens on when it starts. */
export const DEMO_PROFILE: ProfileInput = Object.freeze({
  id: DEMO_PROFILE_ID,
  name: 'Demo (embedded exchange)',
  kind: 'simulator',
  trading: Object.freeze({
    host: '127.0.0.1',
    port: 9878,
    tls: true,
    senderCompId: 'DEMO-TRADER',
    targetCompId: 'KRAKEN-TRD',
    heartBtIntSec: 30,
  }),
  // Kraken's topology: the market-data session logs on with the trading session's SenderCompID.
  marketData: Object.freeze({
    host: '127.0.0.1',
    port: 9879,
    tls: true,
    senderCompId: 'DEMO-TRADER',
    targetCompId: 'KRAKEN-MD',
    heartBtIntSec: 30,
  }),
  cancelOnDisconnect: true,
  autoConnect: true,
});

/** Function keys for the side (one key, no modifier, nothing a form field would type), Enter to send and Escape to
 * clear as every ticket does, and a three-key chord for cancel-all: reachable in one move in a hurry, impossible
 * to hit by accident, and not taken by Chromium or the OS. */
export const DEFAULT_HOTKEYS: HotkeySettings = Object.freeze({
  buy: 'F1',
  sell: 'F2',
  send: 'Enter',
  clear: 'Escape',
  cancelAll: 'Ctrl+Shift+K',
});

/** Panel ids are the renderer's feature names. Sizes are the width (left, right) or height (bottom) of an area in
 * percent of its container. */
export { DEFAULT_LAYOUT };

/** About 60, 600, 6000 and 60000 in quote currency at the exchange's reference prices, each at least the pair's
 * minimum quantity; "*" for any other symbol. */
export const DEFAULT_QTY_PRESETS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'BTC/USD': Object.freeze(['0.001', '0.01', '0.1', '1']),
  'ETH/USD': Object.freeze(['0.02', '0.2', '2', '20']),
  'SOL/USD': Object.freeze(['0.5', '5', '50', '500']),
  'XRP/USD': Object.freeze(['100', '1000', '10000', '100000']),
  'ADA/EUR': Object.freeze(['100', '1000', '10000', '100000']),
  'ETH/BTC': Object.freeze(['0.02', '0.2', '2', '20']),
  'DOGE/USD': Object.freeze(['500', '5000', '50000', '500000']),
  '*': Object.freeze(['1', '10', '100']),
});

export const DEFAULT_UI: UiSettings = Object.freeze({
  theme: 'dark',
  hotkeys: DEFAULT_HOTKEYS,
  qtyPresets: DEFAULT_QTY_PRESETS,
  layout: DEFAULT_LAYOUT,
  userName: 'trader',
});

export type { Bridge, LinkPhase, LinkState } from './bridge.js';
export { BridgeProvider, useBridge } from './bridge-context.js';
export { createBridge } from './create-bridge.js';

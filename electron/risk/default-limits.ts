// Limits the workstation starts with, sized for the embedded simulator's pairs (electron/sim/matching/
// instruments.ts; reference prices in electron/sim/market/pair-model.ts: BTC 60000, ETH 3000, SOL 150 USD…). Each
// pair allows a few hundred thousand in quote currency per order and a position worth about four such orders;
// the 5 % band catches a misplaced digit without getting in the way of a sweep through the simulator's ladder.
// "*" covers any other symbol (a real venue's list) with the price band only, which needs no currency.
import type { InstrumentLimits, RiskLimits } from '../../shared/domain/risk.js';

function pair(maxOrderQty: string, maxNotional: string, maxPosition: string): InstrumentLimits {
  return Object.freeze({ maxOrderQty, maxNotional, priceBandPct: '5', priceBandTicks: null, maxPosition });
}

export const DEFAULT_RISK_LIMITS: RiskLimits = Object.freeze({
  account: Object.freeze({ maxOpenOrders: 200, maxOrdersPerSecond: 20, duplicateWindowMs: 500 }),
  instruments: Object.freeze({
    '*': Object.freeze({
      maxOrderQty: null,
      maxNotional: null,
      priceBandPct: '10',
      priceBandTicks: null,
      maxPosition: null,
    }),
    // ~60000 USD: 5 BTC is 300000 USD.
    'BTC/USD': pair('5', '500000', '20'),
    // ~3000 USD: 100 ETH is 300000 USD.
    'ETH/USD': pair('100', '500000', '400'),
    // ~150 USD: 2000 SOL is 300000 USD.
    'SOL/USD': pair('2000', '500000', '8000'),
    // ~0.5 USD: 500000 XRP is 250000 USD.
    'XRP/USD': pair('500000', '250000', '2000000'),
    // ~0.4 EUR: 500000 ADA is 200000 EUR.
    'ADA/EUR': pair('500000', '200000', '2000000'),
    // ~0.05 BTC: 100 ETH is 5 BTC.
    'ETH/BTC': pair('100', '10', '400'),
    // ~0.15 USD: 2000000 DOGE is 300000 USD.
    'DOGE/USD': pair('2000000', '500000', '8000000'),
  }),
});

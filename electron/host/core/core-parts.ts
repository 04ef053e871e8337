// The parts the workstation core is made of, as the command handlers see them. Built once by WorkstationCore.start
// (workstation-core.ts); handlers never construct anything themselves.
import type { AuditTrail } from '../../audit/index.js';
import type { MessageJournal } from '../../inspector/index.js';
import type { MarketDataClient } from '../../marketdata/index.js';
import type { OrderManager } from '../../oms/index.js';
import type { RiskEngine } from '../../risk/index.js';
import type { SettingsStore } from '../../settings/index.js';
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { DictionaryView } from '../../../shared/domain/fix-messages.js';
import type { SessionConnection } from '../session-connection.js';
import type { StreamHub } from '../stream-hub.js';

export interface CoreParts {
  readonly connections: ReadonlyMap<string, SessionConnection>;
  readonly oms: OrderManager;
  readonly risk: RiskEngine;
  /** The market-data client of each market-data session, by session id. */
  readonly marketData: ReadonlyMap<string, MarketDataClient>;
  readonly settings: SettingsStore;
  readonly audit: AuditTrail;
  readonly journal: MessageJournal;
  readonly hub: StreamHub;
  readonly dictionary: DictionaryView;
  /** Who the audit trail names: the OS user, or the name set in Settings. */
  user(): string;
  now(): number;
  /** Every instrument any market-data session published, first publisher wins. */
  instruments(): InstrumentInfo[];
  instrument(symbol: string): InstrumentInfo | undefined;
  /** The market-data client that carries a symbol (the one that published it, else the first). */
  marketFor(symbol: string): MarketDataClient | undefined;
  /** Rebuilds a saved or deleted profile's sessions when they are down; says what happened. */
  applyProfile(profileId: string): Promise<string>;
  log(line: string): void;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

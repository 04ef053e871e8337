// How the workstation core is started: by electron/main.ts (electron-store settings, safeStorage secrets, the
// app's data directory) or by the web host and tests (a JSON settings file, secrets for the run only).
import type { KeyValue, SecretVault } from '../../settings/index.js';

export interface CoreOptions {
  /** Settings file (web host), audit trail, FIX stores and the simulator's certificate live here. */
  readonly dataDir: string;
  /** Default: a JSON file in dataDir. */
  readonly kv?: KeyValue;
  /** Default: memory only (secrets last for the run). */
  readonly vault?: SecretVault;
  /** The user name the audit trail records when Settings name none; default the OS user. */
  readonly user?: string;
  /** Connect each profile marked autoConnect at start (default true). */
  readonly autoConnect?: boolean;
  /** The embedded exchange: seed and synthetic-market rate (book commands per second). */
  readonly exchange?: { readonly seed?: number; readonly rate?: number };
  /** How often sessions measure round-trip latency with a TestRequest (default 10 s; 0 = off). */
  readonly latencyProbeIntervalMs?: number;
  readonly log?: (line: string) => void;
}

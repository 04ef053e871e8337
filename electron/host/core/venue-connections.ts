// The FIX connections of one venue profile: its trading session ("<id>-trading") and, where the venue has one, its
// market-data session ("<id>-md"). Kraken-dialect profiles (Kraken spot and derivatives, and the embedded simulator
// that speaks the same dialect) sign the trading Logon with the API key and the secret read from the vault at
// logon time; market-data sessions carry no credentials. Certificates are verified; a profile's CA file (or the
// simulator's generated certificate) is trusted in addition to nothing else, never instead of verification.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EndpointConfig, VenueProfile } from '../../../shared/domain/settings.js';
import { KRAKEN_INITIATOR_PRESET, type LogonHook, type SessionApplication } from '../../fix/session/index.js';
import { FileMessageStore } from '../../fix/store/file-store.js';
import { MemoryMessageStore } from '../../fix/store/memory-store.js';
import type { MessageStore } from '../../fix/store/message-store.js';
import type { ConnectorOptions } from '../../fix/transport/connector-options.js';
import { krakenLogonHook } from '../../venue/kraken/logon-fields.js';
import type { SessionConnectionConfig } from '../session-connection.js';

export type SessionRole = 'trading' | 'md';

export interface VenueConnectionDeps {
  /** The profile's API secret at logon time (vault), or undefined when none is stored. */
  readonly secret: () => string | undefined;
  /** PEM of extra trusted CAs for managed endpoints (the simulator's certificate). */
  readonly managedCa?: string;
  /** Durable stores go here (one directory per session); absent = memory stores. */
  readonly storeDir?: string;
  readonly application: (role: SessionRole) => SessionApplication;
  /** How often the session monitor's latency probe runs (0 = off). */
  readonly latencyProbeIntervalMs: number;
}

export function sessionIdOf(profileId: string, role: SessionRole): string {
  return `${profileId}-${role === 'trading' ? 'trading' : 'md'}`;
}

export function connectionConfigs(profile: VenueProfile, deps: VenueConnectionDeps): SessionConnectionConfig[] {
  const out = [config(profile, 'trading', profile.trading, deps)];
  if (profile.marketData !== undefined) out.push(config(profile, 'md', profile.marketData, deps));
  return out;
}

function config(
  profile: VenueProfile,
  role: SessionRole,
  ep: EndpointConfig,
  deps: VenueConnectionDeps,
): SessionConnectionConfig {
  const id = sessionIdOf(profile.id, role);
  const kraken = profile.kind !== 'fix44';
  const simulator = profile.kind === 'simulator';
  const hook = kraken ? krakenHook(profile, role, deps) : undefined;
  return {
    id,
    session: {
      ...(kraken ? KRAKEN_INITIATOR_PRESET : {}),
      senderCompId: ep.senderCompId,
      targetCompId: ep.targetCompId,
      heartBtIntSec: ep.heartBtIntSec,
      // The simulator starts afresh with the app, so both sides start at 1; a venue keeps numbers across
      // reconnects and its store must survive ours (a file store with fsync before send).
      store: simulator ? new MemoryMessageStore() : store(id, ep, deps),
      ...(simulator ? { resetOnLogon: true } : {}),
      application: deps.application(role),
      ...(hook ? { logonHook: hook } : {}),
      latencyProbeIntervalMs: deps.latencyProbeIntervalMs,
    },
    connector: connector(ep, simulator ? deps.managedCa : undefined),
    reconnect: { baseMs: 1000, maxMs: 30_000 },
  };
}

function store(id: string, ep: EndpointConfig, deps: VenueConnectionDeps): MessageStore {
  if (deps.storeDir === undefined) return new MemoryMessageStore();
  return new FileMessageStore({
    dir: path.join(deps.storeDir, id),
    session: { beginString: 'FIX.4.4', senderCompId: ep.senderCompId, targetCompId: ep.targetCompId },
    fsync: 'always',
  });
}

function connector(ep: EndpointConfig, managedCa: string | undefined): ConnectorOptions {
  if (!ep.tls) return { host: ep.host, port: ep.port, tls: { enabled: false } };
  const ca = managedCa ?? (ep.caFile !== undefined ? readFileSync(ep.caFile, 'utf8') : undefined);
  return {
    host: ep.host,
    port: ep.port,
    tls: {
      ...(ca !== undefined ? { ca } : {}),
      ...(ep.serverName !== undefined ? { servername: ep.serverName } : {}),
    },
  };
}

/** Why this profile's trading session cannot log on as configured, or null. Checked before connecting. */
export function credentialProblem(profile: VenueProfile, hasSecret: boolean): string | null {
  if (profile.kind === 'fix44') return null;
  if (profile.apiKey === undefined || profile.apiKey === '') {
    return `profile ${profile.id} has no API key: Kraken signs the trading Logon with it (set it in Settings)`;
  }
  if (!hasSecret) return `profile ${profile.id} has no API secret stored: set it in Settings`;
  return null;
}

function krakenHook(profile: VenueProfile, role: SessionRole, deps: VenueConnectionDeps): LogonHook | undefined {
  if (role === 'md') {
    const decorate = krakenLogonHook({ session: 'market-data' });
    return { decorateLogon: (enc, ctx) => decorate(enc, { msgSeqNum: ctx.seq, ...names(ctx) }) };
  }
  // Without a key the core refuses to connect (credentialProblem); nothing to sign with.
  if (profile.apiKey === undefined || profile.apiKey === '') return undefined;
  const decorate = krakenLogonHook({
    session: 'trading',
    apiKey: profile.apiKey ?? '',
    apiSecret: () => {
      const s = deps.secret();
      if (s === undefined) throw new Error(`no API secret stored for profile ${profile.id}: set it in Settings`);
      return s;
    },
    cancelOnDisconnect: profile.cancelOnDisconnect,
  });
  return { decorateLogon: (enc, ctx) => decorate(enc, { msgSeqNum: ctx.seq, ...names(ctx) }) };
}

function names(ctx: { senderCompId: string; targetCompId: string }): { senderCompId: string; targetCompId: string } {
  return { senderCompId: ctx.senderCompId, targetCompId: ctx.targetCompId };
}

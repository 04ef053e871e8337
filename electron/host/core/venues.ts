// Every configured venue's runtime, and the flat maps of connections and market-data clients the rest of the core
// reads. A saved profile is applied at once when its sessions are down (rebuilt with the new endpoints and
// credentials); while a session is up, the change waits for the user to disconnect it, and says so.
import type { VenueKind, VenueProfile } from '../../../shared/domain/settings.js';
import type { FrameCoalescer, MarketDataClient } from '../../marketdata/index.js';
import type { SessionConnection } from '../session-connection.js';
import { VenueRuntime, type VenueRuntimeDeps } from './venue-runtime.js';

export class Venues {
  readonly connections = new Map<string, SessionConnection>();
  readonly marketData = new Map<string, MarketDataClient>();
  private readonly runtimes = new Map<string, VenueRuntime>();

  constructor(private readonly deps: VenueRuntimeDeps) {}

  add(profile: VenueProfile): VenueRuntime {
    const rt = new VenueRuntime(profile.id, profile, this.deps);
    this.runtimes.set(profile.id, rt);
    for (const c of rt.connections) this.connections.set(c.id, c);
    for (const [id, client] of rt.marketData) this.marketData.set(id, client);
    return rt;
  }

  /** Why a session cannot connect as configured, or null. */
  problem(sessionId: string): string | null {
    if (!sessionId.endsWith('-trading')) return null;
    for (const rt of this.runtimes.values()) {
      if (rt.connections.some((c) => c.id === sessionId)) return rt.tradingProblem;
    }
    return null;
  }

  /** The venue kind of a session's profile (the OMS picks its dialect and ClOrdID shape by it). */
  kindOf(sessionId: string): VenueKind | undefined {
    for (const rt of this.runtimes.values()) if (rt.connections.some((c) => c.id === sessionId)) return rt.kind;
    return undefined;
  }

  coalescers(): FrameCoalescer[] {
    return [...this.runtimes.values()].flatMap((rt) => rt.coalescers);
  }

  /** Applies a saved (or, with `profile` undefined, deleted) profile; returns what happened in words. */
  async apply(profileId: string, profile: VenueProfile | undefined): Promise<string> {
    const old = this.runtimes.get(profileId);
    if (old !== undefined && !old.allDown) {
      return `saved; ${profileId}'s sessions are up, so the change applies once they are disconnected and the profile is saved again`;
    }
    if (old !== undefined) {
      await old.close();
      this.runtimes.delete(profileId);
      for (const c of old.connections) this.connections.delete(c.id);
      for (const id of old.marketData.keys()) this.marketData.delete(id);
    }
    if (profile === undefined) return `profile ${profileId} removed`;
    const rt = this.add(profile);
    return `applied: sessions ${rt.connections.map((c) => c.id).join(', ')} ready to connect`;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((rt) => rt.close()));
  }
}

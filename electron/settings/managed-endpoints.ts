// A simulator profile points at the embedded exchange, which main starts itself: its host and port are whatever
// the exchange listens on this run (ports may be chosen by the OS), so the stored values are placeholders and the
// core fills in the real ones before connecting. The contract has no per-endpoint flag, so the kind decides.
import type { EndpointConfig } from '../../shared/domain/settings.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';

export function hasManagedEndpoints(profile: Pick<ProfileInput, 'kind'>): boolean {
  return profile.kind === 'simulator';
}

/** Where the running embedded exchange can be reached (its certificate's CA when TLS is on). */
export type ManagedEndpoint = Pick<EndpointConfig, 'host' | 'port'> & Partial<Pick<EndpointConfig, 'tls' | 'caFile'>>;

export interface ManagedEndpoints {
  readonly trading: ManagedEndpoint;
  readonly marketData?: ManagedEndpoint;
}

/** The profile as the core connects it: for a simulator profile, the exchange's endpoints replace the stored ones;
 * any other profile is returned unchanged. */
export function withManagedEndpoints(profile: ProfileInput, actual: ManagedEndpoints): ProfileInput {
  if (!hasManagedEndpoints(profile)) return profile;
  const md = profile.marketData;
  return {
    ...profile,
    trading: { ...profile.trading, ...actual.trading },
    ...(md !== undefined && actual.marketData !== undefined ? { marketData: { ...md, ...actual.marketData } } : {}),
  };
}

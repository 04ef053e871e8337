// A venue profile as the form edits it: every field as text, so a half-typed port is not lost or coerced. It
// becomes a ProfileInput for settings:save-profile; only what cannot even be sent (a port that is not a number) is
// checked here, everything else by main, whose reasons the form shows.
import type { EndpointConfig, VenueKind, VenueProfile } from '../../../../shared/domain/settings.js';
import type { ProfileInput } from '../../../../shared/ipc/commands.js';

export interface EndpointDraft {
  readonly host: string;
  readonly port: string;
  readonly tls: boolean;
  readonly serverName: string;
  readonly caFile: string;
  readonly senderCompId: string;
  readonly targetCompId: string;
  readonly heartBtIntSec: string;
}

export interface ProfileDraft {
  /** Not yet saved: the id can still be chosen. */
  readonly isNew: boolean;
  readonly id: string;
  readonly name: string;
  readonly kind: VenueKind;
  readonly trading: EndpointDraft;
  readonly hasMarketData: boolean;
  readonly marketData: EndpointDraft;
  readonly apiKey: string;
  readonly cancelOnDisconnect: boolean;
  readonly autoConnect: boolean;
}

export const KIND_LABEL: Readonly<Record<VenueKind, string>> = {
  simulator: 'Embedded exchange',
  'kraken-spot': 'Kraken spot',
  'kraken-derivatives': 'Kraken derivatives',
  fix44: 'FIX 4.4 venue',
};

/** Kinds a new profile can have: the simulator profile is the managed demo, one of it. */
export const EDITABLE_KINDS: readonly VenueKind[] = ['kraken-spot', 'kraken-derivatives', 'fix44'];

const EMPTY_ENDPOINT: EndpointDraft = {
  host: '',
  port: '',
  tls: true,
  serverName: '',
  caFile: '',
  senderCompId: '',
  targetCompId: '',
  heartBtIntSec: '30',
};

function endpointDraft(e: EndpointConfig | undefined): EndpointDraft {
  if (e === undefined) return EMPTY_ENDPOINT;
  return {
    host: e.host,
    port: String(e.port),
    tls: e.tls,
    serverName: e.serverName ?? '',
    caFile: e.caFile ?? '',
    senderCompId: e.senderCompId,
    targetCompId: e.targetCompId,
    heartBtIntSec: String(e.heartBtIntSec),
  };
}

export function draftOf(p: VenueProfile): ProfileDraft {
  return {
    isNew: false,
    id: p.id,
    name: p.name,
    kind: p.kind,
    trading: endpointDraft(p.trading),
    hasMarketData: p.marketData !== undefined,
    marketData: endpointDraft(p.marketData),
    apiKey: p.apiKey ?? '',
    cancelOnDisconnect: p.cancelOnDisconnect,
    autoConnect: p.autoConnect,
  };
}

export function newDraft(): ProfileDraft {
  return {
    isNew: true,
    id: '',
    name: '',
    kind: 'fix44',
    trading: EMPTY_ENDPOINT,
    hasMarketData: false,
    marketData: EMPTY_ENDPOINT,
    apiKey: '',
    cancelOnDisconnect: true,
    autoConnect: false,
  };
}

/** The profile as main keeps it, without the secret flag (what settings:save-profile takes). */
export function inputOf(p: VenueProfile): ProfileInput {
  const { hasSecret: _hasSecret, ...input } = p;
  return input;
}

type Errors = Record<string, string>;

function wholeNumber(text: string, path: string, errors: Errors): number {
  const t = text.trim();
  if (t === '') errors[path] = 'is missing';
  else if (!/^-?\d+$/.test(t)) errors[path] = 'must be a whole number';
  return Number(t);
}

function endpointInput(d: EndpointDraft, prefix: string, errors: Errors): EndpointConfig {
  const port = wholeNumber(d.port, `${prefix}.port`, errors);
  const heartBtIntSec = wholeNumber(d.heartBtIntSec, `${prefix}.heartBtIntSec`, errors);
  return {
    host: d.host.trim(),
    port,
    tls: d.tls,
    ...(d.tls && d.serverName.trim() !== '' ? { serverName: d.serverName.trim() } : {}),
    ...(d.tls && d.caFile.trim() !== '' ? { caFile: d.caFile.trim() } : {}),
    senderCompId: d.senderCompId,
    targetCompId: d.targetCompId,
    heartBtIntSec,
  };
}

/** The request to send, or the fields that cannot be sent as typed. */
export function toProfileInput(d: ProfileDraft): { ok: true; input: ProfileInput } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const trading = endpointInput(d.trading, 'trading', errors);
  const marketData = d.hasMarketData ? endpointInput(d.marketData, 'marketData', errors) : undefined;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input: ProfileInput = {
    id: d.id.trim(),
    name: d.name,
    kind: d.kind,
    trading,
    ...(marketData !== undefined ? { marketData } : {}),
    ...(d.apiKey.trim() !== '' ? { apiKey: d.apiKey.trim() } : {}),
    cancelOnDisconnect: d.cancelOnDisconnect,
    autoConnect: d.autoConnect,
  };
  return { ok: true, input };
}

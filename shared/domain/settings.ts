// What the user configures: venue connections (profiles) and the workstation's own preferences. Stored by main
// (electron-store in the app, a JSON file in the web host); secrets never here: only whether one is stored.

export type VenueKind = 'simulator' | 'kraken-spot' | 'kraken-derivatives' | 'fix44';

export interface EndpointConfig {
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  /** Server name for SNI and certificate checks when it differs from host. */
  readonly serverName?: string;
  /** Path of a PEM file with extra CAs to trust (a UAT venue's own CA). */
  readonly caFile?: string;
  readonly senderCompId: string;
  readonly targetCompId: string;
  readonly heartBtIntSec: number;
}

export interface VenueProfile {
  /** Configuration key, e.g. "demo" or "kraken-uat"; sessions are named "<id>-trading" and "<id>-md". */
  readonly id: string;
  readonly name: string;
  readonly kind: VenueKind;
  readonly trading: EndpointConfig;
  /** A separate market-data session, as Kraken has; absent for venues with one session. */
  readonly marketData?: EndpointConfig;
  /** Kraken API key (553 Username); the secret lives in safeStorage under this profile. */
  readonly apiKey?: string;
  /** Whether a secret is stored for this profile (the secret itself never leaves main). */
  readonly hasSecret: boolean;
  /** Ask the venue to cancel working orders when the session drops (8674). */
  readonly cancelOnDisconnect: boolean;
  readonly autoConnect: boolean;
}

export type Theme = 'dark' | 'light';

export interface HotkeySettings {
  readonly buy: string;
  readonly sell: string;
  readonly send: string;
  readonly clear: string;
  readonly cancelAll: string;
}

export interface LayoutSettings {
  /** Area name ("left", "centre", "right", "bottom") → the ordered panel ids shown there as tabs. */
  readonly areas: Readonly<Record<string, readonly string[]>>;
  /** Area name → the active tab's panel id. */
  readonly active: Readonly<Record<string, string>>;
  /** Splitter id → size in percent of its container (1..99). */
  readonly sizes: Readonly<Record<string, number>>;
}

export interface UiSettings {
  readonly theme: Theme;
  readonly hotkeys: HotkeySettings;
  /** Quantity preset buttons per symbol ("*" for any). */
  readonly qtyPresets: Readonly<Record<string, readonly string[]>>;
  /** Panel layout: which panel shows in each area, and splitter sizes in percent. */
  readonly layout: LayoutSettings;
  /** The user name the audit trail records. */
  readonly userName: string;
}

export interface SettingsView {
  readonly profiles: readonly VenueProfile[];
  readonly ui: UiSettings;
}

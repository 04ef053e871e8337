// Request and response types of every command, keyed by channel. Main validates each request against exactly
// this shape (electron/host/schemas/) before the workstation core sees it.
import type { AuditEntry } from '../domain/audit.js';
import type { DecimalText } from '../domain/decimal-text.js';
import type { DictionaryView, FixMessageRecord, MessageDirection } from '../domain/fix-messages.js';
import type { InstrumentInfo } from '../domain/instruments.js';
import type { Candle, TradePrint } from '../domain/market-data.js';
import type { AmendRequest, FillView, NewOrderRequest, OrderView, PositionView, Side } from '../domain/orders.js';
import type { RiskLimits, RiskState } from '../domain/risk.js';
import type { SettingsView, UiSettings, VenueProfile } from '../domain/settings.js';
import type { SessionStatus } from '../session-status.js';
import type { CommandChannel, CommandChannelName } from './channels.js';
import type { CommandOutcome } from './outcome.js';

/** Session ids are short configuration keys ("demo-trading"); anything longer is refused unread. */
export const SESSION_ID_MAX_LENGTH = 64;
export const SESSION_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** How long the renderer waits for any command's answer before reporting it timed out. Longer than main's own
 * deadlines (an orderly logout waits for the peer's Logout), so main's answer normally arrives first. */
export const RENDERER_COMMAND_TIMEOUT_MS = 15_000;

/** Most rows a history command returns; the renderer pages no further back than this. */
export const HISTORY_MAX_ROWS = 5000;

export interface SessionCommand {
  readonly sessionId: string;
}

export type EmptyRequest = Record<string, never>;

export interface OrdersSnapshot {
  readonly orders: readonly OrderView[];
  readonly fills: readonly FillView[];
  readonly positions: readonly PositionView[];
}

export interface CancelAllRequest {
  /** Limit the cancel to one trading session, one symbol and/or one side; all working orders when absent. */
  readonly sessionId?: string;
  readonly symbol?: string;
  readonly side?: Side;
}

export interface MarketDataRequest {
  readonly symbol: string;
  /** Book levels per side to keep (default 25, at most 100). */
  readonly depth?: number;
}

export interface MessageQuery {
  readonly sessionId?: string;
  readonly direction?: MessageDirection;
  readonly msgType?: string;
  /** Case-insensitive substring of the (masked) message text. */
  readonly text?: string;
  /** Newest first, at most HISTORY_MAX_ROWS. */
  readonly limit: number;
}

export type ProfileInput = Omit<VenueProfile, 'hasSecret'>;

export interface CommandMap {
  /** Every configured session as it stands now: the renderer's starting point (and after a reload). */
  [CommandChannel.listSessions]: { request: EmptyRequest; response: readonly SessionStatus[] };
  /** Start connecting (and keep reconnecting). Accepted once the attempt is under way, not when logged on. */
  [CommandChannel.connect]: { request: SessionCommand; response: SessionStatus };
  /** Orderly Logout, then stay disconnected. Answered when the session is down. */
  [CommandChannel.disconnect]: { request: SessionCommand; response: SessionStatus };
  /** Both MsgSeqNums back to 1: logged on, by a Logon with 141=Y; otherwise on the next Logon. */
  [CommandChannel.resetSequence]: { request: SessionCommand; response: SessionStatus };
  /** Tradable instruments and their rules (from the venue's SecurityList, else the profile). */
  [CommandChannel.listInstruments]: { request: EmptyRequest; response: readonly InstrumentInfo[] };
  /** Orders, fills and positions as they stand: the blotters' starting point. */
  [CommandChannel.ordersSnapshot]: { request: EmptyRequest; response: OrdersSnapshot };
  /** Risk-checked, then sent as 35=D. Accepted = on the wire (status pending-new); a risk refusal is rejected
   * with `refusal` set. */
  [CommandChannel.newOrder]: { request: NewOrderRequest; response: OrderView };
  /** 35=G for a working order (risk-checked as the order it would become). */
  [CommandChannel.amendOrder]: { request: AmendRequest; response: OrderView };
  /** 35=F for a working order. */
  [CommandChannel.cancelOrder]: { request: { readonly orderKey: string }; response: OrderView };
  /** One 35=F per matching working order; answers how many cancels went out. */
  [CommandChannel.cancelAll]: { request: CancelAllRequest; response: { readonly requested: number } };
  /** Start streaming a book and its trades (md:frame); answered once the subscription request is sent. */
  [CommandChannel.subscribeMarketData]: { request: MarketDataRequest; response: { readonly symbol: string } };
  [CommandChannel.unsubscribeMarketData]: {
    request: { readonly symbol: string };
    response: { readonly symbol: string };
  };
  /** Recent trades and one-minute candles kept for a symbol (time and sales, the price chart after a reload). */
  [CommandChannel.marketHistory]: {
    request: { readonly symbol: string };
    response: { readonly trades: readonly TradePrint[]; readonly candles: readonly Candle[] };
  };
  [CommandChannel.riskState]: { request: EmptyRequest; response: RiskState };
  /** Replace all limits at once (the risk panel edits a copy). */
  [CommandChannel.setLimits]: { request: RiskLimits; response: RiskState };
  /** Mass-cancel on every trading session and refuse new orders until re-armed. `confirm` must be the word
   * "KILL": the risk panel's confirmation step, so no stray call pulls it. */
  [CommandChannel.engageKillSwitch]: { request: { readonly confirm: 'KILL' }; response: RiskState };
  [CommandChannel.rearmKillSwitch]: { request: EmptyRequest; response: RiskState };
  /** FIX messages kept in memory (newest first), filtered as asked. */
  [CommandChannel.messageHistory]: { request: MessageQuery; response: readonly FixMessageRecord[] };
  /** Tag names, enum labels and message names of the dictionary in use. */
  [CommandChannel.dictionary]: { request: EmptyRequest; response: DictionaryView };
  /** Newest first. */
  [CommandChannel.auditList]: { request: { readonly limit: number }; response: readonly AuditEntry[] };
  /** The whole trail as CSV text (the renderer offers it as a download). */
  [CommandChannel.auditCsv]: { request: EmptyRequest; response: { readonly csv: string } };
  [CommandChannel.settings]: { request: EmptyRequest; response: SettingsView };
  /** Create or replace a venue profile (its sessions restart with the new settings when disconnected). */
  [CommandChannel.saveProfile]: { request: ProfileInput; response: SettingsView };
  [CommandChannel.deleteProfile]: { request: { readonly profileId: string }; response: SettingsView };
  /** Store the API secret of a profile through the OS keychain (safeStorage); it never comes back. */
  [CommandChannel.setSecret]: {
    request: { readonly profileId: string; readonly secret: string };
    response: SettingsView;
  };
  [CommandChannel.saveUi]: { request: UiSettings; response: SettingsView };
}

export type CommandRequest<C extends CommandChannelName> = CommandMap[C]['request'];
export type CommandResponse<C extends CommandChannelName> = CommandMap[C]['response'];
export type CommandResult<C extends CommandChannelName> = CommandOutcome<CommandResponse<C>>;

/** Quantities the ticket sends are decimal text; re-exported for renderer convenience. */
export type { DecimalText };

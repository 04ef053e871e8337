// The allow-list of channel names between the renderer and main. Nothing else crosses: the preload refuses any
// other name and main registers handlers for these only. Commands are request/response; streams flow main -> renderer.

export const CommandChannel = {
  listSessions: 'sessions:list',
  connect: 'session:connect',
  disconnect: 'session:disconnect',
  resetSequence: 'session:reset-sequence',
  listInstruments: 'instruments:list',
  ordersSnapshot: 'orders:snapshot',
  newOrder: 'order:new',
  amendOrder: 'order:amend',
  cancelOrder: 'order:cancel',
  cancelAll: 'orders:cancel-all',
  subscribeMarketData: 'md:subscribe',
  unsubscribeMarketData: 'md:unsubscribe',
  marketHistory: 'md:history',
  riskState: 'risk:get',
  setLimits: 'risk:set-limits',
  engageKillSwitch: 'risk:kill',
  rearmKillSwitch: 'risk:rearm',
  messageHistory: 'fix:history',
  dictionary: 'fix:dictionary',
  auditList: 'audit:list',
  auditCsv: 'audit:csv',
  settings: 'settings:get',
  saveProfile: 'settings:save-profile',
  deleteProfile: 'settings:delete-profile',
  setSecret: 'settings:set-secret',
  saveUi: 'settings:save-ui',
} as const;

export const StreamChannel = {
  sessionStatus: 'session:status',
  orders: 'orders:changed',
  marketData: 'md:frame',
  messages: 'fix:messages',
  risk: 'risk:state',
  audit: 'audit:entry',
  settings: 'settings:changed',
  notice: 'notice',
  instruments: 'instruments:changed',
} as const;

export type CommandChannelName = (typeof CommandChannel)[keyof typeof CommandChannel];
export type StreamChannelName = (typeof StreamChannel)[keyof typeof StreamChannel];

export const COMMAND_CHANNELS: readonly CommandChannelName[] = Object.values(CommandChannel);
export const STREAM_CHANNELS: readonly StreamChannelName[] = Object.values(StreamChannel);

export function isCommandChannel(name: unknown): name is CommandChannelName {
  return typeof name === 'string' && (COMMAND_CHANNELS as readonly string[]).includes(name);
}

export function isStreamChannel(name: unknown): name is StreamChannelName {
  return typeof name === 'string' && (STREAM_CHANNELS as readonly string[]).includes(name);
}

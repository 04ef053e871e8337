// The allow-list of channel names between the renderer and main. Nothing else crosses: the preload refuses any
// other name and main registers handlers for these only. Commands are request/response; streams flow main -> renderer.

export const CommandChannel = {
  listSessions: 'sessions:list',
  connect: 'session:connect',
  disconnect: 'session:disconnect',
  resetSequence: 'session:reset-sequence',
} as const;

export const StreamChannel = {
  sessionStatus: 'session:status',
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

// A web-host socket client as the renderer's bridge is one: calls by channel with ids, every server frame kept,
// and waiting for a frame that matches. For integration tests of the core through the web host.
import WebSocket from 'ws';
import type { CommandChannelName, StreamChannelName } from '../../shared/ipc/channels.js';
import type { CommandRequest, CommandResult } from '../../shared/ipc/commands.js';
import type { StreamEvent } from '../../shared/ipc/streams.js';
import { WEB_PROTOCOL, WEB_SOCKET_PATH, WEB_TOKEN_PREFIX, type ServerFrame } from '../../shared/ipc/web-protocol.js';

export interface WebClient {
  readonly frames: ServerFrame[];
  call<C extends CommandChannelName>(channel: C, request: CommandRequest<C>): Promise<CommandResult<C>>;
  /** The next event on a stream matching `match` (already received ones count, from `since`). */
  event<S extends StreamChannelName>(
    channel: S,
    match: (e: StreamEvent<S>) => boolean,
    timeoutMs?: number,
  ): Promise<StreamEvent<S>>;
  events<S extends StreamChannelName>(channel: S): Array<StreamEvent<S>>;
  close(): void;
}

export async function openWebClient(port: number, token: string): Promise<WebClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${WEB_SOCKET_PATH}`, [WEB_PROTOCOL, WEB_TOKEN_PREFIX + token], {
    origin: `http://127.0.0.1:${port}`,
  });
  const frames: ServerFrame[] = [];
  const replies = new Map<number, (f: ServerFrame) => void>();
  let waiters: Array<() => void> = [];
  ws.on('message', (data: Buffer) => {
    const f = JSON.parse(data.toString('utf8')) as ServerFrame;
    frames.push(f);
    if (f.type === 'reply') replies.get(f.id)?.(f);
    for (const w of waiters) w();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
  let nextId = 1;
  const events = <S extends StreamChannelName>(channel: S): Array<StreamEvent<S>> =>
    frames.flatMap((f) => (f.type === 'event' && f.channel === channel ? [f.payload as StreamEvent<S>] : []));
  return {
    frames,
    call: (channel, request) =>
      new Promise((resolve) => {
        const id = nextId++;
        replies.set(id, (f) => {
          if (f.type === 'reply') resolve(f.outcome as CommandResult<typeof channel>);
        });
        ws.send(JSON.stringify({ type: 'call', id, channel, payload: request }));
      }),
    event: (channel, match, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          const hit = events(channel).find(match);
          if (hit === undefined) return false;
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== onFrame);
          resolve(hit);
          return true;
        };
        const onFrame = (): void => void check();
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== onFrame);
          reject(new Error(`no ${channel} event matched within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) waiters.push(onFrame);
      }),
    events,
    close: () => ws.close(),
  };
}

// In a plain browser (the web host): the same WorkstationApi over one WebSocket to main. Calls are matched to
// replies by id; a call made while the link is down, or cut by a drop, is answered "rejected" at once so the UI
// never waits on a socket that is gone. The link retries with a capped backoff.
import { isStreamChannel, type CommandChannelName, type StreamChannelName } from '../../../shared/ipc/channels.js';
import { RENDERER_COMMAND_TIMEOUT_MS, type CommandRequest, type CommandResult } from '../../../shared/ipc/commands.js';
import { rejected, timedOut, type CommandOutcome } from '../../../shared/ipc/outcome.js';
import {
  WEB_PROTOCOL,
  WEB_SOCKET_PATH,
  WEB_TOKEN_PREFIX,
  type CallFrame,
  type ServerFrame,
} from '../../../shared/ipc/web-protocol.js';
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import type { StreamEvent } from '../../../shared/ipc/streams.js';
import type { Bridge, LinkState } from './bridge.js';

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 5000;

type Pending = (outcome: CommandOutcome<unknown>) => void;

export function socketBridge(loc: Location, token: string | null): Bridge {
  const url = `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${WEB_SOCKET_PATH}`;
  const streamListeners = new Map<StreamChannelName, Set<(event: unknown) => void>>();
  const linkListeners = new Set<(l: LinkState) => void>();
  const pending = new Map<number, Pending>();
  let link: LinkState = { phase: 'connecting', detail: null };
  let socket: WebSocket | null = null;
  let nextId = 1;
  let retryMs = RETRY_MIN_MS;

  const setLink = (next: LinkState): void => {
    link = next;
    for (const fn of [...linkListeners]) fn(next);
  };

  const open = (): void => {
    if (token === null) {
      setLink({
        phase: 'down',
        detail: 'No access token: open the address the web host printed (it ends in #token=…).',
      });
      return;
    }
    const ws = new WebSocket(url, [WEB_PROTOCOL, WEB_TOKEN_PREFIX + token]);
    socket = ws;
    ws.onopen = () => {
      retryMs = RETRY_MIN_MS;
      setLink({ phase: 'up', detail: null });
    };
    ws.onmessage = (e: MessageEvent) => {
      if (typeof e.data === 'string') receive(e.data);
    };
    ws.onclose = () => {
      socket = null;
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve(rejected('the link to the workstation core dropped before it answered: check the session status'));
      }
      setLink({
        phase: 'down',
        detail: `No link to the workstation core; retrying in ${Math.round(retryMs / 1000)} s.`,
      });
      setTimeout(() => {
        setLink({ phase: 'connecting', detail: null });
        open();
      }, retryMs);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    };
  };

  const receive = (text: string): void => {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(text) as ServerFrame;
    } catch {
      return;
    }
    if (frame.type === 'reply') {
      const resolve = pending.get(frame.id);
      pending.delete(frame.id);
      resolve?.(frame.outcome);
    } else if (frame.type === 'event') {
      const listeners = streamListeners.get(frame.channel);
      if (listeners !== undefined) for (const fn of [...listeners]) fn(frame.payload);
    }
  };

  const call = <C extends CommandChannelName>(channel: C, payload: CommandRequest<C>): Promise<CommandResult<C>> => {
    const ws = socket;
    if (ws === null || ws.readyState !== WebSocket.OPEN) {
      return Promise.resolve(rejected('not connected to the workstation core'));
    }
    const id = nextId++;
    const frame: CallFrame = { type: 'call', id, channel, payload };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(timedOut(`${channel}: no answer within ${RENDERER_COMMAND_TIMEOUT_MS} ms`));
      }, RENDERER_COMMAND_TIMEOUT_MS);
      pending.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome as CommandResult<C>);
      });
      ws.send(JSON.stringify(frame));
    });
  };

  const api: WorkstationApi = {
    call,
    listen: <S extends StreamChannelName>(channel: S, listener: (event: StreamEvent<S>) => void) => {
      if (!isStreamChannel(channel)) throw new Error(`channel ${String(channel)} is not allowed`);
      let set = streamListeners.get(channel);
      if (set === undefined) {
        set = new Set();
        streamListeners.set(channel, set);
      }
      const fn = listener as (event: unknown) => void;
      set.add(fn);
      return () => {
        set.delete(fn);
      };
    },
  };

  open();
  return {
    kind: 'web',
    api,
    get link() {
      return link;
    },
    onLink: (listener) => {
      linkListeners.add(listener);
      return () => linkListeners.delete(listener);
    },
  };
}

// The Electron IPC binding, driven with a stand-in ipcMain (the Electron binary is not available to tests): only
// allow-listed channels are handled, only our renderer's top frame is answered, payloads are validated before the
// core sees them, and status events reach live windows only.
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { bindIpc } from '../../electron/host/electron-ipc.js';
import type { WorkstationHost } from '../../electron/host/workstation-host.js';
import { COMMAND_CHANNELS, StreamChannel } from '../../shared/ipc/channels.js';
import { accepted, type CommandOutcome } from '../../shared/ipc/outcome.js';
import type { SessionStatus } from '../../shared/session-status.js';

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<CommandOutcome<unknown>>;

const OURS = 'file:///app/out/renderer/index.html';
const STATUS: SessionStatus = {
  id: 'demo-trading',
  phase: 'disconnected',
  senderCompId: 'A',
  targetCompId: 'B',
  nextSenderSeq: 1,
  nextTargetSeq: 1,
  lastReceivedAt: null,
  roundTripMs: null,
  reconnectAt: null,
  lastError: null,
};

function setup() {
  const handlers = new Map<string, Handler>();
  const calls: string[] = [];
  let publish: (s: SessionStatus) => void = () => undefined;
  const host: WorkstationHost = {
    execute: (channel, request) => {
      calls.push(`${channel} ${JSON.stringify(request)}`);
      return Promise.resolve(accepted(STATUS) as never);
    },
    subscribe: (sink) => {
      publish = (s) => sink(StreamChannel.sessionStatus, s);
      return () => {
        publish = () => undefined;
      };
    },
  };
  const sent: Array<{ to: string; channel: string; payload: unknown }> = [];
  const target = (name: string, destroyed: boolean) => ({
    isDestroyed: () => destroyed,
    send: (channel: string, payload: unknown) => sent.push({ to: name, channel, payload }),
  });
  const logs: string[] = [];
  const unbind = bindIpc({
    ipcMain: {
      handle: (channel: string, fn: Handler) => handlers.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
    } as never,
    host,
    isTrustedFrameUrl: (url) => url === OURS,
    targets: () => [target('live', false), target('closed', true)] as never,
    log: (line) => logs.push(line),
  });
  const invoke = (channel: string, payload: unknown, frame: { url: string; parent: unknown } | null) => {
    const h = handlers.get(channel);
    if (h === undefined) throw new Error(`no handler for ${channel}`);
    return h({ senderFrame: frame } as unknown as IpcMainInvokeEvent, payload);
  };
  return { handlers, calls, sent, logs, unbind, invoke, publish: (s: SessionStatus) => publish(s) };
}

describe('IPC binding', () => {
  it('registers exactly the allow-listed command channels and removes them on unbind', () => {
    const t = setup();
    expect([...t.handlers.keys()].sort()).toEqual([...COMMAND_CHANNELS].sort());
    t.unbind();
    expect(t.handlers.size).toBe(0);
  });

  it('runs a valid command from our renderer top frame', async () => {
    const t = setup();
    const outcome = await t.invoke('session:connect', { sessionId: 'demo-trading' }, { url: OURS, parent: null });
    expect(outcome).toEqual({ ok: true, value: STATUS });
    expect(t.calls).toEqual(['session:connect {"sessionId":"demo-trading"}']);
  });

  it('refuses commands from another page, a sub-frame, or a frame that is gone, without reaching the core', async () => {
    const t = setup();
    const refused = { ok: false, kind: 'rejected', reason: 'command refused: not sent by the workstation renderer' };
    expect(
      await t.invoke('session:connect', { sessionId: 'demo-trading' }, { url: 'https://evil.example/', parent: null }),
    ).toEqual(refused);
    expect(await t.invoke('session:connect', { sessionId: 'demo-trading' }, { url: OURS, parent: {} })).toEqual(
      refused,
    );
    expect(await t.invoke('session:connect', { sessionId: 'demo-trading' }, null)).toEqual(refused);
    expect(t.calls).toEqual([]);
    expect(t.logs).toHaveLength(3);
  });

  it('refuses an invalid payload from our own renderer with the validation reason', async () => {
    const t = setup();
    const outcome = await t.invoke(
      'session:disconnect',
      { sessionId: 'demo-trading', now: true },
      { url: OURS, parent: null },
    );
    expect(outcome).toMatchObject({
      ok: false,
      kind: 'rejected',
      reason: expect.stringMatching(/Unrecognized key: "now"/),
    });
    expect(t.calls).toEqual([]);
  });

  it('forwards status events to live windows only, and stops after unbind', () => {
    const t = setup();
    t.publish(STATUS);
    expect(t.sent).toEqual([{ to: 'live', channel: 'session:status', payload: STATUS }]);
    t.unbind();
    t.publish(STATUS);
    expect(t.sent).toHaveLength(1);
  });
});

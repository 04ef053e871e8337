// Binds the workstation core to Electron IPC. Takes ipcMain and the windows as arguments and imports Electron for
// types only, so it runs (and is tested) in plain Node with fakes; electron/main.ts passes the real objects.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { COMMAND_CHANNELS } from '../../shared/ipc/channels.js';
import { rejected, type CommandOutcome } from '../../shared/ipc/outcome.js';
import { handleCommand } from './command-dispatch.js';
import type { WorkstationHost } from './workstation-host.js';

export interface IpcBindingOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  host: WorkstationHost;
  /** True only for the top frame of our own renderer (trusted-renderer.ts). */
  isTrustedFrameUrl: (url: string) => boolean;
  /** The renderers that receive stream events (the open windows' contents). */
  targets: () => readonly Pick<WebContents, 'send' | 'isDestroyed'>[];
  log: (line: string) => void;
}

/** Registers one handler per allow-listed command channel and forwards every stream. Returns the unbinding. */
export function bindIpc(o: IpcBindingOptions): () => void {
  for (const channel of COMMAND_CHANNELS) {
    o.ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown): Promise<CommandOutcome<unknown>> => {
      const frame = event.senderFrame;
      // senderFrame is null once the frame navigated or was destroyed; a sub-frame is never ours.
      if (frame === null || frame.parent !== null || !o.isTrustedFrameUrl(frame.url)) {
        o.log(`ipc: ${channel} refused from untrusted frame ${frame?.url ?? '(gone)'}`);
        return Promise.resolve(rejected('command refused: not sent by the workstation renderer'));
      }
      return handleCommand(o.host, channel, payload);
    });
  }
  const unsubscribe = o.host.subscribe((channel, event) => {
    for (const target of o.targets()) {
      if (!target.isDestroyed()) target.send(channel, event);
    }
  });
  return () => {
    unsubscribe();
    for (const channel of COMMAND_CHANNELS) o.ipcMain.removeHandler(channel);
  };
}

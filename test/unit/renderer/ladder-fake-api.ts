// A WorkstationApi for the ladder's command tests: records every call and answers with what the test scripted.
import type { CommandOutcome } from '../../../shared/ipc/outcome.js';
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';

export interface Call {
  readonly channel: string;
  readonly request: unknown;
}

export type Answer = (channel: string, request: unknown) => CommandOutcome<unknown> | Promise<CommandOutcome<unknown>>;

export function fakeApi(answer: Answer): { api: WorkstationApi; calls: Call[] } {
  const calls: Call[] = [];
  const api = {
    call: async (channel: string, request: unknown) => {
      calls.push({ channel, request });
      return answer(channel, request);
    },
    listen: () => () => undefined,
  } as unknown as WorkstationApi;
  return { api, calls };
}

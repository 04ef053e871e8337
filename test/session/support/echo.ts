// One fresh echo acceptor (CompID ISLD) per scenario test, so no session state, duplicate-identity guard or
// store carries over between tests; every connection a test opens is closed after it.
import { afterEach, beforeEach } from 'vitest';
import type { EchoServerOptions, RunningEchoServer } from '../../../electron/sim/echo/echo-server.js';
import { FixTestClient, type ClientOptions } from './fix-test-client.js';

/** What a scenario may choose; host, port and CompID are the fixture's. */
export type EchoSettings = Omit<EchoServerOptions, 'host' | 'port' | 'compId'>;

interface EchoModule {
  startEchoServer(o: EchoServerOptions): Promise<RunningEchoServer>;
}

export const ACCEPTOR = 'ISLD';
export const CLIENT = 'TW';

export interface EchoFixture {
  readonly port: number;
  /** Open a connection as CLIENT (or as options.sender) to the acceptor. */
  connect(options?: ClientOptions): Promise<FixTestClient>;
}

// Resolved at run time. FIX_SESSION_ECHO_MODULE may name another module with the same startEchoServer API (for
// instance an adapter over QuickFIX's acceptor) to check the scenarios themselves against a reference engine.
const ECHO_MODULE = process.env.FIX_SESSION_ECHO_MODULE ?? '../../../electron/sim/echo/echo-server.js';

/** Register the per-test acceptor; settings are evaluated per test so a fixture may depend on other hooks. */
export function useEchoServer(settings: EchoSettings | (() => EchoSettings) = {}): EchoFixture {
  let server: RunningEchoServer | null = null;
  const clients: FixTestClient[] = [];
  beforeEach(async () => {
    const mod = (await import(/* @vite-ignore */ ECHO_MODULE)) as EchoModule;
    const s = typeof settings === 'function' ? settings() : settings;
    server = await mod.startEchoServer({ ...s, host: '127.0.0.1', port: 0, compId: ACCEPTOR });
  });
  afterEach(async (context) => {
    for (const c of clients.splice(0)) {
      // FIX_SESSION_TRANSCRIPT=1 prints every exchange, passing or not, to read what a green scenario really did.
      if (process.env.FIX_SESSION_TRANSCRIPT === '1') console.log(`${context.task.name}\n${c.transcript()}`);
      c.close();
    }
    await server?.close();
    server = null;
  });
  return {
    get port(): number {
      if (server === null) throw new Error('the echo server is not running (use the fixture inside a test)');
      return server.port;
    },
    async connect(options: ClientOptions = {}): Promise<FixTestClient> {
      const c = await FixTestClient.connect(this.port, options);
      clients.push(c);
      return c;
    },
  };
}

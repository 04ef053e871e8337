// One fresh echo acceptor (CompID ISLD) per scenario test, so no session state, duplicate-identity guard or
// store carries over between tests; every connection a test opens is closed after it.
import { afterEach, beforeEach } from 'vitest';
import { FixTestClient, type ClientOptions } from './fix-test-client.js';

/** Mirrors electron/sim/echo/echo-server.ts (EchoServerOptions minus what the fixture fixes). */
export interface EchoSettings {
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  readonly storeDir?: string;
  readonly resetOnLogon?: boolean;
  readonly validate?: boolean;
}

interface RunningEchoServer {
  readonly port: number;
  close(): Promise<void>;
}

interface EchoModule {
  startEchoServer(o: EchoSettings & { host?: string; port: number; compId: string }): Promise<RunningEchoServer>;
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
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
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

// The echo acceptor used by the scripted session scenarios (test/session) and `npm run sim -- --echo`: a FIX 4.4
// acceptor that answers as `compId` to any client CompID, with QuickFIX acceptance-test server behaviour.
import { FixAcceptor } from '../../fix/acceptor/index.js';
import { consoleHooks } from './console-hooks.js';
import { dictionaryValidator } from '../../fix/session/index.js';
import { echoApplication } from './echo-application.js';

export interface EchoServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 = any free port. */
  port: number;
  compId: string;
  /** Absent = plain TCP. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Absent = stores in memory. */
  storeDir?: string;
  /** Default true, like QuickFIX's acceptance-test server. */
  resetOnLogon?: boolean;
  /** Default true (the built-in FIX 4.4 dictionary is always available). */
  validate?: boolean;
  /** The client's Logon sets the HeartBtInt. */
  heartBtInt?: never;
  /** One line per session event worth a console (logons, logouts, refusals, rejects); absent = silent. */
  onEvent?: (line: string) => void;
}

export interface RunningEchoServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startEchoServer(o: EchoServerOptions): Promise<RunningEchoServer> {
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) {
    throw new RangeError(`echo server: port must be 0..65535, got ${String(o.port)}`);
  }
  if (typeof o.compId !== 'string' || o.compId.length === 0) throw new TypeError('echo server: compId is required');
  const acceptor = new FixAcceptor(
    {
      compId: o.compId,
      host: o.host ?? '127.0.0.1',
      port: o.port,
      tls: o.tls ? { key: o.tls.key, cert: o.tls.cert } : { enabled: false },
      acceptAnyCompId: true,
      ...(o.storeDir !== undefined ? { storeDir: o.storeDir } : {}),
      resetOnLogon: o.resetOnLogon ?? true,
      application: () => echoApplication(),
      session: {
        // The scripted client leaves closing to us after our Logout answer: keep that wait short.
        logoutCloseDelayMs: 250,
        ...(o.validate === false ? {} : { validator: dictionaryValidator() }),
      },
    },
    o.onEvent ? consoleHooks(o.onEvent) : {},
  );
  const { port } = await acceptor.start();
  let closing: Promise<void> | null = null;
  return {
    port,
    close: () => (closing ??= acceptor.close()),
  };
}

// The workstation core bound to a browser instead of an Electron window: the built renderer over HTTP and the IPC
// contract over a WebSocket, both on one loopback port. For machines without the Electron binary and for the e2e
// tier. Access needs the per-run token (handed to the page in the URL fragment, offered back by the page as a
// WebSocket sub-protocol); the Host and Origin headers must name this server, which stops DNS rebinding and
// cross-site pages even before the token is checked.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { rejected } from '../../shared/ipc/outcome.js';
import {
  WEB_MAX_FRAME_BYTES,
  WEB_PROTOCOL,
  WEB_SOCKET_PATH,
  WEB_TOKEN_PREFIX,
  type ServerFrame,
} from '../../shared/ipc/web-protocol.js';
import { handleCommand } from './command-dispatch.js';
import { reply, serveStatic } from './static-files.js';
import { parseClientFrame } from './web-frames.js';
import type { WorkstationHost } from './workstation-host.js';

export interface WebHostOptions {
  host: WorkstationHost;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Default: 32 random bytes, fresh per run. */
  token?: string;
  log?: (line: string) => void;
}

export interface RunningWebHost {
  readonly port: number;
  readonly token: string;
  /** The page address including the token fragment. */
  readonly url: string;
  close(): Promise<void>;
}

/** A client that stops reading is cut off rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export async function startWebHost(o: WebHostOptions): Promise<RunningWebHost> {
  const token = o.token ?? randomBytes(32).toString('base64url');
  const log = o.log ?? (() => undefined);
  let port = o.port;
  const sameHost = (req: http.IncomingMessage): boolean =>
    req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;

  const server = http.createServer((req, res) => {
    if (!sameHost(req)) return reply(res, 421, 'wrong host');
    serveStatic(o.rendererDir, req, res).catch((err: unknown) => {
      log(`web host: ${String(err)}`);
      if (!res.headersSent) reply(res, 500, 'internal error');
      else res.destroy();
    });
  });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: WEB_MAX_FRAME_BYTES,
    handleProtocols: () => WEB_PROTOCOL,
  });

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = upgradeRefusal(req, port, token, sameHost(req));
    if (refusal !== null) {
      log(`web host: socket refused (${refusal})`);
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws, o.host, log));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as { port: number }).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Why an upgrade is refused (an HTTP status line), or null to accept it. */
function upgradeRefusal(req: http.IncomingMessage, port: number, token: string, sameHost: boolean): string | null {
  if (new URL(req.url ?? '/', 'http://host').pathname !== WEB_SOCKET_PATH) return '404 Not Found';
  if (!sameHost) return '421 Misdirected Request';
  const origin = req.headers.origin;
  if (origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return '403 Forbidden';
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  if (!offered.includes(WEB_PROTOCOL)) return '400 Bad Request';
  const presented = offered.find((p) => p.startsWith(WEB_TOKEN_PREFIX))?.slice(WEB_TOKEN_PREFIX.length);
  if (presented === undefined || !tokensEqual(presented, token)) return '401 Unauthorized';
  return null;
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function serveClient(ws: WebSocket, host: WorkstationHost, log: (line: string) => void): void {
  const send = (frame: ServerFrame): void => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      log('web host: client is not reading; closing its socket');
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(frame));
  };
  const unsubscribe = host.subscribe((channel, payload) => send({ type: 'event', channel, payload }));
  ws.on('close', unsubscribe);
  ws.on('error', (err) => log(`web host: socket error: ${err.message}`));
  ws.on('message', (data, isBinary) => {
    if (isBinary) {
      ws.close(1003, 'text frames only');
      return;
    }
    const parsed = parseClientFrame(rawText(data));
    if (!parsed.ok) {
      if (parsed.id === null) ws.close(1008, parsed.reason.slice(0, 120));
      else send({ type: 'reply', id: parsed.id, outcome: rejected(parsed.reason) });
      return;
    }
    const { id, channel, payload } = parsed.frame;
    void handleCommand(host, channel, payload).then((outcome) => send({ type: 'reply', id, outcome }));
  });
}

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

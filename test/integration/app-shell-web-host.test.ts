// The web host over real loopback HTTP and WebSocket, in front of the real demo core: who may connect (token,
// Origin, Host), what is served, and that the socket carries the same validated commands and status stream as IPC.
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost, type RunningWebHost } from '../../electron/host/web-host.js';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkstationCore } from '../../electron/host/workstation-core.js';

const DEMO_SESSION_ID = 'demo-trading';
import { WEB_PROTOCOL, WEB_SOCKET_PATH, WEB_TOKEN_PREFIX, type ServerFrame } from '../../shared/ipc/web-protocol.js';

let core: WorkstationCore;
let web: RunningWebHost;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-host-'));
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>FIX Workstation</title>');
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'not for the browser');
  core = await WorkstationCore.start({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'web-host-test-')),
    autoConnect: false,
    exchange: { rate: 0 },
  });
  web = await startWebHost({ host: core, rendererDir: path.join(dir, 'renderer'), port: 0 });
});

afterAll(async () => {
  await web.close();
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(
  urlPath: string,
  host = `127.0.0.1:${web.port}`,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: web.port, path: urlPath, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

interface Opened {
  ws: WebSocket;
  frames: ServerFrame[];
  next(match: (f: ServerFrame) => boolean): Promise<ServerFrame>;
}

/** Opens a socket; resolves when open, or rejects with the HTTP status of the refusal. */
function open(options: { token?: string | null; origin?: string; protocols?: string[] } = {}): Promise<Opened> {
  const token = options.token === undefined ? web.token : options.token;
  const protocols = options.protocols ?? [WEB_PROTOCOL, ...(token === null ? [] : [WEB_TOKEN_PREFIX + token])];
  const ws = new WebSocket(`ws://127.0.0.1:${web.port}${WEB_SOCKET_PATH}`, protocols, {
    origin: options.origin ?? `http://127.0.0.1:${web.port}`,
  });
  const frames: ServerFrame[] = [];
  let waiters: Array<{ match: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }> = [];
  ws.on('message', (data: Buffer) => {
    const f = JSON.parse(data.toString('utf8')) as ServerFrame;
    frames.push(f);
    waiters = waiters.filter((w) => (w.match(f) ? (w.resolve(f), false) : true));
  });
  const opened: Opened = {
    ws,
    frames,
    next: (match) => {
      const found = frames.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(opened));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('web host', () => {
  it('serves the renderer with the strict CSP and nothing outside its folder', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('FIX Workstation');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/%2e%2e%2foutside.txt')).status).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
  });

  it('answers only requests addressed to itself (no DNS rebinding)', async () => {
    expect((await get('/', `evil.example:${web.port}`)).status).toBe(421);
  });

  it('refuses sockets without the token, with a wrong token, from another origin or without the protocol', async () => {
    await expect(open({ token: null })).rejects.toThrow('HTTP 401');
    await expect(open({ token: 'x'.repeat(web.token.length) })).rejects.toThrow('HTTP 401');
    await expect(open({ origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(open({ protocols: [WEB_TOKEN_PREFIX + web.token] })).rejects.toThrow('HTTP 400');
  });

  it('carries validated commands and the status stream for a client with the token', async () => {
    const c = await open();
    c.ws.send(JSON.stringify({ type: 'call', id: 1, channel: 'sessions:list', payload: {} }));
    const list = await c.next((f) => f.type === 'reply' && f.id === 1);
    expect(list).toMatchObject({
      outcome: {
        ok: true,
        value: expect.arrayContaining([expect.objectContaining({ id: DEMO_SESSION_ID, phase: 'disconnected' })]),
      },
    });

    c.ws.send(
      JSON.stringify({ type: 'call', id: 2, channel: 'session:connect', payload: { sessionId: 'DROP TABLE' } }),
    );
    const bad = await c.next((f) => f.type === 'reply' && f.id === 2);
    expect(bad).toMatchObject({ outcome: { ok: false, kind: 'rejected', reason: expect.stringMatching(/sessionId/) } });

    c.ws.send(
      JSON.stringify({ type: 'call', id: 3, channel: 'session:connect', payload: { sessionId: DEMO_SESSION_ID } }),
    );
    expect(await c.next((f) => f.type === 'reply' && f.id === 3)).toMatchObject({ outcome: { ok: true } });
    const active = await c.next(
      (f) =>
        f.type === 'event' &&
        f.channel === 'session:status' &&
        (f.payload as { id: string; phase: string }).id === DEMO_SESSION_ID &&
        (f.payload as { phase: string }).phase === 'active',
    );
    expect(active).toMatchObject({ channel: 'session:status', payload: { id: DEMO_SESSION_ID, nextSenderSeq: 2 } });
    c.ws.close();
  });

  it('closes a socket that sends a frame it cannot even answer', async () => {
    const c = await open();
    const closed = new Promise<number>((resolve) => c.ws.once('close', (code: number) => resolve(code)));
    c.ws.send('not json');
    expect(await closed).toBe(1008);
  });
});

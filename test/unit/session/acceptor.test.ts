// The acceptor over real loopback sockets (its Listener is the transport's): routing connections to sessions by
// the client's CompID.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FixAcceptor, type AcceptorOptions } from '../../../electron/fix/acceptor/index.js';
import { SessionState } from '../../../electron/fix/session/index.js';
import { SocketClient } from './support/socket-client.js';

const running: FixAcceptor[] = [];
const clients: SocketClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const a of running.splice(0)) await a.close();
});

async function start(
  o: Partial<AcceptorOptions> = {},
): Promise<{ acceptor: FixAcceptor; port: number; refused: string[] }> {
  const refused: string[] = [];
  const acceptor = new FixAcceptor(
    {
      compId: 'ISLD',
      port: 0,
      tls: { enabled: false },
      application: () => ({ onAppMessage: () => 'unsupported' }),
      session: { logoutCloseDelayMs: 50 },
      ...o,
    },
    { connectionRefused: ({ reason }) => void refused.push(reason) },
  );
  running.push(acceptor);
  const { port } = await acceptor.start();
  return { acceptor, port, refused };
}

async function client(port: number, compId = 'TW', target = 'ISLD'): Promise<SocketClient> {
  const c = await SocketClient.connect(port, compId, target);
  clients.push(c);
  return c;
}

describe('FIX acceptor', () => {
  it('creates one session per client CompID and answers its Logon as its own CompID', async () => {
    const { acceptor, port } = await start();
    const c = await client(port, 'CLIENT-A');
    c.logon();
    const [logon] = await c.waitFor(1);
    expect([logon?.type, logon?.get(49), logon?.get(56)]).toEqual(['A', 'ISLD', 'CLIENT-A']);
    expect([...acceptor.sessions.keys()]).toEqual(['CLIENT-A']);
    expect(acceptor.sessions.get('CLIENT-A')?.state).toBe(SessionState.Active);
  });

  it('refuses a second Logon for a client that is logged on, with a Logout, and leaves the first alone', async () => {
    const { acceptor, port, refused } = await start();
    const first = await client(port);
    first.logon();
    await first.waitFor(1);
    const second = await client(port);
    second.logon();
    const [logout] = await second.waitFor(1);
    expect([logout?.type, logout?.get(58)]).toEqual(['5', 'Session TW is already logged on']);
    expect(await second.waitClosed()).toBe(true);
    expect(refused).toEqual(['Session TW is already logged on']);
    expect(acceptor.sessions.get('TW')?.state).toBe(SessionState.Active);
    first.send('1', [[112, 'STILL-THERE']]);
    const [, hb] = await first.waitFor(2);
    expect([hb?.type, hb?.seq, hb?.get(112)]).toEqual(['0', 2, 'STILL-THERE']);
  });

  it('refuses clients outside its list when it does not accept any CompID', async () => {
    const { port, refused } = await start({ acceptAnyCompId: false, clientCompIds: ['TW'] });
    const c = await client(port, 'STRANGER');
    c.logon();
    const [logout] = await c.waitFor(1);
    expect(logout?.get(58)).toBe('Unknown SenderCompID STRANGER');
    expect(refused).toEqual(['Unknown SenderCompID STRANGER']);
    const ok = await client(port, 'TW');
    ok.logon();
    expect((await ok.waitFor(1))[0]?.type).toBe('A');
  });

  it('refuses a Logon addressed to another CompID with a Logout', async () => {
    const { acceptor, port } = await start();
    const c = await client(port, 'TW', 'DLSI');
    c.logon();
    const [logout] = await c.waitFor(1);
    expect([logout?.type, logout?.get(58)]).toEqual(['5', 'CompID problem: TargetCompID is not ISLD']);
    expect(acceptor.sessions.size).toBe(0);
  });

  it('closes a connection whose first message is not a Logon, without creating a session', async () => {
    const { acceptor, port } = await start();
    const c = await client(port);
    c.send('0');
    expect(await c.waitClosed()).toBe(true);
    expect(c.received).toEqual([]);
    expect(acceptor.sessions.size).toBe(0);
  });

  it('keeps a client session and its numbers across reconnections', async () => {
    const { port } = await start();
    const a = await client(port);
    a.logon();
    await a.waitFor(1);
    a.send('5');
    await a.waitFor(2);
    await a.waitClosed();
    const b = await client(port);
    b.logon(3);
    const [logon] = await b.waitFor(1);
    expect([logon?.type, logon?.seq]).toEqual(['A', 3]);
  });

  it('keeps each session store on disk under storeDir, so numbers survive a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acceptor-store-'));
    try {
      const first = await start({ storeDir: dir, fsync: 'never' });
      const a = await client(first.port);
      a.logon();
      await a.waitFor(1);
      await first.acceptor.close();
      running.splice(running.indexOf(first.acceptor), 1);
      const second = await start({ storeDir: dir, fsync: 'never' });
      const b = await client(second.port);
      b.logon(2);
      const [logon] = await b.waitFor(1);
      // Ours: Logon 1 and the shutdown Logout 2 were stored, so this Logon is 3.
      expect([logon?.type, logon?.seq]).toEqual(['A', 3]);
      expect(fs.readdirSync(dir).some((n) => n.includes('ISLD') && n.includes('TW'))).toBe(true);
    } finally {
      for (const a of running.splice(0)) await a.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('logs out live sessions when it closes', async () => {
    const { acceptor, port } = await start();
    const c = await client(port);
    c.logon();
    await c.waitFor(1);
    await acceptor.close();
    running.splice(0);
    const [, logout] = await c.waitFor(2);
    expect([logout?.type, logout?.get(58)]).toEqual(['5', 'Acceptor shutting down']);
  });
});

import { describe, it, expect } from 'vitest';
import { Reconnector, type ReconnectorOptions } from '../../../electron/fix/transport/reconnector.js';
import type { Transport } from '../../../electron/fix/transport/transport.js';
import { FakeClock, FakeTransport, flush } from './fakes.js';

interface Harness {
  r: Reconnector;
  clock: FakeClock;
  scheduled: Array<[number, number]>;
  connected: FakeTransport[];
  failed: number[];
  calls: () => number;
}

/** `outcomes` per attempt: 'fail' rejects, 'ok' resolves with a FakeTransport; past the end, attempts fail. */
function harness(outcomes: Array<'ok' | 'fail'>, extra: Partial<ReconnectorOptions> = {}): Harness {
  const clock = new FakeClock();
  let calls = 0;
  const connect = (): Promise<Transport> => {
    const outcome = outcomes[calls++] ?? 'fail';
    return outcome === 'ok' ? Promise.resolve(new FakeTransport()) : Promise.reject(new Error('ECONNREFUSED'));
  };
  const r = new Reconnector({
    connect,
    baseMs: 100,
    maxMs: 1000,
    multiplier: 2,
    stableAfterMs: 5000,
    authFailurePenaltyMs: 30_000,
    random: () => 0.5,
    clock,
    ...extra,
  });
  const h: Harness = { r, clock, scheduled: [], connected: [], failed: [], calls: () => calls };
  r.on('reconnectScheduled', (delay, attempt) => h.scheduled.push([delay, attempt]));
  r.on('connected', (t) => h.connected.push(t as FakeTransport));
  r.on('connectFailed', (_e, attempt) => h.failed.push(attempt));
  return h;
}

/** Fires the scheduled attempt and lets its promise settle. */
async function fireNext(h: Harness): Promise<void> {
  const last = h.scheduled.at(-1);
  h.clock.advance(last ? last[0] : 0);
  await flush();
}

describe('Reconnector', () => {
  it('connects at once on start', async () => {
    const h = harness(['ok']);
    h.r.start();
    await flush();
    expect(h.calls()).toBe(1);
    expect(h.connected).toHaveLength(1);
    expect(h.scheduled).toEqual([]);
  });

  it('backs off exponentially with full jitter up to the cap, announcing each delay and attempt', async () => {
    const h = harness([]);
    h.r.start();
    await flush();
    for (let i = 0; i < 5; i++) await fireNext(h);
    expect(h.failed).toEqual([1, 2, 3, 4, 5, 6]);
    // Ceilings 100, 200, 400, 800, 1000, 1000 times random 0.5.
    expect(h.scheduled).toEqual([
      [50, 2],
      [100, 3],
      [200, 4],
      [400, 5],
      [500, 6],
      [500, 7],
    ]);
  });

  it('waits the whole delay before the next attempt', async () => {
    const h = harness([]);
    h.r.start();
    await flush();
    h.clock.advance(49);
    await flush();
    expect(h.calls()).toBe(1);
    h.clock.advance(1);
    await flush();
    expect(h.calls()).toBe(2);
  });

  it('draws each delay from the injected random source', async () => {
    const draws = [0, 0.99];
    const h = harness([], { random: () => draws.shift() ?? 0 });
    h.r.start();
    await flush();
    await fireNext(h);
    expect(h.scheduled).toEqual([
      [0, 2],
      [198, 3],
    ]);
  });

  it('starts the backoff over after a connection that lasted', async () => {
    const h = harness(['fail', 'fail', 'fail', 'ok']);
    h.r.start();
    await flush();
    await fireNext(h);
    await fireNext(h);
    await fireNext(h);
    expect(h.connected).toHaveLength(1);
    h.clock.advance(5000);
    h.connected[0]?.drop('peer closed the connection');
    expect(h.scheduled.at(-1)).toEqual([50, 5]);
    expect(h.r.failures).toBe(1);
  });

  it('keeps growing the backoff when connections drop before they last', async () => {
    const h = harness(['fail', 'ok', 'ok']);
    h.r.start();
    await flush();
    await fireNext(h);
    h.clock.advance(4999);
    h.connected[0]?.drop('peer closed the connection');
    expect(h.scheduled.at(-1)).toEqual([100, 3]);
    await fireNext(h);
    h.connected[1]?.drop('peer closed the connection');
    expect(h.scheduled.at(-1)).toEqual([200, 4]);
  });

  it('adds the penalty after an auth failure and never counts that connection as lasting', async () => {
    const h = harness(['ok']);
    h.r.start();
    await flush();
    h.r.noteAuthFailure();
    h.clock.advance(10_000);
    h.connected[0]?.drop('logout: invalid signature');
    expect(h.scheduled).toEqual([[30_000 + 50, 2]]);
    expect(h.r.failures).toBe(1);
  });

  it('pushes back an already scheduled attempt when the auth failure is noted after the drop', async () => {
    const h = harness(['fail', 'ok']);
    h.r.start();
    await flush();
    await fireNext(h);
    h.clock.advance(1000);
    h.connected[0]?.drop('peer closed the connection');
    expect(h.scheduled.at(-1)).toEqual([100, 3]);
    h.clock.advance(40);
    h.r.noteAuthFailure();
    expect(h.scheduled.at(-1)).toEqual([60 + 30_000, 3]);
    h.clock.advance(60);
    await flush();
    expect(h.calls()).toBe(2);
    h.clock.advance(30_000);
    await flush();
    expect(h.calls()).toBe(3);
  });

  it('applies the penalty once, not to later attempts', async () => {
    const h = harness(['ok']);
    h.r.start();
    await flush();
    h.r.noteAuthFailure();
    h.connected[0]?.drop('logout');
    await fireNext(h);
    expect(h.scheduled).toEqual([
      [30_050, 2],
      [100, 3],
    ]);
  });

  it('stop cancels the scheduled attempt', async () => {
    const h = harness([]);
    h.r.start();
    await flush();
    h.r.stop();
    h.clock.advance(100_000);
    await flush();
    expect(h.calls()).toBe(1);
    expect(h.clock.pendingTimers).toBe(0);
    expect(h.r.isRunning).toBe(false);
  });

  it('stop during a connect attempt destroys the connection when it arrives', async () => {
    const transport = new FakeTransport();
    const r = new Reconnector({ connect: () => Promise.resolve(transport), clock: new FakeClock() });
    const connected: Transport[] = [];
    r.on('connected', (t) => connected.push(t));
    r.start();
    r.stop();
    await flush();
    expect(connected).toEqual([]);
    expect(transport.destroyedWith).toBe('reconnector stopped');
  });

  it('does not reconnect when the session closes a connection after stop', async () => {
    const h = harness(['ok']);
    h.r.start();
    await flush();
    h.r.stop();
    h.connected[0]?.close();
    expect(h.scheduled).toEqual([]);
    expect(h.clock.pendingTimers).toBe(0);
  });

  it('ignores a result from before a stop and restart', async () => {
    let resolveFirst: ((t: Transport) => void) | undefined;
    const second = new FakeTransport();
    const first = new FakeTransport();
    let calls = 0;
    const r = new Reconnector({
      connect: () => (++calls === 1 ? new Promise<Transport>((res) => (resolveFirst = res)) : Promise.resolve(second)),
      clock: new FakeClock(),
    });
    const connected: Transport[] = [];
    r.on('connected', (t) => connected.push(t));
    r.start();
    r.stop();
    r.start();
    await flush();
    resolveFirst?.(first);
    await flush();
    expect(connected).toEqual([second]);
    expect(first.destroyedWith).toBe('reconnector stopped');
  });

  it('treats a connect function that throws as a failed attempt', async () => {
    const clock = new FakeClock();
    const r = new Reconnector({
      connect: () => {
        throw new Error('bad settings');
      },
      clock,
      random: () => 0.5,
    });
    const failures: string[] = [];
    r.on('connectFailed', (e) => failures.push(e.message));
    r.start();
    await flush();
    expect(failures).toEqual(['bad settings']);
    expect(clock.pendingTimers).toBe(1);
    r.stop();
  });

  it('refuses a negative stability window or penalty', () => {
    const connect = (): Promise<Transport> => Promise.resolve(new FakeTransport());
    expect(() => new Reconnector({ connect, stableAfterMs: -1 })).toThrow(/stableAfterMs/);
    expect(() => new Reconnector({ connect, authFailurePenaltyMs: Number.NaN })).toThrow(/authFailurePenaltyMs/);
  });
});

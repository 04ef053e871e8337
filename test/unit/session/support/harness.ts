// A session wired to a fake clock, a memory store and log, a fake transport, and a scripted peer, so each unit test
// reads as "the peer sends X, the session answers Y".
import { FixEncoder } from '../../../../electron/fix/codec/encoder.js';
import { FixParser } from '../../../../electron/fix/codec/parser.js';
import { formatUtcTimestamp } from '../../../../electron/fix/codec/timestamp.js';
import { MemorySessionLog } from '../../../../electron/fix/log/memory-log.js';
import { MemoryMessageStore } from '../../../../electron/fix/store/memory-store.js';
import { Session, type SessionEventMap, type SessionOptions } from '../../../../electron/fix/session/index.js';
import { FakeClock } from './fake-clock.js';
import { FakeTransport } from './fake-transport.js';

export interface OutMsg {
  type: string;
  seq: number;
  raw: string;
  get(tag: number): string | undefined;
  fields: Array<[number, string]>;
}

export function parseOut(buf: Buffer): OutMsg {
  const m = new FixParser().parse(buf, 0, buf.length);
  if (m === null) throw new Error(`session wrote an unparsable message: ${buf.toString('latin1')}`);
  const fields = m.fields();
  return {
    type: m.msgType,
    seq: m.seqNum,
    raw: buf.toString('latin1').split('\x01').join('|'),
    get: (tag) => fields.find(([t]) => t === tag)?.[1],
    fields,
  };
}

/** The counterparty: numbers its messages, stamps them with the fake clock, frames them correctly. */
export class Peer {
  nextSeq = 1;

  constructor(
    private readonly clock: FakeClock,
    readonly compId = 'TW',
    readonly ourTarget = 'ISLD',
  ) {}

  /** `35=D|11=X` etc. Header 49/56/34/52 are added unless present in the script or listed in omit. */
  build(script: string, o: { omit?: number[]; sendingTime?: number; beginString?: string } = {}): Buffer {
    const parts = script
      .split('|')
      .filter((p) => p.length > 0)
      .map((p) => {
        const eq = p.indexOf('=');
        return [Number(p.slice(0, eq)), p.slice(eq + 1)] as [number, string];
      });
    const [first, ...rest] = parts;
    if (first?.[0] !== 35) throw new Error('script must start with 35=');
    const has = (tag: number): boolean => rest.some(([t]) => t === tag) || (o.omit ?? []).includes(tag);
    const enc = new FixEncoder(o.beginString ?? 'FIX.4.4').begin(first[1]);
    const seqField = rest.find(([t]) => t === 34);
    const seq = seqField ? Number(seqField[1]) : this.nextSeq;
    if (!has(49)) enc.str(49, this.compId);
    if (!has(56)) enc.str(56, this.ourTarget);
    if (!has(34)) enc.int(34, seq);
    if (!has(52)) enc.str(52, formatUtcTimestamp(o.sendingTime ?? this.clock.now()));
    for (const [tag, value] of rest) enc.str(tag, value);
    if (Number.isInteger(seq) && seq >= this.nextSeq) this.nextSeq = seq + 1;
    return Buffer.from(enc.finish());
  }
}

export interface Harness {
  clock: FakeClock;
  store: MemoryMessageStore;
  log: MemorySessionLog;
  session: Session;
  transport: FakeTransport;
  peer: Peer;
  /** Messages the session wrote since the last call. */
  take(): OutMsg[];
  /** The peer sends a scripted message. */
  send(script: string, o?: Parameters<Peer['build']>[1]): void;
  events: Array<{ name: keyof SessionEventMap; payload: unknown }>;
  eventTexts(): string[];
  /** Connect a new transport (a reconnect). */
  reconnect(): FakeTransport;
}

export type HarnessOptions = Partial<Omit<SessionOptions, 'store' | 'clock' | 'log'>> & {
  clockStart?: string | number;
};

export function makeSession(o: HarnessOptions = {}): Harness {
  const clock = new FakeClock(o.clockStart);
  const store = new MemoryMessageStore(() => new Date(clock.now()));
  const log = new MemorySessionLog({ now: () => new Date(clock.now()) });
  const role = o.role ?? 'acceptor';
  const session = new Session({
    senderCompId: 'ISLD',
    targetCompId: 'TW',
    heartBtIntSec: 30,
    ...o,
    role,
    store,
    clock,
    log,
    yieldToEventLoop: o.yieldToEventLoop ?? (() => Promise.resolve()),
  });
  const events: Harness['events'] = [];
  for (const name of [
    'state',
    'message',
    'reject',
    'garbled',
    'logon',
    'logout',
    'event',
    'heartbeat',
    'testRequestLatency',
    'seqNums',
    'applicationError',
  ] as const) {
    session.on(name, (payload) => events.push({ name, payload }));
  }
  const peer = new Peer(clock);
  let transport = new FakeTransport();
  let taken = 0;
  const h: Harness = {
    clock,
    store,
    log,
    session,
    get transport() {
      return transport;
    },
    peer,
    take() {
      const out = transport.written.slice(taken).map(parseOut);
      taken = transport.written.length;
      return out;
    },
    send(script, opts) {
      transport.deliver(peer.build(script, opts));
    },
    events,
    eventTexts: () => events.filter((e) => e.name === 'event').map((e) => (e.payload as { text: string }).text),
    reconnect() {
      transport = new FakeTransport();
      taken = 0;
      session.connected(transport);
      return transport;
    },
  };
  session.connected(transport);
  return h;
}

/** Acceptor harness already logged on with the peer's Logon (34=1) answered. */
export function loggedOnAcceptor(o: HarnessOptions = {}): Harness {
  const h = makeSession(o);
  h.send('35=A|98=0|108=30');
  const logon = h.take();
  if (logon[0]?.type !== 'A') throw new Error(`expected a Logon answer, got ${logon.map((m) => m.raw).join(' / ')}`);
  return h;
}

/** Lets pending promise continuations (resend chunks) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

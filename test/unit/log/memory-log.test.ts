import { describe, it, expect } from 'vitest';
import { MemorySessionLog } from '../../../electron/fix/log/memory-log.js';

const fix = (s: string): string => s.replaceAll('|', '\x01');
const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6));

describe('MemorySessionLog', () => {
  it('keeps incoming, outgoing and event entries in order with their time', () => {
    const log = new MemorySessionLog({ now: () => at });
    log.outgoing(Buffer.from(fix('35=A|34=1|')));
    log.incoming(Buffer.from(fix('35=A|34=1|')));
    log.event('logon complete');
    expect(log.entries.map((e) => e.kind)).toEqual(['outgoing', 'incoming', 'event']);
    expect(log.entries[2]).toEqual({ kind: 'event', time: at, text: 'logon complete' });
  });

  it('stores messages and events with secrets already masked', () => {
    const log = new MemorySessionLog();
    log.outgoing(Buffer.from(fix('35=A|554=sig|5025=123|')));
    log.event(fix('logon rejected for 35=A|554=sig|'));
    expect(log.entries.map((e) => e.text)).toEqual([
      fix('35=A|554=***|5025=***|'),
      fix('logon rejected for 35=A|554=***|'),
    ]);
  });

  it('drops the oldest entries beyond maxEntries', () => {
    const log = new MemorySessionLog({ maxEntries: 2 });
    log.event('one');
    log.event('two');
    log.event('three');
    expect(log.entries.map((e) => e.text)).toEqual(['two', 'three']);
  });

  it('keeps arrival order as the ring wraps around several times, and starts afresh after clear', () => {
    const log = new MemorySessionLog({ maxEntries: 3 });
    for (let i = 1; i <= 8; i++) log.event(`e${i}`);
    expect(log.entries.map((e) => e.text)).toEqual(['e6', 'e7', 'e8']);
    log.clear();
    log.event('after');
    expect(log.entries.map((e) => e.text)).toEqual(['after']);
  });

  it('ignores entries after close', () => {
    const log = new MemorySessionLog();
    log.close();
    log.event('late');
    expect(log.entries).toEqual([]);
    expect(log.isClosed).toBe(true);
  });

  it('rejects a non-positive maxEntries', () => {
    expect(() => new MemorySessionLog({ maxEntries: 0 })).toThrow(/maxEntries/);
  });
});

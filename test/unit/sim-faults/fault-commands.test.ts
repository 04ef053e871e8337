import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/fix/session/index.js';
import {
  FAULT_HELP,
  FaultInjector,
  parseFaultCommand,
  startFaultConsole,
  type FaultCommand,
} from '../../../electron/sim/faults/index.js';

const ok = (line: string): FaultCommand => {
  const r = parseFaultCommand(line);
  if (!r.ok) throw new Error(r.error);
  return r.command;
};
const error = (line: string): string => {
  const r = parseFaultCommand(line);
  if (r.ok) throw new Error(`expected an error for '${line}'`);
  return r.error;
};

describe('fault commands', () => {
  it('reads every command with its defaults and an optional target anywhere after the verb', () => {
    expect(ok('drop')).toEqual({ kind: 'drop', target: 'all', count: 1 });
    expect(ok('drop 3 md')).toEqual({ kind: 'drop', target: 'md', count: 3 });
    expect(ok('  DROP trading 2 ')).toEqual({ kind: 'drop', target: 'trading', count: 2 });
    expect(ok('delay 500 10')).toEqual({ kind: 'delay', target: 'all', ms: 500, window: { messages: 10 } });
    expect(ok('delay 500')).toEqual({ kind: 'delay', target: 'all', ms: 500, window: { messages: 1 } });
    expect(ok('delay 250 5s md')).toEqual({ kind: 'delay', target: 'md', ms: 250, window: { forMs: 5000 } });
    expect(ok('skip 5')).toEqual({ kind: 'skip', target: 'all', count: 5 });
    expect(ok('disconnect trading')).toEqual({ kind: 'disconnect', target: 'trading' });
    expect(ok('garble')).toEqual({ kind: 'garble', target: 'all', garble: 'checksum' });
    expect(ok('garble length md')).toEqual({ kind: 'garble', target: 'md', garble: 'body-length' });
    expect(ok('corrupt btc/usd')).toEqual({ kind: 'corrupt', symbol: 'BTC/USD' });
    expect(ok('reset')).toEqual({ kind: 'reset' });
    expect(ok('help')).toEqual({ kind: 'help' });
  });

  it('explains every mistake', () => {
    expect(error('')).toBe('empty command (try help)');
    expect(error('explode')).toBe("unknown command 'explode' (try help)");
    expect(error('drop 0')).toBe("N must be a whole number >= 1; got '0'");
    expect(error('drop 2 3')).toBe('usage: drop [N] [trading|md|all]');
    expect(error('drop md trading')).toBe('more than one target: md, trading');
    expect(error('delay')).toBe('usage: delay MS [N|Ts] [trading|md|all]');
    expect(error('delay 100 0s')).toBe("the period must be at least 1s; got '0s'");
    expect(error('delay 100 soon')).toBe("N must be a whole number >= 1; got 'soon' (or a period such as 5s)");
    expect(error('garble loudly')).toBe("garble checksum or garble length; got 'loudly'");
    expect(error('corrupt')).toBe('usage: corrupt SYMBOL (e.g. corrupt BTC/USD)');
    expect(error('reset now')).toBe('usage: reset');
  });

  it('runs typed commands on the injector, answers help and reports mistakes and refusals', async () => {
    const logged: string[] = [];
    const said: string[] = [];
    const faults = new FaultInjector({
      sessions: () => new Map<string, Session>(),
      corruptNextChecksum: () => 0,
      isKnownSymbol: (s) => s === 'BTC/USD',
      log: (l) => void logged.push(l),
    });
    const input = new PassThrough();
    const stop = startFaultConsole(faults, { input, say: (l) => void said.push(l) });
    input.end('drop 2 md\n\nhelp\nbogus\ncorrupt ETH/XYZ\ncorrupt BTC/USD\nreset\n');
    await new Promise((resolve) => setImmediate(resolve));
    stop();
    expect(logged).toEqual([
      'fault: no live md session: nothing done (dropping the next 2 outbound messages)',
      'fault: md: the next BTC/USD incremental carries a wrong 5041 (0 subscriptions)',
      'fault: daily reset: Logout to every client, sequence numbers back to 1 (0 sessions)',
    ]);
    expect(said).toEqual([FAULT_HELP, "fault: unknown command 'bogus' (try help)", 'fault: unknown symbol ETH/XYZ']);
  });
});

// The fault commands an operator types into the standalone simulator (`npm run sim`, stdin): parsed into a
// FaultCommand or a clear error, then run against the exchange's FaultInjector. Pure parsing, unit-tested.
import type { FaultInjector, FaultReport, FaultTarget } from './fault-injector.js';
import type { DelayWindow } from './faulty-transport.js';
import type { GarbleKind } from './garble.js';

export type FaultCommand =
  | { kind: 'drop'; target: FaultTarget; count: number }
  | { kind: 'delay'; target: FaultTarget; ms: number; window: DelayWindow }
  | { kind: 'skip'; target: FaultTarget; count: number }
  | { kind: 'disconnect'; target: FaultTarget }
  | { kind: 'garble'; target: FaultTarget; garble: GarbleKind }
  | { kind: 'corrupt'; symbol: string }
  | { kind: 'reset' }
  | { kind: 'help' };

export type FaultCommandParse = { ok: true; command: FaultCommand } | { ok: false; error: string };

export const FAULT_HELP = `fault commands (type one per line; TARGET is trading, md or all, default all):
  drop [N] [TARGET]           the next N outbound messages are stored but never sent (client must resend-request)
  delay MS [N|Ts] [TARGET]    hold outbound writes MS ms each, for the next N messages (default 1) or for T seconds
  skip [N] [TARGET]           jump our outbound MsgSeqNum N ahead (the resend is answered with a gap fill)
  disconnect [TARGET]         close the socket without a Logout (cancel on disconnect applies)
  garble [checksum|length] [TARGET]
                              the next outbound message goes out with a wrong CheckSum or BodyLength
  corrupt SYMBOL              the next book incremental of SYMBOL carries a wrong 5041 (client must resubscribe)
  reset                       daily reset now: Logout to every client, sequence numbers back to 1
  help                        this text`;

const TARGETS: ReadonlySet<string> = new Set(['trading', 'md', 'all']);

function whole(text: string, what: string): number | string {
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) return `${what} must be a whole number >= 1; got '${text}'`;
  return Number(text);
}

export function parseFaultCommand(line: string): FaultCommandParse {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const verb = (words.shift() ?? '').toLowerCase();
  const targets = words.filter((w) => TARGETS.has(w.toLowerCase()));
  if (targets.length > 1) return { ok: false, error: `more than one target: ${targets.join(', ')}` };
  const target = (targets[0]?.toLowerCase() ?? 'all') as FaultTarget;
  const args = words.filter((w) => !TARGETS.has(w.toLowerCase()));
  const fail = (error: string): FaultCommandParse => ({ ok: false, error });
  const done = (command: FaultCommand): FaultCommandParse => ({ ok: true, command });
  const tooMany = (max: number): boolean => args.length > max;
  switch (verb) {
    case 'drop':
    case 'skip': {
      if (tooMany(1)) return fail(`usage: ${verb} [N] [trading|md|all]`);
      const count = args[0] === undefined ? 1 : whole(args[0], 'N');
      if (typeof count === 'string') return fail(count);
      return done({ kind: verb, target, count });
    }
    case 'delay': {
      if (args.length === 0 || tooMany(2)) return fail('usage: delay MS [N|Ts] [trading|md|all]');
      const ms = whole(args[0]!, 'MS');
      if (typeof ms === 'string') return fail(ms);
      const span = args[1] ?? '1';
      const seconds = /^(\d{1,6})s$/.exec(span);
      if (seconds !== null) {
        if (Number(seconds[1]) < 1) return fail(`the period must be at least 1s; got '${span}'`);
        return done({ kind: 'delay', target, ms, window: { forMs: Number(seconds[1]) * 1000 } });
      }
      const messages = whole(span, 'N');
      if (typeof messages === 'string') return fail(`${messages} (or a period such as 5s)`);
      return done({ kind: 'delay', target, ms, window: { messages } });
    }
    case 'disconnect':
      if (tooMany(0)) return fail('usage: disconnect [trading|md|all]');
      return done({ kind: 'disconnect', target });
    case 'garble': {
      if (tooMany(1)) return fail('usage: garble [checksum|length] [trading|md|all]');
      const how = (args[0] ?? 'checksum').toLowerCase();
      if (how !== 'checksum' && how !== 'length') return fail(`garble checksum or garble length; got '${args[0]}'`);
      return done({ kind: 'garble', target, garble: how === 'checksum' ? 'checksum' : 'body-length' });
    }
    case 'corrupt':
      if (args.length !== 1 || targets.length > 0) return fail('usage: corrupt SYMBOL (e.g. corrupt BTC/USD)');
      return done({ kind: 'corrupt', symbol: args[0]!.toUpperCase() });
    case 'reset':
      if (words.length > 0) return fail('usage: reset');
      return done({ kind: 'reset' });
    case 'help':
    case '?':
      return done({ kind: 'help' });
    default:
      return fail(verb === '' ? 'empty command (try help)' : `unknown command '${verb}' (try help)`);
  }
}

/** Runs one parsed command; 'help' returns null (the caller prints FAULT_HELP). Throws what the injector throws. */
export function runFaultCommand(faults: FaultInjector, c: FaultCommand): FaultReport | null {
  switch (c.kind) {
    case 'drop':
      return faults.dropNext(c.target, c.count);
    case 'delay':
      return faults.delay(c.target, c.ms, c.window);
    case 'skip':
      return faults.skipSeq(c.target, c.count);
    case 'disconnect':
      return faults.disconnect(c.target);
    case 'garble':
      return faults.garble(c.target, c.garble);
    case 'corrupt':
      return faults.corruptNextChecksum(c.symbol);
    case 'reset':
      return faults.dailyReset();
    case 'help':
      return null;
  }
}

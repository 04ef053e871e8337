// The simulator command line's fault prompt and fixed-credential flags (electron/sim/cli-args.ts).
import { describe, expect, it } from 'vitest';
import { parseSimArgs, SIM_USAGE } from '../../../electron/sim/cli-args.js';

const parse = (argv: string[]) => parseSimArgs(argv);

describe('sim command line: faults and a fixed API key', () => {
  it('reads --faults and --api-key for the exchange', () => {
    const r = parse(['--faults', '--api-key', 'MYKEY']);
    expect(r.ok && [r.options.faults, r.options.apiKey]).toEqual([true, 'MYKEY']);
    const d = parse([]);
    expect(d.ok && [d.options.faults, d.options.apiKey]).toEqual([false, undefined]);
  });

  it('refuses them with --echo, an API key with --auth none, and a key with spaces', () => {
    expect(parse(['--echo', '--no-tls', '--faults'])).toEqual({
      ok: false,
      error: '--faults applies only to the exchange (without --echo)',
    });
    expect(parse(['--auth', 'none', '--api-key', 'K'])).toEqual({
      ok: false,
      error: '--api-key makes no sense with --auth none (Logons are not signed)',
    });
    expect(parse(['--api-key', 'a b'])).toEqual({
      ok: false,
      error: '--api-key must be printable ASCII without spaces',
    });
  });

  it('documents both, and says the secret comes from SIM_API_SECRET, not a flag', () => {
    expect(SIM_USAGE).toContain('--faults');
    expect(SIM_USAGE).toMatch(/--api-key KEY[\s\S]*SIM_API_SECRET/);
    expect(SIM_USAGE).not.toMatch(/--api-secret/);
  });
});

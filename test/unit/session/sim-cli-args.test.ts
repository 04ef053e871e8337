// `npm run sim` argument parsing (electron/sim/cli-args.ts): every flag, and a clear error for every mistake.
import { describe, expect, it } from 'vitest';
import { parseSimArgs } from '../../../electron/sim/cli-args.js';

const ok = (argv: string[]) => {
  const r = parseSimArgs(argv);
  if (!r.ok) throw new Error(r.error);
  return r.options;
};
const error = (argv: string[]) => {
  const r = parseSimArgs(argv);
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return r.error;
};

describe('sim command line', () => {
  it('reads the documented echo invocation', () => {
    expect(ok(['--echo', '--no-tls', '--port', '9876', '--comp-id', 'ISLD'])).toMatchObject({
      echo: true,
      tls: false,
      port: 9876,
      compId: 'ISLD',
      host: '127.0.0.1',
      resetOnLogon: true,
      validate: true,
    });
  });

  it('accepts --name=value as well as --name value', () => {
    expect(ok(['--echo', '--no-tls', '--port=0', '--store-dir=/tmp/s'])).toMatchObject({ port: 0, storeDir: '/tmp/s' });
  });

  it('defaults to TLS, which needs a certificate directory', () => {
    expect(error(['--echo'])).toMatch(/needs --cert-dir DIR holding cert.pem and key.pem/);
    expect(ok(['--echo', '--cert-dir', '/etc/certs'])).toMatchObject({ tls: true, certDir: '/etc/certs' });
  });

  it('refuses ports outside 1..65535 other than 0, and non-numbers', () => {
    for (const p of ['65536', '-1', 'abc', '1.5', '']) {
      expect(error(['--echo', '--no-tls', `--port=${p}`])).toMatch(/--port (must be|needs a value)/);
    }
    expect(ok(['--echo', '--no-tls', '--port', '65535']).port).toBe(65535);
  });

  it('names an unknown option', () => {
    expect(error(['--echo', '--frobnicate'])).toBe('unknown option --frobnicate (see --help)');
  });

  it('says when a value is missing', () => {
    expect(error(['--echo', '--no-tls', '--port'])).toBe('--port needs a value');
    expect(error(['--echo', '--no-tls', '--comp-id', '--port', '1'])).toBe('--comp-id needs a value');
  });

  it('refuses contradictory TLS flags and a certificate directory without TLS', () => {
    expect(error(['--echo', '--tls', '--no-tls'])).toMatch(/contradict/);
    expect(error(['--echo', '--no-tls', '--cert-dir', 'x'])).toMatch(/--cert-dir makes no sense with --no-tls/);
  });

  it('refuses a CompID with spaces or control characters', () => {
    expect(error(['--echo', '--no-tls', '--comp-id', 'A B'])).toMatch(/printable ASCII/);
  });

  it('turns off reset-on-logon and validation on request', () => {
    expect(ok(['--echo', '--no-tls', '--no-reset-on-logon', '--no-validate'])).toMatchObject({
      resetOnLogon: false,
      validate: false,
    });
  });

  it('runs the exchange without --echo, with TLS in a project-local certificate directory by default', () => {
    expect(ok([])).toMatchObject({
      echo: false,
      tls: true,
      certDir: 'out/sim-certs',
      compId: 'KRAKEN-TRD',
      compIdGiven: false,
      auth: 'kraken',
      dialect: 'kraken',
      port: 9878,
      mdPort: undefined,
      seed: 1,
      rate: 20,
    });
    expect(ok(['--no-tls']).certDir).toBeUndefined();
  });

  it('reads every exchange flag', () => {
    expect(
      ok([
        '--port',
        '7000',
        '--md-port',
        '7100',
        '--auth',
        'none',
        '--dialect=standard',
        '--comp-id',
        'VENUE',
        '--ref',
        'BTC/USD=65000.5',
        '--ref=ETH/USD=3100',
        '--seed',
        '42',
        '--rate',
        '2.5',
        '--cert-dir',
        'c',
      ]),
    ).toMatchObject({
      port: 7000,
      mdPort: 7100,
      auth: 'none',
      dialect: 'standard',
      compId: 'VENUE',
      compIdGiven: true,
      refPrices: { 'BTC/USD': '65000.5', 'ETH/USD': '3100' },
      seed: 42,
      rate: 2.5,
      certDir: 'c',
    });
  });

  it('refuses bad exchange values with a specific message', () => {
    expect(error(['--auth', 'basic'])).toBe("--auth must be kraken or none; got 'basic'");
    expect(error(['--dialect', 'fix50'])).toBe("--dialect must be kraken or standard; got 'fix50'");
    expect(error(['--ref', 'BTCUSD'])).toMatch(/--ref must be SYMBOL=PRICE/);
    expect(error(['--ref', 'BTC/USD=0'])).toMatch(/positive price/);
    expect(error(['--seed', '-3'])).toMatch(/--seed must be a whole number/);
    expect(error(['--rate', 'fast'])).toMatch(/--rate must be a number/);
    expect(error(['--md-port', '70000'])).toMatch(/--md-port must be an integer/);
    expect(error(['--port', '7000', '--md-port', '7000'])).toBe('--md-port must differ from --port (both 7000)');
    expect(error(['--port', '65535'])).toMatch(/no room for market data/);
  });

  it('refuses flags of the other mode', () => {
    expect(error(['--echo', '--no-tls', '--rate', '5'])).toBe('--rate applies only to the exchange (without --echo)');
    expect(error(['--no-validate'])).toBe('--no-validate applies only with --echo');
  });
});

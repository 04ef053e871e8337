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

  it('parses without --echo, leaving the refusal to run a simulator to the CLI', () => {
    expect(ok(['--no-tls']).echo).toBe(false);
  });
});

// Command line of `npm run sim`: parsed into options or a clear error, never a half-understood configuration.
// Pure (no I/O), so every rule is unit-tested.

export interface SimCliOptions {
  echo: boolean;
  host: string;
  port: number;
  compId: string;
  tls: boolean;
  certDir: string | undefined;
  storeDir: string | undefined;
  resetOnLogon: boolean;
  validate: boolean;
  help: boolean;
}

export type SimCliParse = { ok: true; options: SimCliOptions } | { ok: false; error: string };

export const SIM_USAGE = `usage: npm run sim -- --echo [options]

  --echo                 run the FIX 4.4 echo acceptor (QuickFIX acceptance-test behaviour)
  --host HOST            address to listen on (default 127.0.0.1)
  --port N               TCP port, 1..65535, or 0 for any free port (default 9878)
  --comp-id ID           our CompID (default ISLD)
  --tls                  TLS (default); needs --cert-dir
  --no-tls               plain TCP
  --cert-dir DIR         directory holding cert.pem and key.pem
  --store-dir DIR        keep each session's store on disk under DIR (default: in memory)
  --no-reset-on-logon    keep sequence numbers across logons (default: every Logon restarts at 1)
  --no-validate          do not validate messages against the FIX 4.4 dictionary
  --help                 this text`;

const VALUED = new Set(['--host', '--port', '--comp-id', '--cert-dir', '--store-dir']);
const FLAGS = new Set([
  '--echo',
  '--tls',
  '--no-tls',
  '--no-reset-on-logon',
  '--reset-on-logon',
  '--no-validate',
  '--validate',
  '--help',
  '-h',
]);

export function parseSimArgs(argv: readonly string[]): SimCliParse {
  const o: SimCliOptions = {
    echo: false,
    host: '127.0.0.1',
    port: 9878,
    compId: 'ISLD',
    tls: true,
    certDir: undefined,
    storeDir: undefined,
    resetOnLogon: true,
    validate: true,
    help: false,
  };
  let tlsChosen: '--tls' | '--no-tls' | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUED.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value.length === 0 || (eq < 0 && value.startsWith('--'))) {
        return { ok: false, error: `${name} needs a value` };
      }
      const err = applyValue(o, name, value);
      if (err !== null) return { ok: false, error: err };
      continue;
    }
    if (!FLAGS.has(name) || eq > 0) return { ok: false, error: `unknown option ${arg} (see --help)` };
    if (name === '--tls' || name === '--no-tls') {
      if (tlsChosen !== null && tlsChosen !== name)
        return { ok: false, error: '--tls and --no-tls contradict each other' };
      tlsChosen = name;
      o.tls = name === '--tls';
    } else if (name === '--echo') o.echo = true;
    else if (name === '--no-reset-on-logon') o.resetOnLogon = false;
    else if (name === '--reset-on-logon') o.resetOnLogon = true;
    else if (name === '--no-validate') o.validate = false;
    else if (name === '--validate') o.validate = true;
    else o.help = true;
  }
  if (!o.help && o.tls && o.certDir === undefined) {
    return {
      ok: false,
      error: 'TLS (the default) needs --cert-dir DIR holding cert.pem and key.pem; use --no-tls for plain TCP',
    };
  }
  if (!o.tls && o.certDir !== undefined) return { ok: false, error: '--cert-dir makes no sense with --no-tls' };
  return { ok: true, options: o };
}

function applyValue(o: SimCliOptions, name: string, value: string): string | null {
  switch (name) {
    case '--port': {
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n) || n > 65535)
        return `--port must be an integer 1..65535, or 0 for any free port; got '${value}'`;
      o.port = n;
      return null;
    }
    case '--comp-id':
      if (!/^[\x21-\x7e]+$/.test(value)) return `--comp-id must be printable ASCII without spaces; got '${value}'`;
      o.compId = value;
      return null;
    case '--host':
      o.host = value;
      return null;
    case '--cert-dir':
      o.certDir = value;
      return null;
    default:
      o.storeDir = value;
      return null;
  }
}

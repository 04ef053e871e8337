// Command line of `npm run sim`: parsed into options or a clear error, never a half-understood configuration.
// Pure (no I/O), so every rule is unit-tested. Without --echo it runs the exchange; --echo keeps the echo acceptor.

export interface SimCliOptions {
  echo: boolean;
  host: string;
  /** Echo: its port. Exchange: the trading port (market data on port + 1 unless mdPort). */
  port: number;
  mdPort: number | undefined;
  /** Echo: its CompID (default ISLD). Exchange: the CompID of both acceptors (default KRAKEN-TRD / KRAKEN-MD). */
  compId: string;
  /** True when --comp-id was given (the exchange then answers as it instead of KRAKEN-TRD / KRAKEN-MD). */
  compIdGiven: boolean;
  tls: boolean;
  /** Echo: required with TLS. Exchange: where the certificate is kept or generated (default out/sim-certs). */
  certDir: string | undefined;
  storeDir: string | undefined;
  resetOnLogon: boolean;
  validate: boolean;
  auth: 'kraken' | 'none';
  dialect: 'kraken' | 'standard';
  refPrices: Record<string, string>;
  seed: number;
  rate: number;
  /** Exchange: read fault commands from stdin even when it is not a terminal. */
  faults: boolean;
  /** Exchange: a fixed API key (its secret comes from the SIM_API_SECRET environment variable, never a flag). */
  apiKey: string | undefined;
  help: boolean;
}

export type SimCliParse = { ok: true; options: SimCliOptions } | { ok: false; error: string };

export const DEFAULT_SIM_CERT_DIR = 'out/sim-certs';

export const SIM_USAGE = `usage: npm run sim -- [options]            the embedded exchange (trading + market data)
       npm run sim -- --echo [options]     the FIX 4.4 echo acceptor (QuickFIX acceptance-test behaviour)

  --host HOST            address to listen on (default 127.0.0.1)
  --port N               TCP port, 1..65535, or 0 for any free port (default 9878; exchange: trading port)
  --md-port M            exchange: market-data port (default port + 1)
  --comp-id ID           our CompID (default exchange KRAKEN-TRD / KRAKEN-MD, echo ISLD); any client CompID logs on
  --tls                  TLS (default)
  --no-tls               plain TCP
  --cert-dir DIR         cert.pem and key.pem (exchange: kept or generated there, default ${DEFAULT_SIM_CERT_DIR};
                         echo: required with TLS)
  --auth kraken|none     exchange: Kraken-signed Logons (default; a demo API key is generated and printed) or none
  --dialect kraken|standard
                         exchange: Kraken's messages (35=j rejects, custom tags; default) or plain FIX 4.4
  --ref SYMBOL=PRICE     exchange: reference price of a pair for the synthetic market (repeatable)
  --seed S               exchange: seed of ids and synthetic flow (integer, default 1)
  --rate R               exchange: synthetic market book updates per second, calm to 50000 (default 20;
                         0 = empty books). Issued as engine commands (cancel, re-place, IOC take) that change
                         0.98 price levels each on average, so R is the level updates a full-depth subscriber
                         sees per second to within 2 %, as long as the CPU keeps up (a starved process issues
                         fewer; it never queues a backlog)
  --api-key KEY          exchange: accept this API key, with the base64 secret from the environment variable
                         SIM_API_SECRET (default: a demo key and secret generated and printed for this run)
  --faults               exchange: read fault commands from stdin even when it is not a terminal (a terminal
                         always can); type help at the prompt for the list
  --store-dir DIR        keep each session's store on disk under DIR (default: in memory)
  --no-reset-on-logon    echo: keep sequence numbers across logons (default: every Logon restarts at 1)
  --no-validate          echo: do not validate messages against the FIX 4.4 dictionary
  --help                 this text`;

const VALUED = new Set([
  '--host',
  '--port',
  '--md-port',
  '--comp-id',
  '--cert-dir',
  '--store-dir',
  '--auth',
  '--dialect',
  '--ref',
  '--seed',
  '--rate',
  '--api-key',
]);
const FLAGS = new Set([
  '--echo',
  '--tls',
  '--no-tls',
  '--no-reset-on-logon',
  '--reset-on-logon',
  '--no-validate',
  '--validate',
  '--faults',
  '--help',
  '-h',
]);
const EXCHANGE_ONLY = ['--md-port', '--auth', '--dialect', '--ref', '--seed', '--rate', '--api-key', '--faults'];
const ECHO_ONLY = ['--no-reset-on-logon', '--reset-on-logon', '--no-validate', '--validate'];

export function parseSimArgs(argv: readonly string[]): SimCliParse {
  const o: SimCliOptions = {
    echo: false,
    host: '127.0.0.1',
    port: 9878,
    mdPort: undefined,
    compId: 'ISLD',
    compIdGiven: false,
    tls: true,
    certDir: undefined,
    storeDir: undefined,
    resetOnLogon: true,
    validate: true,
    auth: 'kraken',
    dialect: 'kraken',
    refPrices: {},
    seed: 1,
    rate: 20,
    faults: false,
    apiKey: undefined,
    help: false,
  };
  const seen = new Set<string>();
  let tlsChosen: '--tls' | '--no-tls' | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    seen.add(name);
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
    else if (name === '--faults') o.faults = true;
    else o.help = true;
  }
  if (o.help) return { ok: true, options: o };
  const wrongMode = (o.echo ? EXCHANGE_ONLY : ECHO_ONLY).find((f) => seen.has(f));
  if (wrongMode !== undefined) {
    return {
      ok: false,
      error: `${wrongMode} applies only ${o.echo ? 'to the exchange (without --echo)' : 'with --echo'}`,
    };
  }
  if (o.echo && o.tls && o.certDir === undefined) {
    return {
      ok: false,
      error: 'TLS (the default) needs --cert-dir DIR holding cert.pem and key.pem; use --no-tls for plain TCP',
    };
  }
  if (!o.tls && o.certDir !== undefined) return { ok: false, error: '--cert-dir makes no sense with --no-tls' };
  if (o.apiKey !== undefined && o.auth === 'none') {
    return { ok: false, error: '--api-key makes no sense with --auth none (Logons are not signed)' };
  }
  if (!o.echo) {
    if (!o.compIdGiven) o.compId = 'KRAKEN-TRD';
    if (o.tls && o.certDir === undefined) o.certDir = DEFAULT_SIM_CERT_DIR;
    if (o.mdPort !== undefined && o.mdPort !== 0 && o.mdPort === o.port) {
      return { ok: false, error: `--md-port must differ from --port (both ${o.port})` };
    }
    if (o.mdPort === undefined && o.port === 65535) {
      return { ok: false, error: '--port 65535 leaves no room for market data on port + 1; give --md-port' };
    }
  }
  return { ok: true, options: o };
}

function port(name: string, value: string): number | string {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n > 65535)
    return `${name} must be an integer 1..65535, or 0 for any free port; got '${value}'`;
  return n;
}

function applyValue(o: SimCliOptions, name: string, value: string): string | null {
  switch (name) {
    case '--port':
    case '--md-port': {
      const n = port(name, value);
      if (typeof n === 'string') return n;
      if (name === '--port') o.port = n;
      else o.mdPort = n;
      return null;
    }
    case '--comp-id':
      if (!/^[\x21-\x7e]+$/.test(value)) return `--comp-id must be printable ASCII without spaces; got '${value}'`;
      o.compId = value;
      o.compIdGiven = true;
      return null;
    case '--host':
      o.host = value;
      return null;
    case '--api-key':
      if (!/^[\x21-\x7e]{1,256}$/.test(value)) return '--api-key must be printable ASCII without spaces';
      o.apiKey = value;
      return null;
    case '--cert-dir':
      o.certDir = value;
      return null;
    case '--auth':
      if (value !== 'kraken' && value !== 'none') return `--auth must be kraken or none; got '${value}'`;
      o.auth = value;
      return null;
    case '--dialect':
      if (value !== 'kraken' && value !== 'standard') return `--dialect must be kraken or standard; got '${value}'`;
      o.dialect = value;
      return null;
    case '--ref': {
      const m = /^([A-Za-z0-9]+\/[A-Za-z0-9]+)=(\d+(?:\.\d+)?)$/.exec(value);
      if (m === null || !/[1-9]/.test(m[2]!))
        return `--ref must be SYMBOL=PRICE with a positive price, e.g. BTC/USD=60000; got '${value}'`;
      o.refPrices[m[1]!] = m[2]!;
      return null;
    }
    case '--seed':
      if (!/^\d{1,9}$/.test(value)) return `--seed must be a whole number 0..999999999; got '${value}'`;
      o.seed = Number(value);
      return null;
    case '--rate': {
      const r = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
      if (!(r >= 0) || r > 1_000_000)
        return `--rate must be a number of book updates per second, 0..1000000; got '${value}'`;
      o.rate = r;
      return null;
    }
    default:
      o.storeDir = value;
      return null;
  }
}

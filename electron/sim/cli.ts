// `npm run sim` (tsx electron/sim/cli.ts): runs the embedded exchange (or, with --echo, the FIX echo acceptor)
// until SIGINT/SIGTERM. The demo API secret is printed to the terminal, which is its purpose; it is never logged.
import fs from 'node:fs';
import path from 'node:path';
import { parseSimArgs, SIM_USAGE, type SimCliOptions } from './cli-args.js';
import { startEchoServer } from './echo/echo-server.js';
import { startExchange } from './exchange.js';
import { FAULT_HELP, startFaultConsole } from './faults/index.js';
import { DEFAULT_REF_PRICES } from './market/index.js';

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const stamp = (line: string): void => say(`${new Date().toISOString()} ${line}`);
const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function readTls(certDir: string): { cert: Buffer; key: Buffer } {
  const certPath = path.resolve(certDir, 'cert.pem');
  const keyPath = path.resolve(certDir, 'key.pem');
  const missing = [certPath, keyPath].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) fail(`--cert-dir ${certDir}: missing ${missing.join(' and ')}`);
  return { cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath) };
}

async function runEcho(o: SimCliOptions): Promise<() => Promise<void>> {
  const tls = o.tls && o.certDir !== undefined ? readTls(o.certDir) : undefined;
  const server = await startEchoServer({
    host: o.host,
    port: o.port,
    compId: o.compId,
    ...(tls ? { tls } : {}),
    ...(o.storeDir !== undefined ? { storeDir: o.storeDir } : {}),
    resetOnLogon: o.resetOnLogon,
    validate: o.validate,
    onEvent: stamp,
  }).catch((err: unknown) => fail(`cannot listen on ${o.host}:${o.port}: ${describe(err)}`));
  say(
    `FIX 4.4 echo acceptor listening on ${o.host}:${server.port} (${tls ? 'TLS' : 'plain TCP'}), ` +
      `CompID ${o.compId}, store ${o.storeDir ?? 'in memory'}, ` +
      `${o.resetOnLogon ? 'reset on logon' : 'sequence numbers kept across logons'}, ` +
      `${o.validate ? 'FIX 4.4 dictionary validation' : 'no validation'}`,
  );
  return () => server.close();
}

/** The fixed credential of --api-key: its secret only ever comes from the environment, never from argv. */
function configuredKeys(o: SimCliOptions): ReadonlyMap<string, string> | undefined {
  const secret = process.env.SIM_API_SECRET;
  if (o.apiKey === undefined) {
    if (secret !== undefined) say('note: SIM_API_SECRET is ignored without --api-key');
    return undefined;
  }
  if (secret === undefined || secret.length === 0)
    fail('--api-key needs its secret in the environment: SIM_API_SECRET');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || Buffer.from(secret, 'base64').length === 0) {
    fail('SIM_API_SECRET must be the base64 API secret');
  }
  return new Map([[o.apiKey, secret]]);
}

async function runExchange(o: SimCliOptions): Promise<() => Promise<void>> {
  const apiKeys = configuredKeys(o);
  const ex = await startExchange({
    host: o.host,
    port: o.port,
    ...(o.mdPort !== undefined ? { mdPort: o.mdPort } : {}),
    ...(o.tls && o.certDir !== undefined ? { certDir: o.certDir } : {}),
    auth: o.auth,
    ...(apiKeys !== undefined ? { apiKeys } : {}),
    dialect: o.dialect,
    ...(o.compIdGiven ? { tradingCompId: o.compId, mdCompId: o.compId } : {}),
    refPrices: o.refPrices,
    seed: o.seed,
    rate: o.rate,
    ...(o.storeDir !== undefined ? { storeDir: o.storeDir } : {}),
    onLog: stamp,
  }).catch((err: unknown) => fail(`cannot start the exchange on ${o.host}:${o.port}: ${describe(err)}`));
  const transport = ex.certPath !== undefined ? 'TLS' : 'plain TCP';
  say(`Embedded FIX 4.4 exchange (${o.dialect} dialect, seed ${o.seed}, synthetic flow ${o.rate} book updates/s)`);
  say(
    `  trading      ${o.host}:${ex.tradingPort} ${transport}, TargetCompID ${o.compIdGiven ? o.compId : 'KRAKEN-TRD'}`,
  );
  say(`  market data  ${o.host}:${ex.mdPort} ${transport}, TargetCompID ${o.compIdGiven ? o.compId : 'KRAKEN-MD'}`);
  say(`  any client SenderCompID may log on; sequence numbers restart at 1 on every Logon`);
  if (ex.certPath !== undefined) say(`  clients must trust this certificate: ${ex.certPath}`);
  if (o.auth === 'none') say('  authentication: none (Logons are not signed)');
  else if (o.apiKey !== undefined) {
    // The secret came from the user: it is never printed, not even in part.
    say('  authentication: Kraken-signed Logon (553 API key, 554 signature, 5025 nonce); configured credential:');
    say(`    API key     ${o.apiKey}`);
    say('    API secret  from SIM_API_SECRET (not shown)');
  } else {
    // A demo secret generated for this run only: printing it is its purpose.
    say('  authentication: Kraken-signed Logon (553 API key, 554 signature, 5025 nonce); demo credential:');
    say(`    API key     ${ex.apiKey ?? '(configured)'}`);
    if (ex.apiSecret !== undefined) say(`    API secret  ${ex.apiSecret}`);
  }
  say('  instruments (tick / lot decimals / min qty / min cost / reference price):');
  for (const i of ex.instruments) {
    const ref = o.refPrices[i.symbol] ?? DEFAULT_REF_PRICES[i.symbol] ?? '100';
    say(
      `    ${i.symbol.padEnd(9)} tick ${i.tickSize}  lot 1e-${i.lotDecimals}  min ${i.qtyMin}  costmin ${i.costMin}  ref ${ref}`,
    );
  }
  let stopConsole: (() => void) | undefined;
  if (process.stdin.isTTY === true || o.faults) {
    say('');
    say(FAULT_HELP);
    stopConsole = startFaultConsole(ex.faults, { input: process.stdin, say });
  }
  return () => {
    stopConsole?.();
    return ex.close();
  };
}

async function main(): Promise<void> {
  const parsed = parseSimArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.error);
  const o = parsed.options;
  if (o.help) {
    say(SIM_USAGE);
    return;
  }
  const close = o.echo ? await runEcho(o) : await runExchange(o);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: closing`);
    close().then(
      () => process.exit(0),
      (err: unknown) => fail(`close failed: ${describe(err)}`),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();

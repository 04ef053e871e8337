// `npm run sim` (tsx electron/sim/cli.ts): runs the FIX echo acceptor until SIGINT/SIGTERM. The full exchange
// simulator (matching engine, market data) is a later piece of work; this build says so instead of faking it.
import fs from 'node:fs';
import path from 'node:path';
import { parseSimArgs, SIM_USAGE } from './cli-args.js';
import { startEchoServer } from './echo/echo-server.js';

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

function readTls(certDir: string): { cert: Buffer; key: Buffer } {
  const certPath = path.resolve(certDir, 'cert.pem');
  const keyPath = path.resolve(certDir, 'key.pem');
  const missing = [certPath, keyPath].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) fail(`--cert-dir ${certDir}: missing ${missing.join(' and ')}`);
  return { cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath) };
}

async function main(): Promise<void> {
  const parsed = parseSimArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.error);
  const o = parsed.options;
  if (o.help) {
    process.stdout.write(`${SIM_USAGE}\n`);
    return;
  }
  if (!o.echo) {
    fail('only --echo is available in this build: the exchange simulator (matching engine) is not part of it yet');
  }
  const tls = o.tls && o.certDir !== undefined ? readTls(o.certDir) : undefined;
  const server = await startEchoServer({
    host: o.host,
    port: o.port,
    compId: o.compId,
    ...(tls ? { tls } : {}),
    ...(o.storeDir !== undefined ? { storeDir: o.storeDir } : {}),
    resetOnLogon: o.resetOnLogon,
    validate: o.validate,
    onEvent: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  }).catch((err: unknown) =>
    fail(`cannot listen on ${o.host}:${o.port}: ${err instanceof Error ? err.message : String(err)}`),
  );
  process.stdout.write(
    `FIX 4.4 echo acceptor listening on ${o.host}:${server.port} (${tls ? 'TLS' : 'plain TCP'}), ` +
      `CompID ${o.compId}, store ${o.storeDir ?? 'in memory'}, ` +
      `${o.resetOnLogon ? 'reset on logon' : 'sequence numbers kept across logons'}, ` +
      `${o.validate ? 'FIX 4.4 dictionary validation' : 'no validation'}\n`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: closing\n`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => fail(`close failed: ${err instanceof Error ? err.message : String(err)}`),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();

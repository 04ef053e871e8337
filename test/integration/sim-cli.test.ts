// `npm run sim` as a customer runs it (tsx electron/sim/cli.ts in a child process): a fixed API key whose secret
// comes from SIM_API_SECRET is named in the banner and its secret never printed; fault commands typed on stdin
// (--faults) reach the exchange's injector, and a mistake gets an answer instead of stopping the simulator.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../unit/sim-support/sim-client.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('sim-cli-');
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGTERM');
});

const TSX = path.resolve('node_modules/.bin/tsx');

function run(
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcessWithoutNullStreams; out: () => string } {
  const child = spawn(TSX, ['electron/sim/cli.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  child.stdout.on('data', (b: Buffer) => (text += b.toString()));
  child.stderr.on('data', (b: Buffer) => (text += b.toString()));
  return { child, out: () => text };
}

const exited = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });

describe('the simulator command line', () => {
  it('names a configured API key in the banner and never prints its secret', async () => {
    const secret = randomBytes(64).toString('base64');
    const { child, out } = run(['--port', '0', '--api-key', 'CUSTOMER-KEY', '--cert-dir', tempDir('certs')], {
      SIM_API_SECRET: secret,
    });
    await until(() => out().includes('instruments ('), 'the banner', out, 60_000);
    expect(out()).toContain('API key     CUSTOMER-KEY');
    expect(out()).toContain('API secret  from SIM_API_SECRET (not shown)');
    expect(out()).not.toContain(secret);
    expect(out()).not.toContain(secret.slice(0, 12));
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(out()).not.toContain(secret.slice(0, 12));
  }, 90_000);

  it('refuses --api-key without SIM_API_SECRET', async () => {
    const env = { ...process.env };
    delete env.SIM_API_SECRET;
    const child = spawn(TSX, ['electron/sim/cli.ts', '--port', '0', '--api-key', 'K', '--no-tls'], { env });
    children.push(child);
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    expect(await exited(child)).toBe(2);
    expect(err).toContain('sim: --api-key needs its secret in the environment: SIM_API_SECRET');
  }, 90_000);

  it('reads fault commands from stdin with --faults and answers mistakes', async () => {
    const { child, out } = run(['--port', '0', '--no-tls', '--rate', '0', '--faults']);
    await until(() => out().includes('fault commands ('), 'the fault help in the banner', out, 60_000);
    child.stdin.write('drop 2 md\nexplode\ncorrupt BTC/USD\n');
    await until(() => out().includes('5041 (0 subscriptions)'), 'the answers', out, 30_000);
    expect(out()).toMatch(/Z fault: no live md session: nothing done \(dropping the next 2 outbound messages\)\n/);
    expect(out()).toContain("fault: unknown command 'explode' (try help)");
    expect(out()).toMatch(/Z fault: md: the next BTC\/USD incremental carries a wrong 5041 \(0 subscriptions\)\n/);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, 90_000);
});

// `tsx electron/host/web-cli.ts [--port N] [--renderer-dir out/renderer] [--data-dir DIR] [--seed S] [--rate R]`: the demo workstation in a browser, for
// machines without the Electron binary. Builds nothing: run `npx electron-vite build` first. Prints the page URL
// with this run's token; Ctrl-C logs the sessions out and stops.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHost } from './web-host.js';
import { WorkstationCore } from './workstation-core.js';

const DEFAULT_PORT = 5173;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: String(DEFAULT_PORT) },
      'renderer-dir': { type: 'string', default: 'out/renderer' },
      verbose: { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: path.join(os.homedir(), '.fix-workstation', 'web') },
      seed: { type: 'string', default: '1' },
      rate: { type: 'string', default: '20' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got ${values.port}`);
  const rendererDir = path.resolve(values['renderer-dir']);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html not found: build the renderer first (npx electron-vite build)`);
  }
  const log = values.verbose ? (line: string) => console.error(line) : undefined;
  const seed = Number(values.seed);
  const rate = Number(values.rate);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  if (!Number.isFinite(rate) || rate < 0 || rate > 100_000)
    throw new Error(`--rate must be 0..100000, got ${values.rate}`);
  // Secrets entered in the browser last for this run only (no OS keychain here): see electron/settings.
  const core = await WorkstationCore.start({
    dataDir: path.resolve(values['data-dir']),
    exchange: { seed, rate },
    ...(log ? { log } : {}),
  });
  const web = await startWebHost({ host: core, rendererDir, port, ...(log ? { log } : {}) });
  console.log(`FIX Workstation (demo, embedded exchange) at ${web.url}`);
  console.log("Open that address (it carries this run's access token). Ctrl-C to stop.");

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('Logging out and stopping...');
    void web
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

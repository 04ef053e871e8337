// One running demo workstation for an e2e file: the real core with its embedded exchange (a fresh data directory),
// the web host serving the built renderer (out/renderer, built by global-setup.ts), and Chromium on the page with
// this run's token. Console errors, CSP violations and page errors are collected: a clean page has none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebHost, type RunningWebHost } from '../../../electron/host/web-host.js';
import { WorkstationCore, type CoreOptions } from '../../../electron/host/workstation-core.js';
import type { WorkstationHost } from '../../../electron/host/workstation-host.js';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const RENDERER_DIR = path.join(ROOT, 'out/renderer');
export const SCREENSHOT_DIR = path.join(ROOT, 'out/screenshots');
/** Generous: a loaded CI machine, not a performance expectation. */
export const WAIT_MS = 20_000;

export interface WorkstationPage {
  readonly core: WorkstationCore;
  readonly web: RunningWebHost;
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and warnings, CSP violations and uncaught page errors seen so far. */
  readonly problems: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface WorkstationPageOptions {
  readonly viewport?: { width: number; height: number };
  readonly core?: Partial<Omit<CoreOptions, 'dataDir'>>;
  /** What the web host serves instead of the core itself (a wrapper adding events next to the core's own). */
  readonly host?: (core: WorkstationCore) => WorkstationHost;
  /** Open the page at once (default true). */
  readonly open?: boolean;
}

export async function openWorkstation(o: WorkstationPageOptions = {}): Promise<WorkstationPage> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run npx electron-vite build (global-setup.ts does)`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-ws-'));
  const core = await WorkstationCore.start({ dataDir, exchange: { seed: 7, rate: 50 }, ...o.core });
  const web = await startWebHost({ host: o.host?.(core) ?? core, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: o.viewport ?? { width: 1600, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (o.open ?? true) await page.goto(web.url);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    core,
    web,
    browser,
    page,
    problems,
    screenshot: async (name) => {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    close: async () => {
      await browser.close();
      await web.close();
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

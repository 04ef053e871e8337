// End to end in Chromium: the real renderer (out/renderer, built by global-setup.ts) served by the web host in
// front of the real demo core and its embedded exchange. The trader's path: the demo session comes up Active,
// Disconnect takes it down, Connect brings it back.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../electron/host/web-host.js';
import { DEMO_SESSION_ID, WorkstationCore } from '../../electron/host/workstation-core.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER_DIR = path.join(ROOT, 'out/renderer');
const SCREENSHOT = path.join(ROOT, 'test-results/session-monitor.png');
const ROW = `tr[data-session-id="${DEMO_SESSION_ID}"]`;
/** Generous: a loaded CI machine, not a performance expectation. */
const WAIT_MS = 20_000;

let core: WorkstationCore;
let web: RunningWebHost;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run npx electron-vite build (global-setup.ts does)`);
  }
  core = await WorkstationCore.startDemo();
  web = await startWebHost({ host: core, rendererDir: RENDERER_DIR, port: 0 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1360, height: 480 } });
  // CSP violations and script errors surface here: the page must run clean under the strict policy.
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
  await core?.close();
});

async function phaseBecomes(phase: string): Promise<string> {
  await page.waitForSelector(`${ROW}[data-phase="${phase}"]`, { timeout: WAIT_MS });
  return (await page.locator(`${ROW} [data-testid="session-phase"]`).textContent()) ?? '';
}

describe('session monitor in Chromium', () => {
  it('shows the demo session Active, takes it down on Disconnect and brings it back on Connect', async () => {
    await page.goto(web.url);
    expect(await phaseBecomes('active')).toBe('Active');
    await expect(page.title()).resolves.toBe('FIX Workstation');
    // The token moved out of the address bar into session storage.
    expect(page.url()).toBe(`http://127.0.0.1:${web.port}/`);
    const row = page.locator(ROW);
    expect(await row.locator('td').nth(1).textContent()).toBe('DEMO-TRADER→DEMO-EXCHANGE');

    await page.getByRole('button', { name: `Disconnect ${DEMO_SESSION_ID}`, exact: true }).click();
    expect(await phaseBecomes('disconnected')).toBe('Disconnected');
    await page.waitForSelector('.command-feedback:has-text("Disconnect demo-trading: logged out, disconnected")', {
      timeout: WAIT_MS,
    });
    expect(
      await page
        .getByRole('button', { name: `Disconnect ${DEMO_SESSION_ID}`, exact: true })
        .getAttribute('aria-disabled'),
    ).toBe('true');

    await page.getByRole('button', { name: `Connect ${DEMO_SESSION_ID}`, exact: true }).click();
    expect(await phaseBecomes('active')).toBe('Active');
    // Logon, Logout and Logon again: the numbers carried on across the reconnect.
    expect(await row.locator('td').nth(2).textContent()).toBe('4');
    expect(await row.locator('td').nth(3).textContent()).toBe('4');

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(problems).toEqual([]);
  });

  it('runs the row commands from the keyboard, keeping focus on the row while buttons change state', async () => {
    const disconnect = page.getByRole('button', { name: `Disconnect ${DEMO_SESSION_ID}`, exact: true });
    await disconnect.focus();
    await page.keyboard.press('d');
    expect(await phaseBecomes('disconnected')).toBe('Disconnected');
    // The button is now unavailable but still focused (aria-disabled, not disabled): the next key still lands here.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Disconnect ${DEMO_SESSION_ID}`,
    );
    await page.keyboard.press('c');
    expect(await phaseBecomes('active')).toBe('Active');
    expect(problems).toEqual([]);
  });
});

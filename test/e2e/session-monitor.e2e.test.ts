// End to end in Chromium: the real renderer (out/renderer, built by global-setup.ts) served by the web host in
// front of the real demo core and its embedded exchange. The trader's path: the demo session comes up Active,
// Disconnect takes it down, Connect brings it back.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWebHost } from '../../electron/host/web-host.js';
import { openWorkstation, SCREENSHOT_DIR, WAIT_MS, type WorkstationPage } from './support/workstation-page.js';
import { backgroundAndToken } from './support/theme-probe.js';

const DEMO_SESSION_ID = 'demo-trading';
const SCREENSHOT = path.join(SCREENSHOT_DIR, 'session-monitor.png');
const ROW = `tr[data-session-id="${DEMO_SESSION_ID}"]`;

let ws: WorkstationPage;
let web: RunningWebHost;
let page: Page;
let problems: string[];

beforeAll(async () => {
  ws = await openWorkstation({ open: false });
  ({ web, page, problems } = ws);
});

afterAll(async () => {
  await ws?.close();
});

async function phaseBecomes(phase: string): Promise<string> {
  await page.waitForSelector(`${ROW}[data-phase="${phase}"]`, { timeout: WAIT_MS });
  return (await page.locator(`${ROW} [data-testid="session-phase"]`).textContent()) ?? '';
}

describe('session monitor in Chromium', () => {
  it('shows the demo session Active, takes it down on Disconnect and brings it back on Connect', async () => {
    await page.goto(web.url);
    await page.getByRole('tab', { name: 'Sessions', exact: true }).click();
    expect(await phaseBecomes('active')).toBe('Active');
    await expect(page.title()).resolves.toBe('FIX Workstation');
    // The token moved out of the address bar into session storage.
    expect(page.url()).toBe(`http://127.0.0.1:${web.port}/`);
    const row = page.locator(ROW);
    expect(await row.locator('td').nth(1).textContent()).toBe('DEMO-TRADER→KRAKEN-TRD');

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
    // The embedded exchange starts afresh with the app, so the demo logs on with 141=Y: both numbers are back at 2.
    expect(await row.locator('td').nth(2).textContent()).toBe('2');
    expect(await row.locator('td').nth(3).textContent()).toBe('2');

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

  it('takes its command buttons from the theme: light as well as dark', async () => {
    const button = `${ROW} .cmd[aria-label="Disconnect ${DEMO_SESSION_ID}"]`;
    const dark = await backgroundAndToken(page, button, '--control');
    expect(dark.background).toBe(dark.token);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    const light = await backgroundAndToken(page, button, '--control');
    expect(light.background).toBe(light.token);
    expect(light.background).not.toBe(dark.background);
    const shot = path.join(SCREENSHOT_DIR, 'session-monitor-light.png');
    await page.locator('.session-monitor').screenshot({ path: shot });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(problems).toEqual([]);
  });
});
